#!/usr/bin/env bash
# Imports ROWS generated incidents from one CSV file, then times GET /api/v1/incidents/stats?by=district,day.
#
#   scripts/bench-incident-import.sh [h2|postgresql] [ROWS] [STATS_CALLS]
#
# Starts target/vidnova.jar (build it first: mvn -q -ntp package -DskipTests; another jar: VIDNOVA_JAR=…) on a free
# port with a throw-away data dir: on its H2 file database, or on a throw-away PostgreSQL cluster
# (scripts/pg-test-cluster.sh). Generates the CSV deterministically (same seed, same file), posts it as admin with
# curl, and prints rows/s, the heap (the most live, from a full GC every 10 s by jcmd, and the most in use before a
# GC, from -Xlog:gc), the size of the H2 file, a second import of the same file (idempotent: everything unchanged),
# then the median and spread of STATS_CALLS timed stats calls after 5 warm-up calls. Extra JVM options: VIDNOVA_BENCH_JAVA_OPTS; extra
# application arguments: VIDNOVA_BENCH_ARGS; JDBC URL parameters on PostgreSQL: VIDNOVA_BENCH_PG_PARAMS (e.g.
# reWriteBatchedInserts=true).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-h2}
ROWS=${2:-1000000}
CALLS=${3:-21}
source scripts/bench-app.sh
bench_setup "$DB"

# 3 years of incidents, 85% inside Kharkiv's bounding box (some of those outside its districts), the rest outside.
python3 - "$ROWS" > "$DATA/incidents.csv" <<'PY'
import random, sys
from datetime import datetime, timedelta, timezone
random.seed(20220224)
types = ["shelling", "missile", "airstrike", "mlrs", "drone", "cluster", "other"]
start = datetime(2022, 2, 24, tzinfo=timezone.utc)
span = 3 * 365 * 86400
out = sys.stdout
out.write("external_id,occurred_at,type,lat,lon,killed,injured,source,description\n")
for i in range(int(sys.argv[1])):
    t = (start + timedelta(seconds=random.randrange(span))).strftime("%Y-%m-%dT%H:%M:%SZ")
    if random.random() < 0.85:
        lat, lon = 49.90 + random.random() * 0.16, 36.15 + random.random() * 0.30
    else:
        lat, lon = 49.0 + random.random() * 0.5, 35.0 + random.random() * 0.5
    killed = "" if random.random() < 0.2 else str(random.choice([0, 0, 0, 1, 2, 5]))
    injured = "" if random.random() < 0.2 else str(random.choice([0, 0, 1, 3, 8]))
    out.write(f"G{i},{t},{random.choice(types)},{lat:.5f},{lon:.5f},{killed},{injured},,generated incident {i}\n")
PY
echo "file: $ROWS rows, $(du -h "$DATA/incidents.csv" | cut -f1)"

VIDNOVA_BENCH_JAVA_OPTS="-Xlog:gc:file=$DATA/gc.log ${VIDNOVA_BENCH_JAVA_OPTS:-}" bench_start --vidnova.incidents.max-upload=2GB

heap() { # MB: the most in use before any GC since line $1 of the GC log
  tail -n +"$1" "$DATA/gc.log" | grep -oE '[0-9]+M->[0-9]+M' | awk -F'[M>-]+' '$1 > b { b = $1 } END { print b + 0 }'
}
live() { # MB live: a full GC (jcmd GC.class_histogram) every 10 s while the import runs; prints the largest
  local most=0 bytes pause=3
  while kill -0 "$APP" 2>/dev/null; do
    sleep "$pause"
    pause=10
    bytes=$("${JAVA%/java}/jcmd" "$APP" GC.class_histogram 2>/dev/null | awk '/^Total/ { print $3 }')
    [[ -n "$bytes" ]] && (( bytes / 1048576 > most )) && most=$((bytes / 1048576))
    echo "$most" > "$DATA/live"
  done
}
import() { # $1: label
  local from t0 t1 report sampler
  from=$(($(wc -l < "$DATA/gc.log") + 1))
  echo 0 > "$DATA/live"
  live & sampler=$!
  t0=$(date +%s.%N)
  report=$(curl -sf -u "admin:$PASSWORD" -H 'Content-Type: text/csv' -H 'Expect:' --data-binary @"$DATA/incidents.csv" \
    "http://127.0.0.1:$PORT/api/v1/incidents/imports?source=bench")
  t1=$(date +%s.%N)
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  echo "$1: $(echo "$report" | head -c 160)"
  awk -v r="$ROWS" -v a="$t0" -v b="$t1" 'BEGIN { printf "  %.1f s, %.0f rows/s\n", b - a, r / (b - a) }'
  echo "  heap: at most $(cat "$DATA/live") MB live (full GC every 10 s), $(heap "$from") MB in use before a GC (-Xmx1g)"
  if [[ "$DB" == h2 ]]; then echo "  H2 file: $(du -sh "$DATA"/*.mv.db 2>/dev/null | cut -f1 | tr '\n' ' ')"; fi
  echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}
import "import"
import "same file again"

url="http://127.0.0.1:$PORT/api/v1/incidents/stats?by=district,day"
echo "stats?by=district,day: $(curl -sf "$url" | head -c 120)…"
for i in 1 2 3 4 5; do curl -sf -o /dev/null "$url"; done
for i in $(seq 1 "$CALLS"); do curl -sf -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n |
  awk '{ t[NR] = $1 * 1000 } END { printf "  %d calls: median %.1f ms (min %.1f, max %.1f)\n", NR, t[int((NR + 1) / 2)], t[1], t[NR] }'
