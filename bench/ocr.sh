#!/usr/bin/env bash
# OCR of a scanned plan (issue 18): the largest seed drawn on 20 A4 pages at 300 dpi into an image-only PDF, read
# through OCR (Tesseract + vie) with 2 and then 1 page at a time. Usage: bench/ocr.sh [runs] [parallel,…]
# (default 3 runs, "2,1"). Needs tesseract-ocr, tesseract-ocr-vie and ../shared/seeds.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" vn.innohub.bench.OcrBenchmark "${1:-3}" "${2:-2,1}"
