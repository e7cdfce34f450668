#!/usr/bin/env bash
# HTTP load on GET /api/v1/shelters/nearest, compared with a trivial endpoint of the same app, with wrk.
#
#   scripts/bench-nearest.sh [JAVA_HOME] [SHELTERS] [SECONDS] [CONNECTIONS]
#
# Starts target/vidnova.jar (build it first: mvn -q package -DskipTests) on a free port with a throw-away data
# dir, imports SHELTERS random shelters in Kharkiv, warms up, then runs wrk (2 threads) for SECONDS on each
# endpoint. Needs wrk (apt-get install wrk). Prints wrk's summary and latency distribution.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME_ARG=${1:-${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}}
SHELTERS=${2:-10000}
SECONDS_=${3:-30}
CONNECTIONS=${4:-64}
JAVA="$JAVA_HOME_ARG/bin/java"
PORT=$(for p in $(seq 18500 18600); do (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null || { echo $p; break; }; done)
DATA=$(mktemp -d /tmp/vidnova-bench.XXXXXX)
PASSWORD=bench-password-12345
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT

"$JAVA" -version 2>&1 | head -1
VIDNOVA_ADMIN_PASSWORD=$PASSWORD "$JAVA" -Xmx1g ${VIDNOVA_BENCH_JAVA_OPTS:-} -jar "${VIDNOVA_JAR:-target/vidnova.jar}" --server.port="$PORT" \
  --vidnova.data-dir="$DATA" --logging.level.root=WARN ${VIDNOVA_BENCH_ARGS:-} >"$DATA/app.log" 2>&1 &
APP=$!
for i in $(seq 1 90); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done

python3 - "$SHELTERS" > "$DATA/shelters.csv" <<'PY'
import random, sys
random.seed(20220224)
print("external_id,name,kind,address,lat,lon,capacity,accessible,status,district,hours,notes")
for i in range(int(sys.argv[1])):
    print(f"B{i},Bench shelter {i},shelter,,{49.88 + random.random() * 0.22:.6f},{36.10 + random.random() * 0.35:.6f},"
          f"{random.randint(20, 500)},{str(random.random() < 0.3).lower()},{'open' if random.random() < 0.6 else 'closed'},,,")
PY
curl -sf -u "admin:$PASSWORD" -H 'Content-Type: text/csv' --data-binary @"$DATA/shelters.csv" \
  "http://127.0.0.1:$PORT/api/v1/shelters/imports?source=bench" | head -c 200; echo

cat > "$DATA/nearest.lua" <<'LUA'
math.randomseed(42)
request = function()
  local lat = 49.90 + math.random() * 0.18
  local lon = 36.12 + math.random() * 0.30
  return wrk.format("GET", string.format("/api/v1/shelters/nearest?lat=%.5f&lon=%.5f&limit=3&accessible=true", lat, lon))
end
LUA

echo "== warm-up"
wrk -t2 -c"$CONNECTIONS" -d10s -s "$DATA/nearest.lua" "http://127.0.0.1:$PORT" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d5s "http://127.0.0.1:$PORT/api/v1/districts/UA63120270010315719" >/dev/null
echo "== nearest (${SHELTERS} shelters, ${CONNECTIONS} connections, ${SECONDS_}s)"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_}s" --latency -s "$DATA/nearest.lua" "http://127.0.0.1:$PORT"
echo "== trivial: one district by code"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_}s" --latency "http://127.0.0.1:$PORT/api/v1/districts/UA63120270010315719"
