# Shared by the jar-based benchmark scripts (source it, after `cd` to the project): a throw-away data dir, an optional
# throw-away PostgreSQL, the app started on a port of its own, and everything removed on exit.
#
#   bench_setup DB           DB: h2 (the embedded file database) or postgresql; sets JAVA, DATA, PASSWORD, DB_ARGS
#   bench_start ARG...       starts ${VIDNOVA_JAR:-target/vidnova.jar} with these extra app arguments; sets APP, PORT
#
# VIDNOVA_BENCH_JAVA_OPTS adds JVM options, VIDNOVA_BENCH_ARGS app arguments, VIDNOVA_BENCH_PG_PARAMS JDBC URL
# parameters; JAVA_HOME picks the JDK (default Temurin 25).

bench_setup() {
  DB=$1
  JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
  DATA=$(mktemp -d /tmp/vidnova-bench.XXXXXX)
  PASSWORD=bench-password-12345
  PG_DIR=
  APP=
  trap bench_cleanup EXIT
  DB_ARGS=()
  if [[ "$DB" == postgresql ]]; then
    eval "$(scripts/pg-test-cluster.sh start)"
    PG_DIR=$VIDNOVA_TEST_PG_DIR
    DB_ARGS=(--spring.datasource.url="${VIDNOVA_TEST_PG_URL%%\?*}${VIDNOVA_BENCH_PG_PARAMS:+?$VIDNOVA_BENCH_PG_PARAMS}"
             --spring.datasource.username=vidnova --spring.datasource.password=vidnova)
  fi
}

bench_cleanup() {
  [[ -n "$APP" ]] && { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; }
  [[ -n "$PG_DIR" ]] && scripts/pg-test-cluster.sh stop "$PG_DIR"
  rm -rf "$DATA"
}

bench_start() {
  "$JAVA" -version 2>&1 | head -1
  # shellcheck disable=SC2086 # the option variables hold several words on purpose
  VIDNOVA_ADMIN_PASSWORD=$PASSWORD "$JAVA" -Xmx1g ${VIDNOVA_BENCH_JAVA_OPTS:-} \
    -jar "${VIDNOVA_JAR:-target/vidnova.jar}" --server.port=0 --vidnova.data-dir="$DATA" --logging.level.root=WARN \
    "$@" "${DB_ARGS[@]}" ${VIDNOVA_BENCH_ARGS:-} >"$DATA/app.log" 2>&1 &
  APP=$!
  # A port of its own (0: any free one), read from the sockets the app listens on: two runs at once never mix.
  PORT=
  for _ in $(seq 1 120); do
    kill -0 "$APP" 2>/dev/null || { tail -20 "$DATA/app.log"; exit 1; }
    PORT=$(ss -ltnpH 2>/dev/null | grep "pid=$APP," | grep -oE ':[0-9]+ ' | head -1 | tr -d ': ' || true)
    [[ -n "$PORT" ]] && curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
    sleep 1
  done
  echo "app on $DB (pid $APP)"
}
