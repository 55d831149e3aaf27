#!/usr/bin/env bash
# Builds the installable QGIS plugin zip: target/dipmix-qgis-plugin.zip holding the folder dipmix/ (what QGIS'
# "Plugins > Manage and Install Plugins > Install from ZIP" expects). Only the plugin's sources go in: no tests,
# no __pycache__. Usage: scripts/build-qgis-plugin.sh [output.zip]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$repo/target/dipmix-qgis-plugin.zip}"
mkdir -p "$(dirname "$out")"
/usr/bin/python3 - "$repo/qgis-plugin/dipmix" "$out" <<'PY'
import os
import sys
import zipfile

source, out = sys.argv[1], sys.argv[2]
with open(os.path.join(source, 'metadata.txt'), encoding='utf-8') as f:
    if 'hasProcessingProvider=yes' not in f.read():
        sys.exit('build-qgis-plugin: metadata.txt lacks hasProcessingProvider=yes')
partial = out + '.part'
with zipfile.ZipFile(partial, 'w', zipfile.ZIP_DEFLATED) as z:
    for folder, dirs, files in os.walk(source):
        dirs[:] = sorted(d for d in dirs if d != '__pycache__')
        for name in sorted(files):
            if name.endswith(('.pyc', '.pyo')):
                continue
            path = os.path.join(folder, name)
            # fixed timestamps: the same sources give the same zip
            name = 'dipmix/' + os.path.relpath(path, source).replace(os.sep, '/')
            info = zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with open(path, 'rb') as f:
                z.writestr(info, f.read())
os.replace(partial, out)
print(out)
PY
