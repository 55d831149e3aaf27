#!/usr/bin/env bash
# Build stage, step 1: toolchain, GDAL runtime and the GDAL JNI library (through the project's setup script).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
bash scripts/setup.sh >/dev/null
# Warm the Maven repository in its own layer so source edits do not download again.
mvn -q -B -ntp dependency:go-offline -DexcludeReactor=true >/dev/null || mvn -q -B -ntp dependency:resolve >/dev/null
