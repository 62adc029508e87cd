#!/usr/bin/env bash
# Two application nodes behind nginx on one PostgreSQL (issue 16). One command: bench/two-nodes.sh [seconds] [runs]
# - recreates the database innohub_bench, starts node A (which creates the schema and the demo province) and then
#   node B on it, both with scheduled jobs on (ShedLock in the database), each with its own local Lucene index;
# - runs nginx in the foreground from a temporary directory: round robin over A and B, no sticky sessions,
#   proxy_next_upstream for GETs; the application trusts 127.0.0.1's X-Forwarded-* headers;
# - checks that a session started on one node is signed in on the other (sign-in page from A, password posted to B);
# - measures with wrk the portal home (anonymous) and a signed-in page (/notifications with the session cookie)
#   through nginx and on node A directly: requests/s, median and p99 latency, the median of [runs] runs of [seconds]
#   (the signed-in load rotates over 16 sessions signed in through nginx);
# - then kills node B with SIGKILL in the middle of a 30 s run through nginx (bench/scale/load.py records every
#   request) and reports what clients saw: failed requests, status codes, how long the disruption lasted.
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust), wrk, nginx, python3 (apt-get install -y wrk nginx).
# Everything it starts is stopped when it ends (trap); logs stay in the temporary directory it prints.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN="${1:-15}"
RUNS="${2:-3}"
CONNECTIONS="${CONNECTIONS:-16}"
DB=innohub_bench
PASSWORD=bench-admin-1
command -v wrk >/dev/null && command -v nginx >/dev/null && command -v python3 >/dev/null \
  || { echo "wrk, nginx and python3 are needed (apt-get install -y wrk nginx)"; exit 2; }
pg_isready -h 127.0.0.1 -p 5432 -q || { echo "PostgreSQL is not answering on 127.0.0.1:5432"; exit 2; }
[ -f target/innohub.jar ] || ./mvnw -q -B -ntp package -DskipTests

WORK=$(mktemp -d /tmp/innohub-two-nodes.XXXXXX); mkdir -p "$WORK/tmp"
chmod 755 "$WORK"   # nginx's workers (not root) reach their temporary files and reopen the logs there
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT_A=$(free_port); PORT_B=$(free_port); PORT_LB=$(free_port)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  echo "logs: $WORK"
}
trap cleanup EXIT
echo "work directory $WORK; node A :$PORT_A, node B :$PORT_B, nginx :$PORT_LB"

psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q -c "DROP DATABASE IF EXISTS $DB" \
  -c "CREATE DATABASE $DB ENCODING UTF8"

start_node() { # name port demo
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD= INNOHUB_ADMIN_PASSWORD=$PASSWORD INNOHUB_JOBS=true INNOHUB_DEMO="$3" \
  INNOHUB_DEMO_EMBEDDED_ONLY=false INNOHUB_SEARCH_INDEX="$WORK/index-$1" INNOHUB_WEB_TRUSTED_PROXIES=127.0.0.1 \
  INNOHUB_BASE_URL="http://127.0.0.1:$PORT_LB" PORT="$2" \
    java -Xmx1g -jar target/innohub.jar > "$WORK/node-$1.log" 2>&1 &
  echo $!
}
await_ready() { # name port pid
  local started; started=$(date +%s)
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$2/actuator/health/readiness" >/dev/null 2>&1 && {
      echo "node $1 ready after $(( $(date +%s) - started )) s"; return 0; }
    kill -0 "$3" 2>/dev/null || { echo "node $1 exited; see $WORK/node-$1.log"; tail -20 "$WORK/node-$1.log"; exit 1; }
    sleep 1
  done
  echo "node $1 not ready; see $WORK/node-$1.log"; exit 1
}
# One after the other: the first start on an empty database creates the schema, the admin and the demo province.
NODE_A=$(start_node a "$PORT_A" true); PIDS+=("$NODE_A"); await_ready A "$PORT_A" "$NODE_A"
NODE_B=$(start_node b "$PORT_B" false); PIDS+=("$NODE_B"); await_ready B "$PORT_B" "$NODE_B"

sed -e "s|@WORK@|$WORK|g" -e "s|@PORT_A@|$PORT_A|g" -e "s|@PORT_B@|$PORT_B|g" -e "s|@PORT_LB@|$PORT_LB|g" \
  bench/scale/nginx.conf > "$WORK/nginx.conf"
nginx -t -p "$WORK" -c "$WORK/nginx.conf" -e "$WORK/nginx-error.log" 2>&1 | tail -1
nginx -p "$WORK" -c "$WORK/nginx.conf" -e "$WORK/nginx-error.log" > "$WORK/nginx.out" 2>&1 &
NGINX=$!; PIDS+=("$NGINX")
for _ in $(seq 1 20); do curl -fs -o /dev/null "http://127.0.0.1:$PORT_LB/actuator/health/liveness" && break; sleep 0.5; done

