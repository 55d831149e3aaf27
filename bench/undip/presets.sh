#!/usr/bin/env bash
# UnDIP presets: accuracy against time on one real scene with seeded noise, the same SiVM endmembers for all,
# each preset at its own default iteration count, through the CLI.
# Usage: bench/undip/presets.sh [scene=samson] [snr=20] [presets="fast deep paper"]
# Results: one JSON line per preset on stdout and in bench/results/undip-presets-<stamp>.jsonl
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DATA=${DIPMIX_DATA:-$ROOT/../shared/data}
SCENE=${1:-samson}
SNR=${2:-20}
PRESETS=${3:-"fast deep paper"}
OUT=$ROOT/bench/results/undip
mkdir -p "$OUT"
res="$ROOT/bench/results/undip-presets-$(date -u +%Y%m%dT%H%M%SZ).jsonl"
declare -A R=([samson]=3 [jasper_ridge]=4 [DC1]=5)
scene_dir=$DATA/$SCENE
[ -d "$scene_dir" ] || scene_dir=$DATA/synthetic/$SCENE
noise=(); [ "$SNR" != clean ] && noise=(--add-noise-snr "$SNR")
for preset in $PRESETS; do
  base="$OUT/$SCENE-$SNR-preset-$preset"
  line=$("$ROOT/dipmix" unmix "$scene_dir/scene.tif" -o "$base.tif" --method undip --preset "$preset" -r "${R[$SCENE]}" \
         --extractor sivm --seed 1 "${noise[@]}" --quiet \
         --reference "$scene_dir/truth_A.tif" --reference-endmembers "$scene_dir/truth_E.csv" | tail -1) \
         || line='{"error":"run failed"}'
  facts=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(json.dumps({k: d.get(k) for k in ('iterationsRun', 'secondsPerIteration', 'finalLoss')} | {'methodSeconds': d['timings']['methodSeconds']}))" "$base.json" 2>/dev/null || echo null)
  echo "{\"scene\":\"$SCENE\",\"snr\":\"$SNR\",\"preset\":\"$preset\",\"run\":$facts,\"metrics\":$line}" | tee -a "$res"
done
