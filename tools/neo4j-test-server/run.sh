#!/usr/bin/env bash
# Builds the test server when its jars are missing or older than its sources, then runs it in the foreground
# (exec, so SIGTERM reaches the JVM, which shuts Neo4j down and removes its data). Prints NEO4J_URI=… when ready.
set -euo pipefail
cd "$(dirname "$0")"
stamp=target/lib/.built
if [ ! -f "$stamp" ] || [ pom.xml -nt "$stamp" ] || [ -n "$(find src -newer "$stamp" -type f | head -1)" ]; then
  echo "building the Neo4j test server (Maven; first run downloads Neo4j Community from Maven Central)…" >&2
  mvn -q -B package -DskipTests >&2
  touch "$stamp"
fi
exec java ${NEO4J_TEST_JAVA_OPTS:--Xmx1g} -cp "target/classes:target/lib/*" dev.supplygraph.Neo4jTestServer
