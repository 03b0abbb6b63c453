#!/bin/sh
# Chooses the process of the CRM image by its first argument; anything else runs as given
# (e.g. `sh` for a look around). `exec` keeps node as tini's direct child, so signals reach it.
set -e
cd /app
case "${1:-api}" in
  api)       [ "$#" -gt 0 ] && shift; exec sh scripts/node.sh dist/apps/api/src/main.js "$@" ;;
  relay)     shift; exec sh scripts/node.sh dist/apps/relay/src/main.js "$@" ;;
  projector) shift; exec sh scripts/node.sh dist/apps/projector/src/main.js "$@" ;;
  worker)    shift; exec sh scripts/node.sh dist/apps/worker/src/main.js "$@" ;;
  crm|cli)   shift; exec node dist/apps/cli/src/main.js "$@" ;;
  *)         exec "$@" ;;
esac