echo "== sessions are shared: sign-in page from node A, password posted to node B, signed-in page on both"
JAR="$WORK/cookies.txt"
CSRF=$(curl -s -c "$JAR" -b "$JAR" "http://127.0.0.1:$PORT_A/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
  | sed 's/.*value="//;s/"//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null -w "sign-in POST on node B: %{http_code} -> %{redirect_url}\n" \
  --data-urlencode "username=admin" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$CSRF" \
  "http://127.0.0.1:$PORT_B/login"
SESSION=$(awk '$6=="SESSION"{print $7}' "$JAR")
[ -n "$SESSION" ] || { echo "sign-in failed"; exit 1; }
for target in "node A:$PORT_A" "node B:$PORT_B" "nginx:$PORT_LB" "nginx:$PORT_LB"; do
  code=$(curl -s -o /dev/null -w "%{http_code}" -b "SESSION=$SESSION" "http://127.0.0.1:${target#*:}/notifications")
  echo "/notifications on ${target%%:*}: $code"
  [ "$code" = 200 ] || { echo "the session is not recognised there"; exit 1; }
done
echo "jobs: $(psql -h 127.0.0.1 -U postgres -d $DB -tAc "SELECT count(*) FROM shedlock") ShedLock rows;" \
  "locks taken by: $(psql -h 127.0.0.1 -U postgres -d $DB -tAc "SELECT string_agg(DISTINCT locked_by, ', ') FROM shedlock")"

# The signed-in load: 16 users (one session each, signed in through nginx), not one session for every connection.
SESSIONS=""
for i in $(seq 1 16); do
  J="$WORK/cookies-$i.txt"
  CSRF=$(curl -s -c "$J" -b "$J" "http://127.0.0.1:$PORT_LB/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
    | sed 's/.*value="//;s/"//')
  curl -s -c "$J" -b "$J" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$CSRF" "http://127.0.0.1:$PORT_LB/login"
  SESSIONS="$SESSIONS${SESSIONS:+,}$(awk '$6=="SESSION"{print $7}' "$J")"
done
export SESSIONS
report() { # label; reads wrk's RESULT line
  awk -v name="$1" '/^RESULT/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    printf "%s %.1f %.2f %.2f %d %s\n", name, v["requests"] / (v["duration_us"] / 1e6), v["p50"] / 1000,
      v["p99"] / 1000, v["socket_errors"], v["statuses"] }'
}
measure() { # label url [signed-in]
  local sessions="" i
  [ -n "${3:-}" ] && sessions="$SESSIONS"
  SESSIONS="$sessions" wrk -t2 -c"$CONNECTIONS" -d5s -s bench/scale/statuses.lua "$2" > /dev/null   # warm-up
  for i in $(seq 1 "$RUNS"); do
    SESSIONS="$sessions" wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -s bench/scale/statuses.lua "$2" | report "$1"
  done
}
echo "== wrk: ${RUNS} runs of ${SECONDS_PER_RUN} s, ${CONNECTIONS} connections, 2 threads (median of the runs below)"
RESULTS="$WORK/wrk.txt"; : > "$RESULTS"
measure home-direct "http://127.0.0.1:$PORT_A/" | tee -a "$RESULTS"
measure home-nginx "http://127.0.0.1:$PORT_LB/" | tee -a "$RESULTS"
measure signedin-direct "http://127.0.0.1:$PORT_A/notifications" signed-in | tee -a "$RESULTS"
measure signedin-nginx "http://127.0.0.1:$PORT_LB/notifications" signed-in | tee -a "$RESULTS"
echo "== medians"
printf "%-16s %10s %9s %9s %s\n" what "req/s" "p50 ms" "p99 ms" "answers (all runs)"
for what in home-direct home-nginx signedin-direct signedin-nginx; do
  grep "^$what " "$RESULTS" | python3 -c '
import sys, statistics
rows = [l.split() for l in sys.stdin]
med = lambda i: statistics.median(float(r[i]) for r in rows)
print(f"{rows[0][0]:<16} {med(1):10.1f} {med(2):9.2f} {med(3):9.2f} " + " ".join(r[5] + ("" if r[4] == "0" else f"+{r[4]}sock") for r in rows))'
done
echo "answers per upstream through nginx (all wrk runs): $(awk '{print $NF}' "$WORK/access.log" | sort | uniq -c | tr '\n' ' ')"
echo "signed-in pages on each node directly, one after the other (5 s each, as above):"
for node in "A:$PORT_A" "B:$PORT_B"; do
  wrk -t2 -c"$CONNECTIONS" -d5s -s bench/scale/statuses.lua "http://127.0.0.1:${node#*:}/notifications" \
    | report "signedin-node-${node%%:*}"
done

echo "== kill -9 of node B 10 s into a 30 s run through nginx (load.py, $CONNECTIONS workers, home and signed-in page)"
python3 bench/scale/load.py "http://127.0.0.1:$PORT_LB" 30 "$CONNECTIONS" "$SESSION" "$WORK/kill-run.csv" 10 "$NODE_B" \
  | tee "$WORK/kill-run.out"
KILL_AT=$(grep -o 'killed [0-9.]* s' "$WORK/kill-run.out" | awk '{print $2}')
python3 bench/scale/kill-report.py "$WORK/kill-run.csv" "$KILL_AT" "127.0.0.1:$PORT_B"
echo "nginx error log during the run (what it met on the killed node, each then retried on node A if it could):"
grep -oE 'connect\(\) failed \([0-9]+: [^)]*\)|upstream prematurely closed connection|recv\(\) failed \([0-9]+: [^)]*\)|upstream server temporarily disabled|no live upstreams' \
  "$WORK/nginx-error.log" | sort | uniq -c | sort -rn | sed 's/^/  /'
echo "node A still serving: $(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$PORT_LB/")"
