#!/usr/bin/env bash
# ./dev bench --clickhouse [--rows N] [--routers N] [--minutes N] [--rps N] [--budget SECONDS] [--no-doc]
#
# Issue 17's benchmark: push throughput (MB of text and rows per second) next to a local import of
# the same bundle in the same run, then the overview over --rows requests (100 M by default) the way
# the product runs it. A private clickhouse-server (own config, data and free port under the bench
# cache, as tests/core/clickhousefixture.cpp starts one; never the system service) is stopped and
# its data deleted on exit. The pushed requests are copied server-side, shifted by the bundle's
# span each time, until the table holds --rows rows or --budget seconds of copying have passed.
# Prints one Markdown table and writes it, with the conditions, into the "ClickHouse" section of
# docs/PERFORMANCE.md (--no-doc: print only).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${ROUTESCOPE_BENCH_BUILD_DIR:-$here/build-release}"
cache="${ROUTESCOPE_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/routescope-bench}"
target_rows=100000000
routers=3
minutes=30
rps=400
budget=1200
write_doc=1
usage="usage: ./dev bench --clickhouse [--rows N] [--routers N] [--minutes N] [--rps N] [--budget SECONDS] [--no-doc]"
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) target_rows="$2"; shift ;;
    --routers) routers="$2"; shift ;;
    --minutes) minutes="$2"; shift ;;
    --rps) rps="$2"; shift ;;
    --budget) budget="$2"; shift ;;
    --no-doc) write_doc=0 ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
  shift
done

server_bin="${ROUTESCOPE_CLICKHOUSE_SERVER:-$(command -v clickhouse-server || echo /usr/sbin/clickhouse-server)}"
[ -x "$server_bin" ] || { echo "bench: clickhouse-server is not installed (./dev build installs it)" >&2; exit 1; }
for tool in curl python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing" >&2; exit 1; }
done

# The release build of bench/run.sh (same directory, same flags), plus the routescope binary.
if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
    -DROUTESCOPE_BUILD_TESTS=OFF -DROUTESCOPE_BUILD_BENCH=ON -DROUTESCOPE_BUILD_TOOLS=ON >/dev/null
fi
cmake --build "$build_dir" --target routescope gen-bundle
bin="$build_dir/bin"
export QT_QPA_PLATFORM=offscreen
unset ROUTESCOPE_CLICKHOUSE_PASSWORD

# The bundle, generated once: a bosh-logs tarball of $routers routers (gzip-rotated generations).
mkdir -p "$cache"
bundle="$cache/ch-v1-r$routers-m$minutes-rps$rps"
if [ ! -f "$bundle/.complete" ]; then
  rm -rf "$bundle"
  echo "bench: generating $bundle" >&2
  "$bin/gen-bundle" --out "$bundle/gen" --routers "$routers" --minutes "$minutes" --rps "$rps" --rotate 3 >&2
  touch "$bundle/.complete"
fi
input="$bundle/gen"

# The private server: config and users as the test fixture's, data in the bench cache.
work="$(mktemp -d "$cache/clickhouse.XXXXXX")"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
http_port=$(free_port)
tcp_port=$(free_port)
while [ "$tcp_port" = "$http_port" ]; do tcp_port=$(free_port); done
mkdir -p "$work"/{data,tmp,user_files,format_schemas,log}
cat >"$work/config.xml" <<EOF
<yandex>
  <logger><level>warning</level><log>$work/log/server.log</log><errorlog>$work/log/error.log</errorlog><console>0</console></logger>
  <http_port>$http_port</http_port>
  <tcp_port>$tcp_port</tcp_port>
  <listen_host>127.0.0.1</listen_host>
  <path>$work/data/</path>
  <tmp_path>$work/tmp/</tmp_path>
  <user_files_path>$work/user_files/</user_files_path>
  <format_schema_path>$work/format_schemas/</format_schema_path>
  <users_config>$work/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>268435456</mark_cache_size>
</yandex>
EOF
cat >"$work/users.xml" <<EOF
<yandex>
  <profiles><default><max_memory_usage>6000000000</max_memory_usage></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default></default></quotas>
