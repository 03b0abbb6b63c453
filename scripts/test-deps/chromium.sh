#!/usr/bin/env bash
# Debian's chromium for the console's browser tests (driven by playwright-core, which brings no
# browser of its own). Idempotent: when /usr/bin/chromium exists nothing is fetched.
# Without root (or apt) it says why and leaves the browser suites to skip with a printed notice.
# Standalone: bash scripts/test-deps/chromium.sh
set -euo pipefail
bin="${CRM_CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$bin" ]; then echo "chromium: $("$bin" --version 2>/dev/null || echo present) at $bin"; exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "chromium.sh: $bin is missing and apt-get as root is not available; the console's browser tests will skip" >&2
  exit 0
fi
echo "chromium: installing Debian's chromium (first run only)"
apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
echo "chromium: $("$bin" --version) at $bin"
