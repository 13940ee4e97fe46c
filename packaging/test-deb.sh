#!/usr/bin/env bash
# test-deb.sh CPACK BUILD_DIR SCRATCH SAMPLES VERSION APP_ID: the real package of this build
# tree — CPack's DEB generator with dpkg-shlibdeps and the -dbgsym split, exactly what
# `./dev package` runs — built into SCRATCH, then judged by check-deb.sh (unpacked with
# dpkg-deb -x). Exits 77 (skipped) without dpkg-deb/dpkg-shlibdeps (dpkg-dev).
set -euo pipefail
cpack="$1" build="$2" scratch="$3" samples="$4" version="$5" id="$6"
for tool in dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool (dpkg-dev) not installed"; exit 77; }
done
rm -rf "$scratch"
"$cpack" --config "$build/CPackConfig.cmake" -B "$scratch" >"$build/cpack-test.log" 2>&1 ||
  { cat "$build/cpack-test.log" >&2; exit 1; }
rm -rf "$scratch/_CPack_Packages"
exec "$(dirname "$0")/check-deb.sh" "$scratch/routescope_${version}_amd64.deb" "$samples" "$version" "$id"
