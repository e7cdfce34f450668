#!/usr/bin/env bash
# Facility decisions at scale: imports BUILDINGS generated buildings (85% residential, the rest facilities, the
# schools, kindergartens and hospitals grouped two blocks to an institution with a capacity), one current
# assessment for each facility building (40% damaged or destroyed), then times the public list of damaged
# facilities, a facility's evidence (catchment, nearest usable facilities, history) and its decision page.
#
#   scripts/bench-facilities.sh [h2|postgresql] [BUILDINGS] [CALLS]
#
# Starts target/vidnova.jar (build it first: mvn -q -ntp package -DskipTests; another jar: VIDNOVA_JAR=…) as
# scripts/bench-damage.sh does. The files are generated deterministically (same seed, same files). Prints the median
# and spread of CALLS timed calls after 5 warm-up calls.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-h2}
BUILDINGS=${2:-30000}
CALLS=${3:-21}
source scripts/bench-app.sh
bench_setup "$DB"

python3 - "$BUILDINGS" "$DATA" <<'PY'
import random, sys
random.seed(20220224)
nb, out = int(sys.argv[1]), sys.argv[2]
uses = ["school", "kindergarten", "medical", "perinatal", "culture", "administrative", "industrial", "other"]
capacity = {"school": "capacity_pupils", "kindergarten": "capacity_children", "medical": "capacity_beds"}
institutions, facilities = [], []
with open(out + "/buildings.csv", "w") as f:
    f.write("external_id,lat,lon,use,name,institution\n")
    i = 0
    while i < nb:
        lat, lon = 49.93 + random.random() * 0.12, 36.15 + random.random() * 0.30
        if random.random() < 0.85:
            f.write(f"B{i},{lat:.6f},{lon:.6f},residential,,\n")
            i += 1
            continue
        use = random.choice(uses)
        if use in capacity:
            inst = f"I{len(institutions)}"
            institutions.append((inst, use, random.randint(60, 1200)))
            for block in range(2):
                f.write(f"B{i},{lat + block * 0.0003:.6f},{lon:.6f},{use},Facility {i},{inst}\n")
                facilities.append(i)
                i += 1
        else:
            f.write(f"B{i},{lat:.6f},{lon:.6f},{use},Facility {i},\n")
            facilities.append(i)
            i += 1
with open(out + "/institutions.csv", "w") as f:
    f.write("external_id,name,use,capacity_pupils,capacity_children,capacity_beds\n")
    for inst, use, cap in institutions:
        cols = [str(cap) if capacity[use] == c else "" for c in ("capacity_pupils", "capacity_children", "capacity_beds")]
        f.write(f"{inst},Institution {inst},{use},{','.join(cols)}\n")
with open(out + "/assessments.csv", "w") as f:
    f.write("external_id,building_external_id,assessed_on,assessor,native_class,rebuildable\n")
    for b in facilities:
        grade = random.choice([1, 2, 3, 4]) if random.random() < 0.4 else 0
        f.write(f"A{b},B{b},2024-0{random.randint(1, 9)}-1{random.randint(0, 9)},inspector,vidnova:{grade},"
                f"{random.choice(['yes', 'no', 'unknown'])}\n")
    print(f"{len(facilities)} facility buildings, {len(institutions)} institutions", file=sys.stderr)
PY

bench_start --vidnova.damage.max-upload=2GB

import() { # $1: file, $2: path
  curl -sf -u "admin:$PASSWORD" -H 'Content-Type: text/csv' -H 'Expect:' --data-binary @"$DATA/$1" \
    "http://127.0.0.1:$PORT/api/v1/damage/$2/imports?source=bench" | head -c 120
  echo
}
import institutions.csv institutions
import buildings.csv buildings
import assessments.csv assessments
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

timed() { # $1: label, $2: url (anonymous)
  curl -sf -o "$DATA/answer" -w "$1: first call %{time_total} s, %{size_download} bytes\n" "$2"
  for i in 1 2 3 4 5; do curl -sf -o /dev/null "$2"; done
  for i in $(seq 1 "$CALLS"); do curl -sf -o /dev/null -w '%{time_total}\n' "$2"; done | sort -n |
    awk '{ t[NR] = $1 * 1000 } END { printf "  %d calls: median %.1f ms (min %.1f, max %.1f)\n", NR, t[int((NR + 1) / 2)], t[1], t[NR] }'
}
BASE="http://127.0.0.1:$PORT"
timed "list of damaged facilities (50)" "$BASE/api/v1/recovery/facilities?size=50"
echo "  $(head -c 120 "$DATA/answer")…"
ID=$(python3 -c 'import json,sys; print(next(i["id"] for i in json.load(open(sys.argv[1]))["items"] if i["use"] == "school"))' "$DATA/answer" 2>/dev/null \
  || curl -sf "$BASE/api/v1/recovery/facilities?use=school&size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
timed "list, schools only (50)" "$BASE/api/v1/recovery/facilities?use=school&size=50"
timed "a school's evidence" "$BASE/api/v1/recovery/facilities/$ID"
echo "  $(head -c 300 "$DATA/answer")…"
timed "its decision page" "$BASE/recovery/facilities/$ID?lang=en"
curl -sf -o /dev/null -w "a decision (POST): %{http_code} %{time_total} s\n" -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
  -d '{"decision":"rebuild","reason":"bench","costEstimate":1000000}' "$BASE/api/v1/recovery/facilities/$ID/decisions"
timed "list of undecided damaged facilities (50)" "$BASE/api/v1/recovery/facilities?decided=false&size=50"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
