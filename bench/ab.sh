#!/usr/bin/env bash
# Compares two builds (or two sets of serve options) fairly on a drifting host: both servers run side by side on
# the same store ($BOXOFFICE_HOME) and wrk alternates between them, so the host's drift hits both alike.
# Usage: bench/ab.sh JAR_A JAR_B [ROUNDS] [PATH] [LUA] [WRK_ARGS]
#   e.g. bench/ab.sh /tmp/before.jar target/boxoffice.jar 4
#        bench/ab.sh /tmp/before.jar target/boxoffice.jar 3 /batch_predict bench/batch_predict.lua "-t1 -c1"
# Extra serve options per side: SERVE_A="--threads 6" SERVE_B="--threads 8"; extra JVM options per side:
# JAVA_B="-XX:+UseTransparentHugePages" (both sides start from the JVM options ./boxoffice serve uses).
set -euo pipefail
jar_a=$1; jar_b=$2; rounds=${3:-4}; path=${4:-/predict}; here=$(cd "$(dirname "$0")" && pwd)
lua=${5:-$here/predict.lua}; wrk_args=${6:--t2 -c16}
export MALLOC_ARENA_MAX=2
serve() { java -Xmx160m -XX:+UseParallelGC -XX:+IgnoreUnrecognizedVMOptions -XX:TrimNativeHeapInterval=5000 $4 -Djava.awt.headless=true -jar "$1" serve --port "$2" $3 >/dev/null 2>&1 & }
serve "$jar_a" 8001 "${SERVE_A:-}" "${JAVA_A:-}"; pid_a=$!
serve "$jar_b" 8002 "${SERVE_B:-}" "${JAVA_B:-}"; pid_b=$!
trap 'kill $pid_a $pid_b 2>/dev/null' EXIT
for port in 8001 8002; do
  for _ in $(seq 180); do curl -sf "localhost:$port/health" >/dev/null && break; sleep 1; done
  wrk $wrk_args -d5s -s "$lua" "http://127.0.0.1:$port$path" >/dev/null
done
for r in $(seq "$rounds"); do
  for port in 8001 8002; do
    out=$(wrk $wrk_args -d10s --latency -s "$lua" "http://127.0.0.1:$port$path")
    side=$([ $port = 8001 ] && echo A || echo B)
    echo "round $r $side: $(echo "$out" | awk '/Requests\/sec/ {r=$2} $1=="50%" {p50=$2} $1=="99%" {p99=$2} END {printf "%s req/s, p50 %s, p99 %s", r, p50, p99}')"
  done
done
