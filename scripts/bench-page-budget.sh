#!/usr/bin/env bash
# A page's weight and paint times in headless Chromium on an emulated slow 3G link (issue 10's budget: 300 KB, 1 s).
#
#   scripts/bench-page-budget.sh [PATH] [RUNS]
#
# Starts target/vidnova.jar (build it first: mvn -q package -DskipTests, then mvn -q test-compile) on a free port
# with a throw-away data dir, then runs org.vidnova.bench.PageBudget against PATH (default /) RUNS times (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
PAGE=${1:-/}
RUNS=${2:-5}
JAVA=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}/bin/java
PORT=$(for p in $(seq 18700 18800); do (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null || { echo $p; break; }; done)
DATA=$(mktemp -d /tmp/vidnova-budget.XXXXXX)
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
VIDNOVA_ADMIN_PASSWORD=budget-password-12345 "$JAVA" -Xmx1g -jar "${VIDNOVA_JAR:-target/vidnova.jar}" \
  --server.port="$PORT" --vidnova.data-dir="$DATA" --logging.level.root=WARN >"$DATA/app.log" 2>&1 &
APP=$!
for i in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done
[[ -f target/test-classpath.txt ]] || mvn -q -o dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt
"$JAVA" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.vidnova.bench.PageBudget \
  "http://127.0.0.1:$PORT" "$PAGE" "$RUNS"
