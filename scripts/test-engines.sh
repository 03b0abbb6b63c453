#!/usr/bin/env bash
# npm run test:engines: the EventStoreDB, MongoDB and Kafka suites against servers given by URL.
# Bring the servers up with
#   docker compose -f deploy/compose.yaml up -d kurrentdb kafka kafka-init mongodb mongodb-init
# then
#   EVENTSTORE_URL='esdb://127.0.0.1:2113?tls=false' \
#   MONGODB_URL='mongodb://127.0.0.1:27017/?directConnection=true' \
#   KAFKA_BROKERS=127.0.0.1:9094 npm run test:engines
# Extra arguments go to jest (e.g. a path to run one suite).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

missing=()
for name in EVENTSTORE_URL MONGODB_URL KAFKA_BROKERS; do
  [[ -n "${!name:-}" ]] || missing+=("$name")
done
if (( ${#missing[@]} > 0 )); then
  echo "test:engines: set ${missing[*]} (servers: docker compose -f deploy/compose.yaml up -d kurrentdb kafka kafka-init mongodb mongodb-init; see docs/mongodb.md)" >&2
  exit 2
fi

# The suites read these; a user-given MONGODB_URL also stops the jest globalSetup from starting FerretDB.
export CRM_TEST_KAFKA_BROKERS="$KAFKA_BROKERS"
echo "test:engines: EventStoreDB $EVENTSTORE_URL, MongoDB $MONGODB_URL, Kafka $KAFKA_BROKERS"
exec npx jest \
  libs/event-store/eventstoredb \
  libs/read-models/mongodb libs/read-models/sales/analytics/analytics.int.spec.ts libs/read-models/service/service-kpis.int.spec.ts \
  apps/projector apps/relay libs/messaging apps/worker libs/coordination \
  "$@"