</yandex>
EOF
(cd "$work" && exec "$server_bin" --config-file="$work/config.xml" >"$work/log/stdout.log" 2>&1) &
server_pid=$!
ch_url="http://127.0.0.1:$http_port/"
for _ in $(seq 300); do
  [ "$(curl -s "${ch_url}ping" 2>/dev/null || true)" = "Ok." ] && break
  kill -0 "$server_pid" 2>/dev/null || { echo "bench: clickhouse-server exited:" >&2; tail -20 "$work/log/error.log" >&2 || true; exit 1; }
  sleep 0.2
done
[ "$(curl -s "${ch_url}ping" || true)" = "Ok." ] || { echo "bench: clickhouse-server did not answer /ping" >&2; exit 1; }
# One statement over HTTP; the answer on stdout, ClickHouse's message on failure.
sql() {
  local out
  if ! out=$(curl -sS --fail-with-body --data-binary "$1" "$ch_url"); then
    echo "bench: ClickHouse failed: $1" >&2
    echo "$out" >&2
    return 1
  fi
  printf '%s\n' "$out"
}
ch_version=$(sql 'SELECT version()')
url="clickhouse://default@127.0.0.1:$http_port/rsbench"
echo "bench: clickhouse-server $ch_version on 127.0.0.1:$http_port, data in $work" >&2

results="$work/results.tsv"
: >"$results"
# row NAME ROWS BYTES WALL CPU SERVER_CPU NOTE
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$results"; }
# The server's CPU seconds so far (user + system, all threads), from /proc.
server_cpu() {
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / hz }' "/proc/$server_pid/stat"
}
# timed OUT CMD…: runs CMD with GNU time, its stdout in OUT; sets wall, cpu (the command's user +
# system seconds, children included), srv (the server's CPU seconds meanwhile) and status.
timed() {
  local out="$1" s0 start end
  shift
  s0=$(server_cpu)
  start=$(date +%s%N)
  status=0
  /usr/bin/time -f "%U %S %M" -o "$work/time.txt" "$@" >"$out" 2>"$out.err" || status=$?
  end=$(date +%s%N)
  # 1: the bundle had import problems (the figures are still complete); anything else failed.
  if [ "$status" -gt 1 ]; then
    echo "bench: $* exited with $status:" >&2
    cat "$out.err" >&2
  fi
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
  cpu=$(tail -1 "$work/time.txt" | awk '{ printf "%.3f", $1 + $2 }')
  srv=$(awk -v a="$s0" -v b="$(server_cpu)" 'BEGIN { printf "%.2f", b - a }')
}

df_before=$(df -BG --output=avail "$work" | tail -1 | tr -dc 0-9)
echo "bench: $df_before GB free where the server writes" >&2
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# 1. Local import of the bundle (the summary command: import, correlation, figures).
cat "$input"/* >/dev/null 2>&1 || true # into the page cache
echo "bench: local import" >&2
timed "$work/summary.json" "$bin/routescope" summary "$input" --json
[ "$status" -le 1 ] || exit 1
read -r requests text_bytes t0 t1 < <(python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))
print(s["requests"], sum(f["bytes"] for f in s["files"]), s["time_span"]["from"], s["time_span"]["to"])' "$work/summary.json")
row "routescope summary BUNDLE (local import)" "$requests" "$text_bytes" "$wall" "$cpu" "" ""

# 2. The push of the same bundle: import, correlation, findings, then the inserts.
echo "bench: push" >&2
timed "$work/push.txt" "$bin/routescope" push "$input" --to "$url" --create
[ "$status" -le 1 ] || exit 1
cat "$work/push.txt" >&2
pushed=$(sql 'SELECT count() FROM rsbench.requests')
all_rows=$(awk '/ rows in .* rows\/s/ { print $1; exit }' "$work/push.txt")
insert_line=$(grep " rows in .* rows/s" "$work/push.txt" | sed "s/^ *//" || true)
row "routescope push BUNDLE --to clickhouse://…/rsbench --create" "$pushed" "$text_bytes" "$wall" "$cpu" "$srv" \
  "all tables: ${all_rows:-?} rows; the push's own line: ${insert_line:-?}"
[ "$pushed" = "$requests" ] || echo "bench: warning: $pushed requests pushed, the local import has $requests" >&2

