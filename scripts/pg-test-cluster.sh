#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on a free loopback port, for the PostgreSQL tests.
#
#   eval "$(scripts/pg-test-cluster.sh start)"   # prints exports: VIDNOVA_TEST_PG_URL, VIDNOVA_TEST_PG_DIR
#   mvn verify
#   scripts/pg-test-cluster.sh stop "$VIDNOVA_TEST_PG_DIR"
#
# Needs the PostgreSQL server binaries (Debian: apt-get install postgresql). initdb refuses to run as root,
# so as root the cluster runs as the 'postgres' user. Durability is switched off: the data is thrown away.
set -euo pipefail

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
    echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2
    exit 1
  fi
  echo "$bin"
}

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free port between 55432 and 55532" >&2
  exit 1
}

start() {
  local bin dir port
  bin=$(pg_bin)
  dir=$(mktemp -d /tmp/vidnova-pg.XXXXXX)
  chmod 755 "$dir"
  printf 'vidnova\n' > "$dir/pwfile"
  if [[ $(id -u) -eq 0 ]]; then chown -R postgres "$dir"; fi
  port=$(free_port)
  as_owner "$bin/initdb" -D "$dir/data" -U vidnova --pwfile="$dir/pwfile" --auth=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  PGPASSWORD=vidnova "$bin/createdb" -h 127.0.0.1 -p "$port" -U vidnova vidnova
  echo "export VIDNOVA_TEST_PG_URL='jdbc:postgresql://127.0.0.1:$port/vidnova?user=vidnova&password=vidnova'"
  echo "export VIDNOVA_TEST_PG_DIR='$dir'"
}

stop() {
  local dir=${1:-${VIDNOVA_TEST_PG_DIR:-}}
  [[ -n "$dir" && -d "$dir" ]] || return 0
  as_owner "$(pg_bin)/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
