#!/usr/bin/env bash
# Test-only system packages (idempotent): a real headless QGIS for the style and plugin tests,
# OWSLib for the WPS client test, numpy/scipy for reference computations.
set -euo pipefail
SUDO=""; [ "$(id -u)" != 0 ] && SUDO="sudo"
need=()
for p in python3-qgis qgis-providers python3-owslib python3-numpy python3-scipy; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "[test-deps] installing ${need[*]}" >&2
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need[@]}" >&2
fi
