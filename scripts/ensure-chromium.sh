#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the browser tests (run before `npm test`).
# Never downloads a browser of its own: Playwright's download is unavailable here and an
# unpinned browser binary is not something we want to trust anyway.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "Chromium is missing. Install Debian's package: sudo apt-get install -y chromium" >&2
  exit 1
fi
echo "Installing Debian's chromium for the browser tests…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
command -v chromium >/dev/null
