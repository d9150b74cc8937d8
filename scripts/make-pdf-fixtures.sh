#!/usr/bin/env bash
# Regenerates the committed PDF fixtures (tests/fixtures/pdf/*.pdf) from their HTML sources.
# Needs Debian's chromium and qpdf; the tests only read the committed PDFs.
set -euo pipefail
cd "$(dirname "$0")/../tests/fixtures/pdf"
pdf() { chromium --headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --no-pdf-header-footer --print-to-pdf="$2" "file://$PWD/$1" 2>/dev/null; }
pdf tom-no.html tom-no.pdf
pdf scan.html scan.pdf
qpdf --encrypt secret secret 256 -- tom-no.pdf password.pdf
ls -la *.pdf