# 3. Server-side copies of the pushed requests, each shifted by the bundle's span (whole seconds),
# with request_key re-hashed per copy so that SAMPLE still picks independent requests.
read -r first_s last_s < <(sql 'SELECT toUInt32(min(time)), toUInt32(max(time)) FROM rsbench.requests FORMAT TSV')
span=$((last_s - first_s + 1))
copies=$(((target_rows + pushed - 1) / pushed)) # including the pushed one
per_insert=$((8000000 / pushed))
[ "$per_insert" -ge 1 ] || per_insert=1
columns=$(sql 'DESCRIBE TABLE rsbench.requests FORMAT TSV' | cut -f1)
select=""
for c in $columns; do
  case "$c" in
    time) e="time + k * $span" ;;
    request_key) e="bitXor(request_key, intHash64(k))" ;;
    *) e="$c" ;;
  esac
  select="${select:+$select, }$e"
done
echo "bench: copying $pushed requests server-side to $((copies * pushed)) rows ($copies × ${span} s)" >&2
amp_start=$(date +%s%N)
s0=$(server_cpu)
done_copies=1
while [ "$done_copies" -lt "$copies" ]; do
  n=$((copies - done_copies))
  [ "$n" -le "$per_insert" ] || n=$per_insert
  sql "INSERT INTO rsbench.requests SELECT $select FROM (SELECT *, arrayJoin(arrayMap(x -> toUInt64(x + $done_copies), range($n))) AS k FROM rsbench.requests WHERE time <= toDateTime($last_s))" >/dev/null
  done_copies=$((done_copies + n))
  elapsed=$(awk -v a="$amp_start" -v b="$(date +%s%N)" 'BEGIN { printf "%.0f", (b - a) / 1e9 }')
  echo "bench: $((done_copies * pushed)) rows after ${elapsed} s" >&2
  if [ "$elapsed" -gt "$budget" ] && [ "$done_copies" -lt "$copies" ]; then
    echo "bench: stopping the copies after the budget of $budget s" >&2
    break
  fi
