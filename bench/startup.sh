#!/usr/bin/env bash
# Start-up time and memory after start of target/innohub.jar on the embedded database.
# Usage: bench/startup.sh [runs]   (default 5). Prints one line per run and the medians.
# Each run: a fresh ./data in a temp dir (first start: schema + admin + demo province), then a second start on the
# same data (restart). Measures wall time until /actuator/health/readiness answers UP, Spring's own "Started … in"
# time, the process RSS and the JVM heap in use right after start.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
JAR=target/innohub.jar
[ -f "$JAR" ] || ./mvnw -q -DskipTests package
PORT="${PORT:-18080}"
PASS=bench-admin-password

measure() { # $1 = data dir, $2 = label
  local dir="$1" label="$2" log="$1/app.log" start end pid
  start=$(date +%s%N)
  (cd "$dir" && INNOHUB_ADMIN_PASSWORD=$PASS PORT=$PORT exec java -jar "$OLDPWD/$JAR" >"$log" 2>&1) &
  pid=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null | grep -q UP; do
    sleep 0.05
    kill -0 "$pid" 2>/dev/null || { echo "app died, see $log" >&2; exit 1; }
  done
  end=$(date +%s%N)
  sleep 2
  local jpid; jpid=$(pgrep -f "java -jar $OLDPWD/$JAR" | head -n 1)
  local rss; rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$jpid/status")
  local heap; heap=$(curl -fs -u "admin:$PASS" "http://127.0.0.1:$PORT/actuator/metrics/jvm.memory.used?tag=area:heap" \
    | sed -E 's/.*"value":([0-9.E]+).*/\1/' | awk '{printf "%d", $1/1048576}')
  local spring; spring=$(grep -oE 'Started InnohubApplication in [0-9.]+' "$log" | awk '{print $4}')
  kill "$jpid"; wait "$pid" 2>/dev/null || true
  echo "$label ready_ms=$(( (end - start) / 1000000 )) spring_s=$spring rss_mb=$rss heap_mb=$heap"
}

results=$(mktemp)
for i in $(seq 1 "$RUNS"); do
  dir=$(mktemp -d)
  measure "$dir" first | tee -a "$results"
  measure "$dir" restart | tee -a "$results"
  rm -rf "$dir"
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for label in first restart; do
  for key in ready_ms spring_s rss_mb heap_mb; do
    v=$(grep "^$label " "$results" | grep -oE "$key=[0-9.]+" | cut -d= -f2 | median)
    printf '%s median %s=%s\n' "$label" "$key" "$v"
  done
done
rm -f "$results"
