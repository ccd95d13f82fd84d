#!/usr/bin/env bash
# Build the web dashboard (frontend/) into src/lapwing/web/static/, which ships inside the Python
# package: a user's `pip install` needs no Node. Needs Node >= 18 and npm; installs exactly the
# committed package-lock.json (`npm ci`), then bundles with esbuild (frontend/build.mjs).
# Commit the result: git add src/lapwing/web/static
set -euo pipefail
cd "$(dirname "$0")/../frontend"
if ! command -v npm >/dev/null 2>&1; then
  echo "build-dashboard: npm is not installed; install Node.js >= 18 with npm (Debian: apt-get install nodejs npm) and re-run" >&2
  exit 1
fi
npm ci --no-audit --no-fund --loglevel=error
node build.mjs