done
amp_wall=$(awk -v a="$amp_start" -v b="$(date +%s%N)" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
amp_srv=$(awk -v a="$s0" -v b="$(server_cpu)" 'BEGIN { printf "%.2f", b - a }')
total=$(sql 'SELECT count() FROM rsbench.requests')
parts=$(sql "SELECT count() FROM system.parts WHERE active AND database = 'rsbench' AND table = 'requests'")
disk=$(sql "SELECT sum(bytes_on_disk) FROM system.parts WHERE active AND database = 'rsbench' AND table = 'requests'")
row "server: INSERT … SELECT copies (context, not RouteScope)" "$((total - pushed))" "" "$amp_wall" "" "$amp_srv" \
  "$done_copies copies of ${span} s; table now $total rows, $parts active parts, $(awk -v b="$disk" 'BEGIN { printf "%.1f GB", b / 1e9 }') on disk"

# 4. The overview over everything, as `routescope summary clickhouse://…` runs it.
from=$(date -u -d "@$first_s" +%Y-%m-%dT%H:%M:%SZ)
to=$(date -u -d "@$((first_s + done_copies * span))" +%Y-%m-%dT%H:%M:%SZ)
overview() {
  local name="$1"
  shift
  echo "bench: $name" >&2
  timed "$work/overview.txt" "$bin/routescope" summary "$url" --from "$from" --to "$to" "$@"
  local matched sampled
  matched=$(awk '/^Requests/ { print $2; exit }' "$work/overview.txt")
  sampled=$(awk '/^Sampled/ { print "SAMPLE " $7 " (the product says so)"; exit }' "$work/overview.txt")
  # Requests: those in the range (what the count scans); the filter's matches in the notes.
  if [ "$status" -gt 1 ]; then
    row "$name" "$total" "" "$wall" "$cpu" "$srv" "failed: $(head -c 300 "$work/overview.txt.err" | tr '\n|' '  ')"
  else
    row "$name" "$total" "" "$wall" "$cpu" "$srv" "$matched matched; ${sampled:-no SAMPLE (exact)}"
  fi
}
overview "routescope summary clickhouse://…/rsbench --from … --to … (first run)"
overview "routescope summary clickhouse://…/rsbench --from … --to … (second run)"
overview "routescope summary clickhouse://…/rsbench --from … --to … --filter 'status >= 500'" --filter 'status >= 500'
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

table=$(awk -F '\t' '
BEGIN {
  print "| Measurement | Requests | Text MB | Wall s | CPU s (routescope) | CPU s (server) | MB of text/s | Requests/s | Notes |"
  print "|---|---:|---:|---:|---:|---:|---:|---:|---|"
}
{
  mb = $3 != "" ? sprintf("%.0f", $3 / 1e6) : ""
  mbs = ($3 != "" && $4 > 0) ? sprintf("%.1f", $3 / 1e6 / $4) : ""
  rs = ($2 != "" && $4 > 0) ? sprintf("%.0f", $2 / $4) : ""
  printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, mb, $4, $5, $6, mbs, rs, $7
}' "$results")
extrapolation=""
if [ "$total" -lt "$target_rows" ]; then
  extrapolation="EXTRAPOLATED, not measured: the copies stopped at $total rows (budget $budget s); the overview's count and scan grow about linearly with the rows, so $target_rows rows would take about $(awk -v t="$target_rows" -v n="$total" -v w="$wall" 'BEGIN { printf "%.1f", w * t / n }') s wall for the filtered overview above."
fi
commit=$(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo unknown)
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
report=$(
  echo "- RouteScope ClickHouse benchmark, $(date -u +%Y-%m-%dT%H:%MZ), commit $commit, $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load $load_before at the start, $load_after at the end"
  echo "- clickhouse-server $ch_version (private instance on 127.0.0.1, data under the bench cache), routescope from $build_dir ($build_type build)"
  echo "- Bundle: \`gen-bundle --routers $routers --minutes $minutes --rps $rps --rotate 3\` (bosh logs, gzip-rotated), $(awk -v b="$text_bytes" 'BEGIN { printf "%.0f MB", b / 1e6 }') of log text, $requests requests; $df_before GB free at the start"
  echo "- Wall s and CPU s (user + system, all threads) of the routescope process; CPU s (server): clickhouse-server's over the same interval, from /proc"
  echo
  echo "$table"
  if [ -n "$extrapolation" ]; then echo; echo "$extrapolation"; fi
)
echo
echo "$report" | tee "$cache/clickhouse-results.md"

if [ "$write_doc" -eq 1 ]; then
  # The section up to the marker is this script's; notes written after it are kept.
  marker="<!-- end of bench/clickhouse.sh output; notes below are kept -->"
  section="$work/section.md"
  {
    echo "## ClickHouse"
    echo
    echo "Issue 17: how fast \`routescope push\` moves a bundle into ClickHouse, next to a local import"
    echo "of the same bundle in the same run, and how long the overview of 100 M requests takes the way"
    echo "the product runs it (\`routescope summary clickhouse://… --from --to\`: an exact \`count()\`,"
    echo "then the breakdowns, read with \`SAMPLE\` beyond 20 M matching requests). The 100 M rows are"
    echo "the pushed requests copied server-side, each copy shifted by the bundle's span (that copying is"
    echo "ClickHouse's own speed, shown for context only). Reproduce:"
    echo
    echo '```'
    echo "./dev bench --clickhouse            # bench/clickhouse.sh; --rows N, --budget SECONDS, --no-doc"
    echo '```'
    echo
    echo "$report"
    echo
    echo "$marker"
  } >"$section"
  python3 - "$here/docs/PERFORMANCE.md" "$section" "$marker" <<'EOF'
import re, sys
doc_path, section_path, marker = sys.argv[1], sys.argv[2], sys.argv[3]
doc = open(doc_path, encoding="utf-8").read()
section = open(section_path, encoding="utf-8").read().rstrip("\n") + "\n"
m = re.search(r"^## ClickHouse\n", doc, re.M)
if m:
    nxt = re.search(r"^## ", doc[m.end():], re.M)
    end = m.end() + nxt.start() if nxt else len(doc)
    kept = doc[m.end():end].find(marker + "\n")
    if kept >= 0:  # the notes after the marker stay
        end = m.end() + kept + len(marker) + 1
        doc = doc[:m.start()] + section + doc[end:]
    else:
        tail = doc[end:]
        doc = doc[:m.start()] + section + ("\n" + tail if tail else "")
else:
    doc = doc.rstrip("\n") + "\n\n" + section
open(doc_path, "w", encoding="utf-8").write(doc)
EOF
  echo "bench: wrote the ClickHouse section of docs/PERFORMANCE.md" >&2
fi
