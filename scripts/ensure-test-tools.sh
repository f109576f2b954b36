#!/usr/bin/env bash
# Makes sure the programs the tests run outside Node are installed (run before `npm test`),
# from Debian's packages:
#   chromium              the browser tests (test/browser/, driven by playwright-core)
#   default-jre-headless  Java for the Nu HTML Checker (vnu.jar from the vnu-jar package,
#                         test/build/valid-html.test.ts)
# Never downloads a browser or a Java runtime of its own: Playwright's browser download and
# vnu-jar's JRE downloader are unavailable here, and unpinned binaries are not something we
# want to trust anyway.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
if [ "${#missing[@]}" -eq 0 ]; then exit 0; fi

if [ "$(id -u)" != "0" ]; then
  echo "Missing for the tests: ${missing[*]}. Install Debian's packages: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing Debian's ${missing[*]} for the tests…"
# Slim Debian images leave out /usr/share/man, and the JRE's post-install step fails when it
# cannot link its manual pages there.
mkdir -p /usr/share/man/man1
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
command -v chromium >/dev/null && command -v java >/dev/null
