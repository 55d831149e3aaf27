#!/usr/bin/env bash
# Build stage, step 2: package the jar and lay out an installation at $1 (default /opt/dipmix):
#   $1/dipmix.jar, $1/lib/*.jar, $1/native/libgdalalljni.so, $1/bin/dipmix (launcher)
set -euo pipefail
DEST=${1:-/opt/dipmix}
[ -n "${SKIP_PACKAGE:-}" ] || mvn -q -B -ntp -DskipTests package
JNI_DIR=$(bash scripts/setup.sh | tail -1)
rm -rf "$DEST"; mkdir -p "$DEST/bin" "$DEST/native"
cp target/dipmix.jar "$DEST/"
cp -r target/lib "$DEST/lib"
cp "$JNI_DIR/libgdalalljni.so" "$DEST/native/"
cat > "$DEST/bin/dipmix" <<'LAUNCH'
#!/usr/bin/env bash
HERE=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
exec java ${DIPMIX_JAVA_OPTS:--Xmx4g} -Djava.library.path="$HERE/native" -jar "$HERE/dipmix.jar" "$@"
LAUNCH
chmod +x "$DEST/bin/dipmix"
echo "installed to $DEST"
