#!/usr/bin/env bash
# Regenerates the related-site fixture's PDF DPA (tests/fixtures/related-site/databehandleravtale.pdf)
# from dpa-no.html with Debian's chromium. The tests only read the committed PDF.
set -euo pipefail
cd "$(dirname "$0")/../tests/fixtures/related-site"
chromium --headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --no-pdf-header-footer --print-to-pdf=databehandleravtale.pdf "file://$PWD/dpa-no.html" 2>/dev/null
ls -la databehandleravtale.pdf
