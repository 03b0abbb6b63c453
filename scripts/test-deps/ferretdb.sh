#!/usr/bin/env bash
# Builds the FerretDB v1 test server (MongoDB wire protocol, SQLite backend) once and caches it.
# Idempotent: a cached build of the same version and source is reused in well under a second.
# Prints the binary's path as its last line. Needs Go (1.24 or later) and the Go module proxy.
# Standalone: bash scripts/test-deps/ferretdb.sh
set -euo pipefail

FERRETDB_VERSION="${CRM_FERRETDB_VERSION:-v1.24.2}"
CACHE="${CRM_TEST_CACHE:-$HOME/.cache/crm-test-deps}"
SOURCE="$(cd "$(dirname "${BASH_SOURCE[0]}")/ferretdb" && pwd)"
TARGET="$CACHE/ferretdb-$FERRETDB_VERSION"
BIN="$TARGET/ferretdb-test-server"

if ! command -v go >/dev/null 2>&1; then
  echo "ferretdb.sh: Go is not installed; the MongoDB-protocol suites need it (or set MONGODB_URL to a server)" >&2
  exit 1
fi

# The cached build is valid while the wrapper's sources are unchanged.
STAMP="$(cat "$SOURCE/main.go" "$SOURCE/go.mod" "$SOURCE/go.sum" | sha256sum | cut -c1-16)"
if [[ -x "$BIN" && -f "$TARGET/stamp" && "$(cat "$TARGET/stamp")" == "$STAMP" ]]; then
  echo "$BIN"
  exit 0
fi

mkdir -p "$TARGET"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp "$SOURCE/main.go" "$SOURCE/go.mod" "$SOURCE/go.sum" "$WORK/"
cd "$WORK"
if [[ "$FERRETDB_VERSION" != "v1.24.2" ]]; then
  GOTOOLCHAIN=local go get "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" >&2
fi
echo "ferretdb.sh: building FerretDB $FERRETDB_VERSION test server (first run only: 1 to 4 minutes on two cores)" >&2
started=$(date +%s)
GOTOOLCHAIN=local GOFLAGS="${GOFLAGS:-} -mod=mod" go build -trimpath -o "$BIN.tmp" . >&2
mv "$BIN.tmp" "$BIN"
echo "$STAMP" > "$TARGET/stamp"
echo "ferretdb.sh: built $("$BIN" -version) in $(( $(date +%s) - started )) s" >&2
echo "$BIN"
