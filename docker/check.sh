#!/usr/bin/env bash
# Tests the Docker image's build steps where no Docker engine runs (CI): lints the Dockerfile, checks that
# every package the runtime stage installs exists in the Debian archive, runs the build stage's
# install-layout script into a temporary folder, and starts the installed server the way the image does,
# probing it like the HEALTHCHECK. Needs `mvn package` to have run (scripts/test.sh does).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
say() { echo "[docker-check] $*" >&2; }

# 1. lint (dockerfilelint from npm, cached)
LINT_DIR="${DIPMIX_CACHE:-$HOME/.cache/dipmix}/npm"
if [ ! -x "$LINT_DIR/node_modules/.bin/dockerfilelint" ] && command -v npm >/dev/null; then
  say "installing dockerfilelint into $LINT_DIR"
  mkdir -p "$LINT_DIR"
  npm install --silent --prefix "$LINT_DIR" dockerfilelint@1.8.0 >/dev/null 2>&1 || say "npm install failed; lint skipped"
fi
if [ -x "$LINT_DIR/node_modules/.bin/dockerfilelint" ]; then
  say "lint docker/Dockerfile"
  "$LINT_DIR/node_modules/.bin/dockerfilelint" docker/Dockerfile
else
  say "dockerfilelint unavailable (no npm); lint skipped"
fi

# 2. the runtime packages exist for this Debian release
for p in $(grep -oE 'no-install-recommends .*>' docker/runtime-deps.sh | sed 's/no-install-recommends //; s/>.*//'); do
  cand=$(apt-cache policy "$p" 2>/dev/null | awk '/Candidate:/ {print $2}')
  [ -n "$cand" ] && [ "$cand" != "(none)" ] || { echo "runtime package $p not in the archive" >&2; exit 1; }
done
say "runtime packages available"

# 3. the build stage's install layout, then the image's entrypoint and health probe
DEST=$(mktemp -d)
trap 'kill "${PID:-0}" 2>/dev/null || true; rm -rf "$DEST"' EXIT
SKIP_PACKAGE=1 bash docker/build-app.sh "$DEST/opt" >/dev/null
"$DEST/opt/bin/dipmix" --version
mkdir -p "$DEST/data" "$DEST/jobs"
PORT=$((20000 + RANDOM % 20000))
"$DEST/opt/bin/dipmix" serve --bind 127.0.0.1 --port "$PORT" --data-dir "$DEST/data" --jobs-dir "$DEST/jobs" \
  >"$DEST/serve.log" 2>&1 &
PID=$!
for _ in $(seq 1 60); do
  kill -0 "$PID" 2>/dev/null || break
  if curl -fsS "http://127.0.0.1:$PORT/" -H 'Accept: application/json' >/dev/null 2>&1; then
    say "health probe answered on port $PORT"
    exit 0
  fi
  sleep 1
done
cat "$DEST/serve.log" >&2
echo "the installed server did not answer its health probe" >&2
exit 1
