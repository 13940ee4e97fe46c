#!/usr/bin/env bash
# check-root.sh ROOT SAMPLES VERSION APP_ID
#
# What a desktop and a shell need from an installed RouteScope under ROOT (ROOT/usr/bin/…):
# the files in their places, named after the AppStream id APP_ID; the desktop entry, metainfo
# and MIME type accepted by their validators; .rscase as RouteScope's own type and bundles
# only offered (Open With); icons of the sizes their folders claim; a man page that renders
# without warnings; completions that offer commands, options and values; and the installed
# binary answering --version, help and summary. check-install.sh runs it on `cmake --install`,
# check-deb.sh on the unpacked .deb. A validator that is not installed is reported as skipped,
# never silently passed (./dev test and ./dev package install them all).
set -euo pipefail
top="$1" samples="$2" version="$3" id="$4"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
skip() { echo "SKIP: $*"; }
has() { command -v "$1" >/dev/null 2>&1; }

root="$top/usr"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
desktop="$root/share/applications/$id.desktop"
metainfo="$root/share/metainfo/$id.metainfo.xml"
mime="$root/share/mime/packages/$id.xml"

for f in bin/routescope "share/applications/$id.desktop" "share/metainfo/$id.metainfo.xml" \
  "share/mime/packages/$id.xml" "share/icons/hicolor/scalable/apps/$id.svg" \
  share/man/man1/routescope.1.gz share/bash-completion/completions/routescope \
  share/zsh/vendor-completions/_routescope share/doc/routescope/copyright share/doc/routescope/changelog.gz; do
  [ -s "$root/$f" ] || fail "missing $f"
done
for size in 16 22 24 32 48 64 128 256 512; do
  png="$root/share/icons/hicolor/${size}x${size}/apps/$id.png"
  if [ ! -s "$png" ]; then
    fail "missing ${size}x${size} icon"
  elif has file; then
    file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not ${size}x${size}: $(file -b "$png")"
  fi
done

# The id names everything a desktop matches: desktop entry, metainfo, MIME type's icon, icons.
xml_value() { # xml_value FILE XPATH: the text or attribute (XPATH ending in /@name) at XPATH
  python3 - "$@" <<'PY'
import sys, xml.etree.ElementTree as ET
path, xpath = sys.argv[1], sys.argv[2]
ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
node_path, _, attr = xpath.partition("/@")
for node in ET.parse(path).getroot().findall(node_path, ns):
    print(node.get(attr) if attr else node.text)
PY
}
for xml in "$metainfo" "$mime"; do
  python3 -c 'import sys, xml.etree.ElementTree as ET; ET.parse(sys.argv[1])' "$xml" 2>/dev/null ||
    fail "$xml is not well-formed XML"
done
grep -qx "Icon=$id" "$desktop" || fail "the desktop entry's icon is not $id"
[ "$(xml_value "$metainfo" id)" = "$id" ] || fail "the metainfo id is not $id"
[ "$(xml_value "$metainfo" "launchable[@type='desktop-id']")" = "$id.desktop" ] ||
  fail "the metainfo launches no $id.desktop"
[ "$(xml_value "$metainfo" project_license)" = MIT ] || fail "the metainfo's project_license is not MIT"
[ "$(xml_value "$metainfo" metadata_license)" = CC0-1.0 ] || fail "the metainfo's metadata_license is not CC0-1.0"
[ -n "$(xml_value "$metainfo" "content_rating/@type")" ] || fail "the metainfo has no content_rating"
[ "$(xml_value "$metainfo" "releases/release/@version" | head -n1)" = "$version" ] ||
  fail "the metainfo's newest <release> is not $version"

if has desktop-file-validate; then
  desktop-file-validate "$desktop" || fail "desktop-file-validate"
else
  skip "desktop-file-validate (desktop-file-utils) not installed"
fi
# Warnings fail too (appstreamcli's exit status); pedantic notes (an id with capitals, the
# reverse-DNS convention of e.g. org.kde.*) do not.
if has appstreamcli; then
  appstreamcli validate --no-net "$metainfo" >"$scratch/appstream.txt" 2>&1 ||
    fail "appstreamcli validate: $(cat "$scratch/appstream.txt")"
  grep -qE '^[EW]:' "$scratch/appstream.txt" && fail "appstreamcli: $(grep -E '^[EW]:' "$scratch/appstream.txt")"
else
  skip "appstreamcli (appstream) not installed"
fi

# MIME. .rscase is RouteScope's own type: the only type its MIME file defines, with the glob
# and RouteScope's icon. Bundles are types of shared-mime-info that the desktop entry lists
# (MimeType=), which file managers offer under Open With; a default is only ever set by a
# mimeapps.list, and none is installed.
[ "$(xml_value "$mime" "m:mime-type/@type")" = application/x-routescope-case ] ||
  fail "the MIME file must define exactly application/x-routescope-case: $(xml_value "$mime" "m:mime-type/@type" | tr '\n' ' ')"
