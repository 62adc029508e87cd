#!/usr/bin/env bash
# Upload bombs (issue 15): the thread CPU time to refuse a 5 MB DOCX that inflates to 5 GiB (its size declared, and
# hidden behind a lying directory), against accepting a normal DOCX (the largest seed plan as Word), in-process.
# Usage: bench/upload-bomb.sh [runs]  (default 15, after 5 warm-up runs).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" vn.innohub.bench.UploadBombBenchmark "${1:-15}"
