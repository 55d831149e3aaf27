#!/usr/bin/env bash
# Runtime stage: the JRE, the GDAL runtime library and curl for the health check; nothing else.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless libgdal32 curl ca-certificates >/dev/null
rm -rf /var/lib/apt/lists/*
