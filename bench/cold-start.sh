#!/usr/bin/env bash
# Starts `boxoffice serve` (extra options in SERVE_ARGS), waits until its port answers /health, then runs
# wrk -t2 -c16 -d5s three times in a row against /predict: what the first clients of a fresh server see.
# Usage: BOXOFFICE_HOME=... bench/cold-start.sh   (port 8000 must be free)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
start=$(date +%s.%N)
"$here/../boxoffice" serve --port 8000 ${SERVE_ARGS:-} > "${TMPDIR:-/tmp}/cold-start-serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1200); do curl -sf http://127.0.0.1:8000/health > /dev/null && break; sleep 0.1; done
echo "port answered after $(echo "$(date +%s.%N) - $start" | bc) s"
for run in 1 2 3; do
  wrk -t2 -c16 -d5s --latency -s "$here/predict.lua" http://127.0.0.1:8000/predict \
    | awk -v run=$run '$1=="99%" {p99=$2} /Requests\/sec/ {print "run " run ": " $2 " req/s, p99 " p99}'
done
grep '^boxoffice:' "${TMPDIR:-/tmp}/cold-start-serve.log"
