#!/usr/bin/env bash
# Exchange matching latency (issue 7): 50,000 synthetic published offers indexed (Lucene on disk, H2 in memory), then
# the ranked matches of 300 demands, timed in-process. Usage: bench/matching.sh [offers=50000] [demands=300]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
rm -rf target/bench-exchange-index
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" vn.innohub.bench.MatchingBenchmark \
  "${1:-50000}" "${2:-300}" target/bench-exchange-index
