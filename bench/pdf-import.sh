#!/usr/bin/env bash
# PDF plan import speed (issue 18): a ~100-page text PDF plan (a bordered task table, header repeated on every page)
# drawn with PDFBox, read by position and parsed. Usage: bench/pdf-import.sh [runs] [task rows]  (default 5, 1400).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  vn.innohub.plan.importing.PdfPlanImportBenchmark "${1:-5}" "${2:-1400}"
