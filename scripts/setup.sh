#!/usr/bin/env bash
# Set up Lapwing on a fresh machine: a virtual environment in .venv with Lapwing and its test tools.
# Everything comes from PyPI; the English NLP model ships inside the package (nothing is downloaded at run time).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  echo "Lapwing needs Python >= 3.11; $("$PY" --version 2>&1) found. Set PYTHON=/path/to/python3.11 and re-run." >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[dev]'
echo "$(.venv/bin/lapwing --version 2>/dev/null || echo 'lapwing') is ready in .venv"
