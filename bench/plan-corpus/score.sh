#!/usr/bin/env bash
# Scores the plan import on every shape of the corpus (issue 18) and writes the table to target/plan-corpus.md and
# into docs/PLAN-IMPORT.md (between <!-- corpus:begin --> and <!-- corpus:end -->). The scan shape is read through
# OCR when tesseract is installed (minutes); pass --no-ocr to leave it out. Other arguments go to Maven, e.g.
# -Dcorpus.restorer=vn.innohub.plan.importing.SomeClass#restore to measure a separate diacritic restorer.
set -euo pipefail
cd "$(dirname "$0")/../.."
ocr=true
args=()
for a in "$@"; do
  if [ "$a" = --no-ocr ]; then ocr=false; else args+=("$a"); fi
done
command -v tesseract >/dev/null || ocr=false
./mvnw -B -ntp -q -o test -Dtest=PlanCorpusScoreTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcorpus.docs=true -Dcorpus.ocr=$ocr "${args[@]}" || status=$?
cat target/plan-corpus.md
exit "${status:-0}"
