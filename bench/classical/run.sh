#!/bin/sh
# FCLSU speed: dipmix's exact vectorised FCLSU against per-pixel scipy nnls (sum-to-one row trick), same
# scene sizes, one run each. Build first: mvn -o -q package -DskipTests && mvn -o -q test-compile
# Usage: bench/classical/run.sh [snr_db]   Results: bench/results/fclsu_speed.jsonl (and stdout)
set -eu
cd "$(dirname "$0")/../.."
SNR=${1:-30}
OUT=bench/results
mkdir -p "$OUT"
CP="target/classes:target/test-classes:target/lib/*"
export MALLOC_ARENA_MAX=2
run() { # label, command...
  label=$1; shift
  /usr/bin/time -v -o "$OUT/time_$label.txt" "$@" | tee -a "$OUT/fclsu_speed.jsonl"
  grep -E 'Maximum resident set size|Elapsed' "$OUT/time_$label.txt"
}
echo "# $(date -u +%FT%TZ) $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)" | tee -a "$OUT/fclsu_speed.jsonl"
run java_100 java -Xmx8g -cp "$CP" dipmix.bench.FclsuSpeed 100 100 198 4 "$SNR"
run scipy_100 /usr/bin/python3 bench/classical/scipy_nnls_reference.py 100 100 198 4 "$SNR" 1 10000
run java_1000 java -Xmx12g -cp "$CP" dipmix.bench.FclsuSpeed 1000 1000 224 6 "$SNR"
run scipy_1000 /usr/bin/python3 bench/classical/scipy_nnls_reference.py 1000 1000 224 6 "$SNR" 1 20000
