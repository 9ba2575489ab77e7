#!/usr/bin/env bash
# Runs the HTTP benchmarks of docs/benchmarks.md against a running `boxoffice serve` and prints its
# resident memory. Usage: bench/http.sh [BASE_URL] [SERVER_PID]
set -euo pipefail
base=${1:-http://127.0.0.1:8000}
pid=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
curl -fsS -o /dev/null "$base/health" || { echo "no healthy server at $base (is a model promoted?)" >&2; exit 3; }
echo "== warm-up"
wrk -t2 -c16 -d5s -s "$here/predict.lua" "$base/predict" >/dev/null
wrk -t1 -c1 -d5s -s "$here/batch_predict.lua" "$base/batch_predict" >/dev/null
echo "== /predict, reference request (wrk -t2 -c16 -d15s)"
wrk -t2 -c16 -d15s --latency -s "$here/predict.lua" "$base/predict"
echo "== /predict?explain=false, reference request (wrk -t2 -c16 -d15s)"
wrk -t2 -c16 -d15s --latency -s "$here/predict.lua" "$base/predict?explain=false"
echo "== /predict, rich pre-release request (wrk -t2 -c16 -d15s)"
wrk -t2 -c16 -d15s --latency -s "$here/predict_pre_release.lua" "$base/predict"
echo "== /batch_predict, 1,000 films, one at a time (wrk -t1 -c1 -d15s)"
wrk -t1 -c1 -d15s --latency -s "$here/batch_predict.lua" "$base/batch_predict"
if [ -n "$pid" ]; then
  echo "== resident memory of $pid: $(( $(awk '/VmRSS/ {print $2}' /proc/"$pid"/status) / 1024 )) MB"
  echo "   peak: $(( $(awk '/VmHWM/ {print $2}' /proc/"$pid"/status) / 1024 )) MB"
fi
