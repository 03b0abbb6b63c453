#!/usr/bin/env bash
# Installs (once, cached outside the work tree) every server the tests start: one installer per
# engine beside this file. `npm test` runs this before jest.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
for installer in "$here"/*.sh; do
  [ "$(basename "$installer")" = install.sh ] && continue
  bash "$installer"
done
