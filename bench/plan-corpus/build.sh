#!/usr/bin/env bash
# Rebuilds the plan import corpus (issue 18) in src/test/resources/plans/corpus/ from ../shared/seeds:
# DOCX with annex tables (POI), PDF (LibreOffice), raw and layout text (pdftotext), a noisy scan (pdftoppm + img2pdf)
# and a text without diacritics with OCR noise. Needs soffice, pdftotext, pdftoppm, img2pdf on the PATH.
# The generated files are committed; the regular build never runs this.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in soffice pdftotext pdftoppm img2pdf; do
  command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 1; }
done
./mvnw -B -ntp -q -o test -Dtest=PlanCorpusBuild -Dsurefire.failIfNoSpecifiedTests=false -Dcorpus.build=true "$@"
du -sh src/test/resources/plans/corpus/*
