#!/usr/bin/env bash
# Accuracy of the classical methods on the real scenes in ../shared/data, through the product's own CLI.
# For each scene and extractor: extractor + FCLSU, scored against the ground truth (aRMSE, aSAD, ...).
# Usage: bash bench/accuracy/run.sh [methods...]   (default: fclsu). Results: bench/results/accuracy-*.jsonl
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DATA=${DIPMIX_DATA:-$ROOT/../shared/data}
OUT=$ROOT/bench/results/accuracy
mkdir -p "$OUT"
methods=("${@:-fclsu}")
stamp=$(date -u +%Y%m%dT%H%M%SZ)
res="$ROOT/bench/results/accuracy-$stamp.jsonl"
declare -A R=([samson]=3 [jasper_ridge]=4 [DC1]=5)
for scene in samson jasper_ridge synthetic/DC1; do
  name=$(basename "$scene")
  for m in "${methods[@]}"; do
    for x in sivm vca nfindr; do
      o="$OUT/$name-$m-$x.tif"
      line=$("$ROOT/dipmix" unmix "$DATA/$scene/scene.tif" -o "$o" --method "$m" --extractor "$x" -r "${R[$name]}" \
             --seed 1 --reference "$DATA/$scene/truth_A.tif" --reference-endmembers "$DATA/$scene/truth_E.csv" \
             ${EXTRA_ARGS:-} 2>"$o.log" | tail -1) || line="{\"error\":\"see $o.log\"}"
      echo "{\"scene\":\"$name\",\"method\":\"$m\",\"extractor\":\"$x\",\"metrics\":$line}" | tee -a "$res"
    done
  done
done
echo "results: $res" >&2
