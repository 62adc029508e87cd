#!/usr/bin/env bash
# National-scale dashboard benchmark (issue 5). One command: bench/dashboard.sh [seconds per run, default 20]
# - recreates PostgreSQL database innohub_national and lets the application create its schema;
# - loads bench/national/load.sql (34 provinces x 150 units, 340 plans, 20,400 tasks, 3,400 periods, 510,000 reports,
#   5,100,000 target values, 612,000 task values);
# - starts target/innohub.jar on it, signs in, and measures with wrk (a second process) the province dashboard
#   (/dashboard?plan=1&period=…) at 1, 8 and 32 connections, then nginx serving the identical HTML as a static file;
# - times the DOCX export of that province-period (5 runs).
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust), wrk and nginx (apt-get install wrk nginx-light).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN="${1:-20}"
WORK=target/bench-national
mkdir -p "$WORK/html"
PORT=18080
DB=innohub_national
PASSWORD=bench-admin-1
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "wrk and nginx are needed (apt-get install wrk nginx-light)"; exit 2; }
[ -f target/innohub.jar ] || ./mvnw -q -B package -DskipTests

# REUSE=1 keeps an already loaded innohub_national database (for repeated runs while tuning).
LOADED=$(psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")
if [ "${REUSE:-0}" != 1 ] || [ "$LOADED" != 1 ]; then
  psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB ENCODING UTF8"
  LOADED=0
fi

start_app() {
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
  INNOHUB_ADMIN_PASSWORD=$PASSWORD INNOHUB_JOBS=false PORT=$PORT \
    java -Xmx1g -jar target/innohub.jar > "$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 180); do
    curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "application did not start; see $WORK/app.log"; exit 1
}
stop_app() { kill "$APP"; wait "$APP" 2>/dev/null || true; }

if [ "$LOADED" != 1 ]; then
  echo "== schema"
  start_app; stop_app
  echo "== loading national data"
  /usr/bin/time -f "loaded in %e s" psql -h 127.0.0.1 -U postgres -d $DB -v ON_ERROR_STOP=1 -q -f bench/national/load.sql
fi
start_app
trap 'stop_app; [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true' EXIT

echo "== signing in"
JAR="$WORK/cookies.txt"; rm -f "$JAR"
CSRF=$(curl -s -c "$JAR" -b "$JAR" "http://127.0.0.1:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$CSRF" "http://127.0.0.1:$PORT/login"
SESSION=$(awk '$6=="SESSION"{print $7}' "$JAR")
[ -n "$SESSION" ] || { echo "sign-in failed"; exit 1; }
PERIOD=$(psql -h 127.0.0.1 -U postgres -d $DB -tAc "SELECT max(id) FROM reporting_period WHERE plan_id = 1 AND status <> 'PLANNED'")
URL="http://127.0.0.1:$PORT/dashboard?plan=1&period=$PERIOD"
for _ in 1 2 3; do curl -s -o /dev/null -w "first requests: %{http_code} %{time_total}s %{size_download} bytes\n" -b "SESSION=$SESSION" "$URL"; done
curl -s -b "SESSION=$SESSION" "$URL" > "$WORK/html/dashboard.html"
BYTES=$(wc -c < "$WORK/html/dashboard.html")
grep -q 'id="targetTable"' "$WORK/html/dashboard.html" || { echo "not a dashboard page"; exit 1; }

cp bench/national/nginx.conf "$WORK/nginx.conf"
nginx -p "$(pwd)/$WORK" -c nginx.conf > "$WORK/nginx.log" 2>&1 &
sleep 1

run() { # name url connections
  local threads=$(( $3 < 2 ? 1 : 2 ))
  wrk -t"$threads" -c"$3" -d"${SECONDS_PER_RUN}s" -s bench/national/percentiles.lua -H "Cookie: SESSION=$SESSION" "$2" \
    | grep RESULT | sed "s/^RESULT/$1 c=$3/"
}
echo "== wrk, ${SECONDS_PER_RUN}s per run, page of $BYTES bytes"
wrk -t2 -c8 -d5s -H "Cookie: SESSION=$SESSION" "$URL" > /dev/null   # warm-up
for c in 1 8 32; do
  run app "$URL" "$c"
  run nginx "http://127.0.0.1:18081/dashboard" "$c"
done | tee "$WORK/wrk.txt" | awk '{
  split($0, f, " "); name=f[1]; c=f[2]; for (i = 3; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
  printf "%-6s %-5s %9.1f req/s  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  errors %d\n", name, c,
    v["requests"] / (v["duration_us"] / 1e6), v["p50"] / 1000, v["p95"] / 1000, v["p99"] / 1000, v["errors"] }'

echo "== the stack's own floor: the smallest endpoint (health probe, 15 bytes), without and with the session cookie"
for cookie in "" "Cookie: SESSION=$SESSION"; do
  wrk -t2 -c8 -d"${SECONDS_PER_RUN}s" ${cookie:+-H "$cookie"} "http://127.0.0.1:$PORT/actuator/health/liveness" \
    | awk -v what="${cookie:+signed-in}" '/Requests\/sec/ { printf "health %-9s c=8 %9.1f req/s\n", what == "" ? "anonymous" : what, $2 }'
done

echo "== DOCX export of one province-period (5 runs)"
for i in 1 2 3 4 5; do
  curl -s -o "$WORK/report.docx" -w "%{time_total}\n" -b "SESSION=$SESSION" \
    "http://127.0.0.1:$PORT/dashboard/export?plan=1&period=$PERIOD&format=docx"
done | sort -n | awk '{ t[NR] = $1 } END { printf "docx: runs %s %s %s %s %s s; median %s s\n", t[1], t[2], t[3], t[4], t[5], t[3] }'
ls -l "$WORK/report.docx" | awk '{ print "docx size: " $5 " bytes" }'
