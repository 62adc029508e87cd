#!/usr/bin/env bash
# Reporting at provincial scale (issue 4), on PostgreSQL 127.0.0.1:5432 (database innohub_bench, recreated):
# opening a period for 150 units x 60 tasks (+10 targets), and report-draft saves with 50 concurrent officers over
# HTTP against the application in its own process. Usage: bench/reporting.sh [opens=5] [seconds=30] [think-ms list=0,1000]
set -euo pipefail
cd "$(dirname "$0")/.."
psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
  -c 'DROP DATABASE IF EXISTS innohub_bench' -c 'CREATE DATABASE innohub_bench ENCODING UTF8'
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" vn.innohub.bench.ReportingBenchmark \
  jdbc:postgresql://127.0.0.1:5432/innohub_bench "${1:-5}" "${2:-30}" "${3:-0,1000}"
