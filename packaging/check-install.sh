#!/usr/bin/env bash
# check-install.sh BUILD_DIR SCRATCH SAMPLES VERSION APP_ID: `cmake --install` of BUILD_DIR
# into SCRATCH/usr, judged by check-root.sh.
set -euo pipefail
build="$1" scratch="$2" samples="$3" version="$4" id="$5"
rm -rf "$scratch"
cmake --install "$build" --prefix "$scratch/usr" >/dev/null
exec "$(dirname "$0")/check-root.sh" "$scratch" "$samples" "$version" "$id"
