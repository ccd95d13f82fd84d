#!/usr/bin/env bash
# System packages that some tests need beyond PyPI: Debian's chromium (dashboard browser tests)
# and postgresql (the PostgreSQL store tests start a throwaway server from these binaries).
# Lapwing itself needs neither; the tests that use them skip with a reason where they are absent.
# Run as root (CI does); otherwise it prints what to install and exits 0.
set -euo pipefail
want=()
command -v chromium >/dev/null 2>&1 || want+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || want+=(postgresql)
if [ ${#want[@]} -eq 0 ]; then
  echo "system packages present: chromium, postgresql"
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "not installing ${want[*]} (needs root and apt-get); the tests that need them will skip" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null
echo "installed: ${want[*]}"
