#!/usr/bin/env bash
# check-deb.sh [--lintian] DEB SAMPLES VERSION APP_ID
#
# The Debian package as apt would install it: its control fields (Depends computed by
# dpkg-shlibdeps must name the Qt 6 libraries, QCustomPlot, libarchive, ISA-L and simdjson),
# its file list (nothing outside /usr, no default-application list), a stripped binary whose
# debug info is in the -dbgsym package beside it, and then, unpacked with dpkg-deb -x into a
# scratch root, everything check-root.sh asks of an install. With --lintian, lintian judges
# the package too: errors fail, warnings and infos are printed and kept in lintian.txt beside
# DEB (docs/PACKAGING.md lists the ones kept and why).
set -euo pipefail
lint=0
if [ "${1:-}" = --lintian ]; then lint=1; shift; fi
deb="$1" samples="$2" version="$3" id="$4"
command -v dpkg-deb >/dev/null || { echo "check-deb: dpkg-deb is missing" >&2; exit 1; }
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = routescope ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version), not $version"
[ "$(field Architecture)" = amd64 ] || fail "Architecture: $(field Architecture)"
[ -n "$(field Section)" ] || fail "no Section"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
depends="$(field Depends)"
# The package names alone, one per line ("libfoo (>= 1), libbar" → libfoo, libbar).
depends_names="$(tr ',' '\n' <<<"$depends" | sed 's/([^)]*)//; s/|.*//; s/ //g')"
for lib in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libqt6printsupport6 \
  libqcustomplot2.1-qt6 libarchive13 libisal2 libsimdjson14 libre2-9; do
  grep -qxF "$lib" <<<"$depends_names" || fail "Depends lacks $lib (shlibdeps): $depends"
done
# Versioned, as dpkg-shlibdeps writes them: an unversioned Depends means shlibdeps did not run.
grep -Eq 'libqt6core6 \(>= 6' <<<"$depends" || fail "Depends carries no shlibdeps versions: $depends"

contents="$(dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|')"
outside="$(grep -v '^/usr/' <<<"$contents" | grep -vx '/' || true)"
[ -z "$outside" ] || fail "files outside /usr: $outside"
grep -qE 'mimeapps\.list|defaults\.list' <<<"$contents" && fail "the package sets default applications"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
dpkg-deb -x "$deb" "$scratch/root"
binary="$scratch/root/usr/bin/routescope"
if [ -x "$binary" ]; then
  file "$binary" | grep -q ', stripped' || fail "the packaged binary is not stripped: $(file -b "$binary")"
  # The -dbgsym package holds the debug info under the binary's build id.
  build_id="$(file -b "$binary" | sed -n 's/.*BuildID\[sha1\]=\([0-9a-f]*\).*/\1/p')"
  dbgsym="$(dirname "$deb")/routescope-dbgsym_${version}_amd64.ddeb"
  if [ ! -f "$dbgsym" ]; then
    fail "no $(basename "$dbgsym") beside the package"
  elif [ -z "$build_id" ]; then
    fail "the binary has no build id"
  else
    dpkg-deb -c "$dbgsym" | grep -q "/usr/lib/debug/.build-id/${build_id:0:2}/${build_id:2}.debug\$" ||
      fail "$(basename "$dbgsym") has no debug info for build id $build_id"
  fi
fi

"$(dirname "$0")/check-root.sh" "$scratch/root" "$samples" "$version" "$id" || fail "the unpacked package (above)"

if [ "$lint" -eq 1 ]; then
  command -v lintian >/dev/null || { echo "check-deb: lintian is missing" >&2; exit 1; }
  status=0
  report="$(dirname "$deb")/lintian.txt"
  lintian --fail-on error --display-info "$deb" >"$scratch/lintian.raw" 2>&1 || status=$?
  # lintian's note that it runs as root is about the machine, not the package.
  grep -v 'running with root privileges' "$scratch/lintian.raw" >"$report" || true
  cat "$report"
  [ "$status" -eq 0 ] || fail "lintian reports errors (exit $status)"
  echo "lintian: $(grep -c '^E:' "$report" || true) errors, $(grep -c '^W:' "$report" || true) warnings," \
    "$(grep -c '^I:' "$report" || true) infos (kept in $report)"
fi

[ "$failures" -eq 0 ] || { echo "check-deb: $failures check(s) failed" >&2; exit 1; }
echo "check-deb: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) passed every check"
