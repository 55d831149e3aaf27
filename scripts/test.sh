#!/usr/bin/env bash
# The project's test command: set-up (idempotent), then every test against the real GDAL.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
JNI_DIR=$(bash scripts/setup.sh | tail -1)
export MALLOC_ARENA_MAX=2
mvn -B -ntp verify -Dgdal.jni.dir="$JNI_DIR" "$@"
