#!/usr/bin/env bash
# Imports BUILDINGS generated buildings, then ASSESSMENTS generated assessments of them, then times the damage
# indicators (today: the current state kept on each building; and as of a past day: the rule over the assessments up
# to then) and the home page that shows the city's damage figures.
#
#   scripts/bench-damage.sh [h2|postgresql] [BUILDINGS] [ASSESSMENTS] [CALLS]
#
# Starts target/vidnova.jar (build it first: mvn -q -ntp package -DskipTests; another jar: VIDNOVA_JAR=…) on a free
# port with a throw-away data dir, on its H2 file database or on a throw-away PostgreSQL cluster
# (scripts/pg-test-cluster.sh), as scripts/bench-incident-import.sh does. The files are generated deterministically
# (same seed, same files). Prints rows/s of each import and of a second import of the same file (everything
# unchanged), then the median and spread of CALLS timed calls after 5 warm-up calls. Extra JVM options:
# VIDNOVA_BENCH_JAVA_OPTS; extra application arguments: VIDNOVA_BENCH_ARGS; JDBC URL parameters on PostgreSQL:
# VIDNOVA_BENCH_PG_PARAMS (e.g. reWriteBatchedInserts=true).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-h2}
BUILDINGS=${2:-300000}
ASSESSMENTS=${3:-1000000}
CALLS=${4:-21}
source scripts/bench-app.sh
bench_setup "$DB"

# Buildings over Kharkiv's bounding box: 85% residential (1 to 120 homes, residents known for a third), the rest
# facilities (schools, kindergartens, medical…). Assessments: each names a building at random, any of the four kinds
# of assessor with its own classes, dated from 2022-02-24 over 3 years; a third give homes damaged/destroyed, a
# fifth name one to three incidents (ids 1..50,000 separated by ';').
python3 - "$BUILDINGS" "$ASSESSMENTS" "$DATA" <<'PY'
import random, sys
from datetime import date, timedelta
random.seed(20220224)
nb, na, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
uses = ["school", "kindergarten", "medical", "perinatal", "culture", "administrative", "industrial", "other"]
units = []
with open(out + "/buildings.csv", "w") as f:
    f.write("external_id,address,lat,lon,use,name,floors,housing_units,residents,year_built,heritage\n")
    for i in range(nb):
        lat, lon = 49.90 + random.random() * 0.16, 36.15 + random.random() * 0.30
        if random.random() < 0.85:
            use, hu = "residential", random.choice([1, 1, 1, 12, 36, 60, 120])
            res = str(int(hu * 2.1)) if random.random() < 0.33 else ""
            name = ""
        else:
            use, hu, res, name = random.choice(uses), 0, "", f"Facility {i}"
        units.append(hu)
        her = random.choice(["none"] * 30 + ["zone", "listed"])
        f.write(f"B{i},Street {i % 997} {i},{lat:.6f},{lon:.6f},{use},{name},{random.randint(1, 16)},{hu},{res},"
                f"{random.randint(1890, 2020)},{her}\n")
classes = {"commission": ["commission:current_repair", "commission:capital_repair", "commission:destroyed"],
           "inspector": ["ems98:1", "ems98:2", "ems98:3", "ems98:4", "ems98:5"],
           "satellite": ["unosat:possible", "unosat:moderate", "unosat:severe", "unosat:destroyed"],
           "citizen": ["report:damaged", "vidnova:1", "vidnova:2"]}
kinds = list(classes)
start = date(2022, 2, 24)
with open(out + "/assessments.csv", "w") as f:
    f.write("external_id,building_source,building_external_id,assessed_on,assessor,native_class,units_damaged,"
            "units_destroyed,habitable,rebuildable,incident_id,notes\n")
    for i in range(na):
        b = random.randrange(nb)
        kind = random.choice(kinds)
        cls = random.choice(classes[kind])
        day = start + timedelta(days=random.randrange(3 * 365))
        dam = des = ""
        if units[b] > 0 and random.random() < 0.33:
            d = random.randint(0, units[b])
            dam, des = str(d), str(random.randint(0, units[b] - d))
        hab = random.choice(["", "yes", "no"])
        reb = random.choice(["yes", "no", "unknown"])
        inc = ";".join(str(random.randint(1, 50000)) for _ in range(random.randint(1, 3))) if random.random() < 0.2 else ""
        f.write(f"A{i},bench,B{b},{day},{kind},{cls},{dam},{des},{hab},{reb},{inc},\n")
PY
echo "files: $BUILDINGS buildings $(du -h "$DATA/buildings.csv" | cut -f1), $ASSESSMENTS assessments $(du -h "$DATA/assessments.csv" | cut -f1)"
# Before several incident ids per assessment were accepted: VIDNOVA_BENCH_ONE_INCIDENT=1 keeps the first only.
if [[ -n "${VIDNOVA_BENCH_ONE_INCIDENT:-}" ]]; then
  awk -F, 'BEGIN { OFS = "," } NR > 1 { sub(/;.*/, "", $11) } { print }' "$DATA/assessments.csv" > "$DATA/a1.csv"
  mv "$DATA/a1.csv" "$DATA/assessments.csv"
fi

bench_start --vidnova.damage.max-upload=2GB

import() { # $1: label, $2: file, $3: path, $4: rows
  local t0 t1 report
  t0=$(date +%s.%N)
  report=$(curl -sf -u "admin:$PASSWORD" -H 'Content-Type: text/csv' -H 'Expect:' --data-binary @"$DATA/$2" \
    "http://127.0.0.1:$PORT/api/v1/damage/$3/imports?source=bench") || { echo "$1: failed"; tail -5 "$DATA/app.log"; exit 1; }
  t1=$(date +%s.%N)
  echo "$1: $(echo "$report" | head -c 160)"
  awk -v r="$4" -v a="$t0" -v b="$t1" 'BEGIN { printf "  %.1f s, %.0f rows/s\n", b - a, r / (b - a) }'
  if [[ "$DB" == h2 ]]; then echo "  H2 file: $(du -sh "$DATA"/*.mv.db 2>/dev/null | cut -f1 | tr '\n' ' ')"; fi
  echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}
import "buildings" buildings.csv buildings "$BUILDINGS"
import "assessments" assessments.csv assessments "$ASSESSMENTS"
import "buildings again" buildings.csv buildings "$BUILDINGS"
import "assessments again" assessments.csv assessments "$ASSESSMENTS"

timed() { # $1: label, $2: url (anonymous); the first call is timed on its own (computed, not yet cached)
  curl -sf -o "$DATA/answer" -w "$1: first call %{time_total} s\n" "$2"
  echo "  $(head -c 100 "$DATA/answer" | tr '\n' ' ')…"
  for i in 1 2 3 4 5; do curl -sf -o /dev/null "$2"; done
  for i in $(seq 1 "$CALLS"); do curl -sf -o /dev/null -w '%{time_total}\n' "$2"; done | sort -n |
    awk '{ t[NR] = $1 * 1000 } END { printf "  %d calls: median %.1f ms (min %.1f, max %.1f)\n", NR, t[int((NR + 1) / 2)], t[1], t[NR] }'
}
timed "indicators today (city and districts)" "http://127.0.0.1:$PORT/api/v1/damage/indicators"
timed "indicators as of 2023-06-30" "http://127.0.0.1:$PORT/api/v1/damage/indicators?asOf=2023-06-30"
timed "home page /" "http://127.0.0.1:$PORT/"
