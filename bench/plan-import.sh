#!/usr/bin/env bash
# Plan import speed (issue 3): the largest seed plan and a synthetic 10,000-line plan, parsed in-process with the
# demo province's agency resolver. Usage: bench/plan-import.sh [runs]  (default 15, after 5 warm-up runs).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" vn.innohub.bench.PlanImportBenchmark "${1:-15}"
