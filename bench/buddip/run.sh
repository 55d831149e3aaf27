#!/usr/bin/env bash
# BUDDIP against its guidance (SiVM + FCLSU) through the CLI, on DC1 (and any scene folder with scene.tif,
# truth_A.tif and truth_E.csv) at several seeded SNRs. The result is the final exponential average; nothing is
# picked with the truth. Usage: bench/buddip/run.sh [iterations=1000] [snrs="15 20 25 30 clean"]
#   [scenes="synthetic/DC1"] [extra CLI flags...]
# Results: one JSON line per run on stdout and in bench/results/buddip-<stamp>.jsonl
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DATA=${DIPMIX_DATA:-$ROOT/../shared/data}
ITERS=${1:-1000}
SNRS=${2:-"15 20 25 30 clean"}
SCENES=${3:-"synthetic/DC1"}
shift $(( $# < 3 ? $# : 3 ))
OUT=$ROOT/bench/results/buddip
mkdir -p "$OUT"
res="$ROOT/bench/results/buddip-$(date -u +%Y%m%dT%H%M%SZ).jsonl"
for scene in $SCENES; do
  r=$(head -1 "$DATA/$scene/truth_E.csv" | awk -F, '{print NF - 1}')
  tag=$(basename "$scene")
  for snr in $SNRS; do
    noise=(); [ "$snr" != clean ] && noise=(--add-noise-snr "$snr")
    out="$OUT/$tag-$snr.tif"
    if "$ROOT/dipmix" unmix "$DATA/$scene/scene.tif" -o "$out" --method buddip -r "$r" --iterations "$ITERS" \
         --seed 1 "${noise[@]}" "$@" --quiet \
         --reference "$DATA/$scene/truth_A.tif" --reference-endmembers "$DATA/$scene/truth_E.csv" >/dev/null; then
      line=$(python3 - "${out%.tif}.json" "$tag" "$snr" <<'PY'
import json, sys
rep = json.load(open(sys.argv[1]))
def pick(m):
    return {k: round(m[k], 4) for k in ("aSadDegrees", "aRmse", "rmseTimes100")} if m else None
print(json.dumps({"scene": sys.argv[2], "snr": sys.argv[3], "iterations": rep.get("iterationsRun"),
                  "secondsPerIteration": rep.get("secondsPerIteration"),
                  "guidance": pick(rep.get("guidanceMetrics")), "buddip": pick(rep.get("metrics"))}))
PY
)
    else
      line="{\"scene\":\"$tag\",\"snr\":\"$snr\",\"error\":\"run failed\"}"
    fi
    echo "$line" | tee -a "$res"
  done
done
