#!/usr/bin/env bash
# Apache Kafka broker jars for the tests (KRaft, no ZooKeeper), from Maven Central, cached.
# Idempotent: a second run with the cache in place does nothing. Prints the cache folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$here/kafka-pom.xml")"
cache="${CRM_TEST_CACHE:-$HOME/.cache/crm-test-deps}/kafka-$version"
# The marker names the pom's hash, so a changed dependency list fetches again.
stamp="$cache/.complete-$(sha256sum "$here/kafka-pom.xml" | cut -c1-16)"
if [ -f "$stamp" ]; then echo "kafka $version: cached in $cache"; exit 0; fi

need_apt=()
java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
if ! command -v java >/dev/null || [ "$(java_major)" -lt 17 ]; then need_apt+=(openjdk-17-jre-headless); fi
command -v mvn >/dev/null || need_apt+=(maven)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "kafka: installing ${need_apt[*]} (the broker needs Java 17+, Maven fetches its jars)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

echo "kafka $version: fetching the broker's jars from Maven Central into $cache"
rm -rf "$cache" && mkdir -p "$cache"
partial="$(mktemp -d "$cache/.partial-XXXX")"
mvn -q -B -Dstyle.color=never -f "$here/kafka-pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$partial/libs" 2>&1 \
  | sed 's/\x1b\[[0-9;]*m//g'  # Maven resets colours even when quiet
mv "$partial/libs" "$cache/libs" && rmdir "$partial"
touch "$stamp"
echo "kafka $version: $(ls "$cache/libs" | wc -l) jars in $cache/libs"
