#!/usr/bin/env bash
# Idempotent set-up for dipmix on Debian bookworm:
#  1. the GDAL runtime (libgdal32, gdal-bin) and the build tools, from Debian's packages, when missing;
#  2. GDAL's Java JNI library (libgdalalljni.so), built with SWIG against the installed GDAL from
#     Debian's own source package, cached under ~/.cache/dipmix/gdal-jni/<gdal-version> and published
#     atomically; a cache hit costs a few milliseconds.
# Prints what it does. Downloads only from the Debian archive configured on the machine.
# Prints the JNI directory on the last line of stdout (used by ./dipmix and .ci/run).
set -euo pipefail

log() { echo "[setup] $*" >&2; }
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

CACHE_ROOT="${DIPMIX_CACHE:-$HOME/.cache/dipmix}"
JNI_ROOT="$CACHE_ROOT/gdal-jni"

need_pkgs=()
for p in libgdal32 gdal-bin swig g++ openjdk-17-jdk-headless maven dpkg-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need_pkgs+=("$p")
done
APT_UPDATED=""
apt_update() {
  if [ -z "$APT_UPDATED" ]; then log "apt-get update"; $SUDO apt-get update -qq >&2; APT_UPDATED=1; fi
}
if [ ${#need_pkgs[@]} -gt 0 ]; then
  apt_update
  log "installing ${need_pkgs[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >&2
fi

GDAL_DEB_VERSION=$(dpkg-query -W -f='${Version}' libgdal32)
GDAL_SRC_VERSION=$(dpkg-query -W -f='${source:Version}' libgdal32)   # differs on binNMUs (+bN)
KEY=$(printf %s "$GDAL_DEB_VERSION" | tr -c 'A-Za-z0-9.+-' '_')
TARGET="$JNI_ROOT/$KEY"
if [ -f "$TARGET/libgdalalljni.so" ]; then
  log "GDAL JNI library cached for libgdal32 $GDAL_DEB_VERSION: $TARGET"
  ln -sfn "$KEY" "$JNI_ROOT/current.tmp.$$" && mv -Tf "$JNI_ROOT/current.tmp.$$" "$JNI_ROOT/current"
  echo "$TARGET"
  exit 0
fi

log "building the GDAL JNI library for libgdal32 $GDAL_DEB_VERSION (about a minute)"
mkdir -p "$JNI_ROOT"
WORK=$(mktemp -d "$JNI_ROOT/build.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

# Headers from libgdal-dev's .deb without installing it (it pulls ~90 packages).
log "fetching libgdal-dev headers"
(apt-get download "libgdal-dev=$GDAL_DEB_VERSION" >/dev/null 2>&1) || { apt_update; apt-get download "libgdal-dev=$GDAL_DEB_VERSION" >&2; }
dpkg-deb -x libgdal-dev_*.deb dev

# SWIG interface files come only with GDAL's source package.
SRC_LIST=/etc/apt/sources.list.d/dipmix-deb-src.sources
if ! apt-get source --download-only "gdal=$GDAL_SRC_VERSION" >/dev/null 2>&1; then
  if [ ! -f "$SRC_LIST" ]; then
    log "adding a deb-src entry for bookworm ($SRC_LIST)"
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\nTypes: deb-src\nURIs: http://deb.debian.org/debian-security\nSuites: bookworm-security\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' | $SUDO tee "$SRC_LIST" >/dev/null
  fi
  APT_UPDATED=""; apt_update
  log "fetching the gdal source package"
  apt-get source --download-only "gdal=$GDAL_SRC_VERSION" >&2
fi
ORIG=$(ls gdal_*.orig.tar.* | head -1)
log "extracting SWIG interfaces from $ORIG"
tar -xf "$ORIG" --wildcards '*/swig/include/*' '*/ogr/ogr_srs_api.h' '*/VERSION'
SRCDIR=$(ls -d gdal-*/ | head -1)
SRCDIR=${SRCDIR%/}

JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
INC="-I$WORK/dev/usr/include/gdal -I$WORK/$SRCDIR/ogr -I$JAVA_HOME/include -I$JAVA_HOME/include/linux"
mkdir -p java obj
SWIGINC="-I$WORK/$SRCDIR/swig/include -I$WORK/$SRCDIR/swig/include/java -I$WORK/dev/usr/include/gdal"
for m in gdal ogr osr gnm; do
  log "swig $m"
  mkdir -p "java/org/gdal/$m"
  swig -java -c++ -package "org.gdal.$m" -outdir "java/org/gdal/$m" $SWIGINC -DSWIGJAVA \
       -o "obj/${m}_wrap.cpp" "$WORK/$SRCDIR/swig/include/$m.i" 2>>swig.log
done
log "swig gdalconst"
mkdir -p java/org/gdal/gdalconst
swig -java -package org.gdal.gdalconst -outdir java/org/gdal/gdalconst $SWIGINC -DSWIGJAVA \
     -o obj/gdalconst_wrap.c "$WORK/$SRCDIR/swig/include/gdalconst.i" 2>>swig.log

log "compiling (2 jobs)"
pids=()
for f in obj/*_wrap.cpp; do
  g++ -O2 -fPIC -w -fno-strict-aliasing $INC -c "$f" -o "${f%.cpp}.o" & pids+=($!)
  if [ ${#pids[@]} -ge 2 ]; then wait "${pids[0]}"; pids=("${pids[@]:1}"); fi
done
gcc -O2 -fPIC -w $INC -c obj/gdalconst_wrap.c -o obj/gdalconst_wrap.o
for p in "${pids[@]}"; do wait "$p"; done
LIBGDAL=$(ls /usr/lib/*/libgdal.so.32 | head -1)
g++ -shared -o libgdalalljni.so obj/*_wrap.o "$LIBGDAL" -Wl,-z,defs

STAGE="$JNI_ROOT/.stage.$KEY.$$"
rm -rf "$STAGE"; mkdir -p "$STAGE"
cp libgdalalljni.so "$STAGE/"
echo "$GDAL_DEB_VERSION" > "$STAGE/GDAL_VERSION"
rm -rf "$TARGET"
mv -T "$STAGE" "$TARGET"
ln -sfn "$KEY" "$JNI_ROOT/current.tmp.$$" && mv -Tf "$JNI_ROOT/current.tmp.$$" "$JNI_ROOT/current"
log "GDAL JNI library ready: $TARGET"
echo "$TARGET"
