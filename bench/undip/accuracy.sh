#!/usr/bin/env bash
# UnDIP against FCLSU with the same SiVM endmembers, on real scenes with seeded white noise, through the CLI.
# Usage: bench/undip/accuracy.sh [iterations=3000] [snrs="20 30 clean"] [scenes="samson jasper_ridge"]
#   [endmembers=sivm|reference]: reference gives both methods the scene's true spectra (truth_E.csv), which
#   isolates the abundance estimation (the deep image prior's denoising) from endmember errors; any further
#   arguments go to the UnDIP runs only (e.g. --stop-at-noise)
# Results: one JSON line per run on stdout and in bench/results/undip-accuracy-<stamp>.jsonl
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DATA=${DIPMIX_DATA:-$ROOT/../shared/data}
ITERS=${1:-3000}
SNRS=${2:-"20 30 clean"}
SCENES=${3:-"samson jasper_ridge"}
EM=${4:-sivm}
shift $(( $# < 4 ? $# : 4 ))
OUT=$ROOT/bench/results/undip
mkdir -p "$OUT"
res="$ROOT/bench/results/undip-accuracy-$(date -u +%Y%m%dT%H%M%SZ).jsonl"
declare -A R=([samson]=3 [jasper_ridge]=4)
for scene in $SCENES; do
  for snr in $SNRS; do
    noise=(); [ "$snr" != clean ] && noise=(--add-noise-snr "$snr")
    source=(-r "${R[$scene]}" --extractor sivm); tag=$scene-$snr
    [ "$EM" = reference ] && source=(--endmembers "$DATA/$scene/truth_E.csv") && tag=$scene-$snr-reference
    for m in fclsu undip; do
      extra=(); [ "$m" = undip ] && extra=(--iterations "$ITERS" "$@")
      line=$("$ROOT/dipmix" unmix "$DATA/$scene/scene.tif" -o "$OUT/$tag-$m.tif" --method "$m" "${source[@]}" \
             --seed 1 "${noise[@]}" "${extra[@]}" --quiet \
             --reference "$DATA/$scene/truth_A.tif" --reference-endmembers "$DATA/$scene/truth_E.csv" | tail -1) \
             || line='{"error":"run failed"}'
      spi=$(python3 -c "import json,sys; print(json.dumps(json.load(open(sys.argv[1])).get('secondsPerIteration')))" "$OUT/$tag-$m.json" 2>/dev/null || echo null)
      ran=$(python3 -c "import json,sys; print(json.dumps(json.load(open(sys.argv[1])).get('iterationsRun')))" "$OUT/$tag-$m.json" 2>/dev/null || echo null)
      echo "{\"scene\":\"$scene\",\"snr\":\"$snr\",\"endmembers\":\"$EM\",\"method\":\"$m\",\"flags\":\"$*\",\"iterations\":$ITERS,\"iterationsRun\":$ran,\"secondsPerIteration\":$spi,\"metrics\":$line}" | tee -a "$res"
    done
  done
done