[ "$(xml_value "$mime" "m:mime-type[@type='application/x-routescope-case']/m:glob/@pattern")" = '*.rscase' ] || fail "the .rscase glob is missing"
[ "$(xml_value "$mime" "m:mime-type[@type='application/x-routescope-case']/m:icon/@name")" = "$id" ] || fail "the .rscase type's icon is not $id"
if has update-mime-database; then
  mkdir -p "$scratch/mime"
  cp -r "$root/share/mime/packages" "$scratch/mime/"
  update-mime-database "$scratch/mime" >/dev/null 2>&1 || fail "update-mime-database"
  grep -qx '[0-9]*:application/x-routescope-case:\*\.rscase' "$scratch/mime/globs2" ||
    fail ".rscase is not in the MIME globs: $(cat "$scratch/mime/globs2")"
else
  skip "update-mime-database (shared-mime-info) not installed"
fi
opened=(application/x-routescope-case application/x-compressed-tar application/x-tar application/zip application/gzip)
if has update-desktop-database; then
  cp -r "$root/share/applications" "$scratch/applications"
  update-desktop-database "$scratch/applications" || fail "update-desktop-database"
  for type in "${opened[@]}"; do
    grep -qx "$type=$id.desktop;" "$scratch/applications/mimeinfo.cache" ||
      fail "Open With does not offer RouteScope for $type: $(cat "$scratch/applications/mimeinfo.cache")"
  done
else
  skip "update-desktop-database (desktop-file-utils) not installed"
fi
[ -z "$(find "$top" -name 'mimeapps.list' -o -name 'defaults.list' -o -name '*-mimeapps.list')" ] ||
  fail "a default application list is installed"

# The man page renders without groff warnings and lists every command of the help.
if has man; then
  warnings="$(MANWIDTH=100 man --warnings -E UTF-8 -l "$root/share/man/man1/routescope.1.gz" 2>&1 >"$scratch/man.txt")"
  [ -z "$warnings" ] || fail "man reports: $warnings"
  for word in NAME SYNOPSIS COMMANDS OPTIONS "FILTER EXPRESSIONS" "EXIT STATUS" "Error classes"; do
    grep -q "$word" "$scratch/man.txt" || fail "the man page has no $word"
  done
  for command in $("$root/bin/routescope" help | sed -n 's/^  routescope \([a-z][a-z-]*\) .*/\1/p'); do
    grep -q "routescope $command" "$scratch/man.txt" || fail "the man page lacks the command $command"
  done
else
  skip "man (man-db) not installed"
fi

# bash: ask the completion function what it offers, as bash-completion would.
if [ -f /usr/share/bash-completion/bash_completion ]; then
  offers() {
    bash -c 'source /usr/share/bash-completion/bash_completion; source "$1"; shift
      COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
      _routescope routescope "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
      printf "%s\n" "${COMPREPLY[@]}"' _ "$root/share/bash-completion/completions/routescope" "$@"
  }
  expect() { # expect "WORD…" -- COMMAND LINE
    local want="$1"; shift 2
    local got; got="$(offers "$@" | sort | tr '\n' ' ')"
    for w in $want; do
      [[ " $got " == *" $w "* ]] || fail "bash completion of '$*' offers '$got', not $w"
    done
  }
  expect "chart summary requests diagnose routes report help version" -- routescope ""
  expect "timeline backends classes latency" -- routescope chart --kind ""
  expect "de ja en" -- routescope report --lang ""
  expect "time status router host app backend instance class source text" -- routescope summary --filter ""
  expect "--json --filter --threads --progress" -- routescope summary --
  expect "--csv --jsonl" -- routescope requests --
  expect "--at --router" -- routescope routes --
else
  skip "bash completion (bash-completion) not installed"
fi
if has zsh; then
  zsh -n "$root/share/zsh/vendor-completions/_routescope" || fail "zsh cannot parse _routescope"
else
  skip "zsh not installed"
fi

# The installed binary itself.
out="$("$root/bin/routescope" --version)" || fail "--version exits $?"
for library in Qt QCustomPlot libarchive ISA-L simdjson; do
  grep -Eq "^$library [0-9]+\.[0-9]+" <<<"$out" || fail "--version names no $library version: $out"
done
grep -q "^routescope $version\$" <<<"$out" || fail "--version does not start with routescope $version"
# Read the whole text first: grep -q closing the pipe early would fail the pipeline (SIGPIPE).
help_text=$("$root/bin/routescope" help) || fail "help exit status"
grep -q "Filter expressions" <<<"$help_text" || fail "help"
status=0
"$root/bin/routescope" summary "$samples" >"$scratch/summary.txt" 2>/dev/null || status=$?
[ "$status" -le 1 ] && [ -s "$scratch/summary.txt" ] || fail "summary on the samples exits $status"

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed" >&2; exit 1; }
echo "check-root: every check passed in $top"
