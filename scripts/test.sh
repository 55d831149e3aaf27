#!/usr/bin/env bash
# The project's test command: set-up and test-only packages (both idempotent), then every test against the
# real GDAL and a real headless QGIS.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
JNI_DIR=$(bash scripts/setup.sh | tail -1)
bash scripts/test-deps.sh
export MALLOC_ARENA_MAX=2
mvn -B -ntp verify -Dgdal.jni.dir="$JNI_DIR" "$@"
# the Docker image's build steps, where no Docker engine runs
bash docker/check.sh
