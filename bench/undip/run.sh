#!/bin/bash
# Alternates Java (ND4J) and PyTorch runs of the UnDIP reference network on random Jasper-size data so both
# see the same machine load. Usage: bench/undip/run.sh [iterations] [rounds] [preset]
# Prints one JSON line per run plus the load average before each, then the median ratio java/torch.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-30}
ROUNDS=${2:-3}
PRESET=${3:-paper}
export MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=268435456 MALLOC_TRIM_THRESHOLD_=1073741824 GOMP_SPINCOUNT=10000
mvn -q -B -o test-compile
CP_FILE=target/bench-classpath.txt
[ -s "$CP_FILE" ] || mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
CP="target/classes:target/test-classes:$(cat "$CP_FILE")"
OUT=$(mktemp)
for i in $(seq "$ROUNDS"); do
  echo "# load: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -Xmx4g -cp "$CP" dipmix.bench.UndipBench "$N" 3 "$PRESET" 2>/dev/null | tee -a "$OUT"
  echo "# load: $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/python3 bench/undip/undip_torch.py "$N" 3 | tee -a "$OUT"
done
/usr/bin/python3 - "$OUT" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.startswith('{')]
out = {}
for key in ('median_s', 'cpu_s'):
    j = [r[key] for r in rows if r['impl'] == 'nd4j']
    t = [r[key] for r in rows if r['impl'] != 'nd4j']
    if j and t:
        out['java_' + key] = statistics.median(j)
        out['torch_' + key] = statistics.median(t)
        out['ratio_' + key] = round(statistics.median(j) / statistics.median(t), 3)
print(json.dumps(out))
PY
rm -f "$OUT"
