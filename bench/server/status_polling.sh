#!/usr/bin/env bash
# Status-polling latency while a long CPU-bound job runs: 50 concurrent clients (wrk) poll GET /jobs/{id}.
# Usage: bench/server/status_polling.sh [duration_s] [connections]   (from the repository root; needs wrk)
#   MODE=undip runs the real server (./dipmix serve) training UnDIP on the demo scene instead of the
#   test-only spin process.
# Prints wrk's latency distribution and error counts; appends a summary line to bench/server/results.txt.
set -euo pipefail
DUR=${1:-20}
CONN=${2:-50}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
command -v wrk >/dev/null || { echo "wrk not installed (apt-get install wrk)"; exit 2; }
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
WORK=$(mktemp -d)
PORT=${PORT:-18080}
if [ "${MODE:-spin}" = undip ]; then
  mkdir -p "$WORK/data" "$WORK/jobs"
  cp test-data/demo/scene.tif "$WORK/data/"
  ./dipmix serve --port "$PORT" --data-dir "$WORK/data" --jobs-dir "$WORK/jobs" > "$WORK/server.log" 2>&1 &
  BODY='{"inputs":{"input":{"href":"scene.tif"},"method":"undip","endmembers":4,"iterations":3000}}'
  PROCESS=unmix
else
  java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/cp.txt)" dipmix.server.DevServer "$PORT" "$WORK/data" "$WORK/jobs" \
    > "$WORK/server.log" 2>&1 &
  BODY="{\"inputs\":{\"seconds\":$((DUR + 15))}}"
  PROCESS=spin
fi
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.2; done
JOB=$(curl -sf -X POST -H 'Content-Type: application/json' -H 'Prefer: respond-async' \
  -d "$BODY" "http://127.0.0.1:$PORT/processes/$PROCESS/execution" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["jobID"])')
sleep "${WARMUP_S:-2}"
curl -sf "http://127.0.0.1:$PORT/jobs/$JOB"; echo
# warm-up (JIT), then the measured run
wrk -t2 -c"$CONN" -d5s "http://127.0.0.1:$PORT/jobs/$JOB" >/dev/null
OUT=$(wrk -t2 -c"$CONN" -d"${DUR}s" --latency "http://127.0.0.1:$PORT/jobs/$JOB")
echo "$OUT"
STATUS=$(curl -sf "http://127.0.0.1:$PORT/jobs/$JOB" | python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["status"], s["progress"])')
P50=$(echo "$OUT" | awk '$1=="50%"{print $2}')
P99=$(echo "$OUT" | awk '$1=="99%"{print $2}')
RPS=$(echo "$OUT" | awk '/Requests\/sec/{print $2}')
NON2XX=$(echo "$OUT" | awk '/Non-2xx/{print $NF}')
SOCK=$(echo "$OUT" | awk '/Socket errors/{print}')
echo "$(date -u +%Y-%m-%dT%H:%MZ) host=$(hostname) cores=$(nproc) conn=$CONN dur=${DUR}s p50=$P50 p99=$P99 rps=$RPS non2xx=${NON2XX:-0} ${SOCK:-socket_errors=0} mode=${MODE:-spin} job_during=\"$STATUS\"" \
  | tee -a bench/server/results.txt
