# Turns bench/run.sh's results.tsv (name, set, bytes, lines, seconds, peak RSS KiB, heap bytes,
# requests, CPU seconds) into the Markdown table of docs/PERFORMANCE.md, with ratios against the baselines
# measured on the same set in the same run, and the DESIGN §9 targets marked met or missed.
BEGIN { FS = "\t" }
{
    n++
    name[n] = $1; set[n] = $2; bytes[n] = $3; lines[n] = $4; secs[n] = $5; rss[n] = $6
    heap[n] = $7; reqs[n] = $8; cpu[n] = $9
    rate[n] = secs[n] > 0 ? bytes[n] / secs[n] / 1e9 : 0
    if ($1 == "cat > /dev/null") base_cat[$2] = rate[n]
    if ($1 == "wc -l") base_wc[$2] = rate[n]
    if ($1 ~ /^lnav/) { base_lnav[$2] = rate[n]; base_lnav_cpu[$2] = $9 > 0 ? $3 / $9 : 0 }
    if ($1 ~ /^GoAccess/) base_goaccess[$2] = rate[n]
    if ($1 ~ /^grep/) base_grep[$2] = rate[n]
}
function ratio(x, base) { return base > 0 ? sprintf("%.2f×", x / base) : "" }
function verdict(ok) { return ok ? "**met**" : "**missed**" }
# DESIGN §9: peak RSS ≤ 300 MB + 150 bytes per request, whatever the size of the text.
function rss_target(i,    limit) {
    limit = 300 + 150 * reqs[i] / 1048576
    return sprintf("Peak RSS ≤ 300 MiB + 150 B/request (%s): %.0f MiB for %.2f M requests, limit %.0f MiB → %s (heap %.1f B/request)", set[i], rss[i] / 1024, reqs[i] / 1e6, limit, verdict(rss[i] / 1024 <= limit), heap[i] / reqs[i])
}
END {
    print "| Data | Measurement | GB/s | M lines/s | Wall s | CPU s | GB per CPU-s | Peak RSS MiB | Heap B/request | vs cat | vs wc -l | vs lnav | vs GoAccess | vs lnav per CPU-s |"
    print "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for (i = 1; i <= n; i++) {
        per = (reqs[i] > 0 && heap[i] > 0 && name[i] ~ /import/) ? sprintf("%.1f", heap[i] / reqs[i]) : ""
        mlines = (lines[i] > 0 && secs[i] > 0) ? sprintf("%.2f", lines[i] / secs[i] / 1e6) : ""
        ours = name[i] !~ /^(cat|wc|lnav|GoAccess|igzip|grep)/
        percpu = cpu[i] > 0 ? sprintf("%.2f", bytes[i] / cpu[i] / 1e9) : ""
        printf "| %s | %s | %.2f | %s | %.3f | %.3f | %s | %.0f | %s | %s | %s | %s | %s | %s |\n", set[i], name[i], rate[i], mlines,
            secs[i], cpu[i], percpu, rss[i] / 1024, per,
            ours ? ratio(rate[i], base_cat[set[i]]) : "", ours ? ratio(rate[i], base_wc[set[i]]) : "",
            ours ? ratio(rate[i], base_lnav[set[i]]) : "", ours ? ratio(rate[i], base_goaccess[set[i]]) : "",
            (ours && cpu[i] > 0) ? ratio(bytes[i] / cpu[i], base_lnav_cpu[set[i]]) : ""
        if (name[i] ~ /^RouteScope search .*, 2 threads$/)
            target[++t] = sprintf("Search over every raw line ≥ 1 GB/s of text on two cores (issue 15, %s): %.2f GB/s → %s (%.2f GB per CPU-second%s)", set[i], rate[i], verdict(rate[i] >= 1), cpu[i] > 0 ? bytes[i] / cpu[i] / 1e9 : 0, base_grep[set[i]] > 0 ? sprintf(", %.2f× grep -c -i", rate[i] / base_grep[set[i]]) : "")
        if (name[i] == "RouteScope import, 2 threads") {
            size = match(set[i], /[0-9.]+ GB$/) ? substr(set[i], RSTART) : set[i]
            if (set[i] ~ /^access/) {
                bare_per_cpu[size] = cpu[i] > 0 ? bytes[i] / cpu[i] : 0
                target[++t] = sprintf("Plain access-log import ≥ 1.5 GB/s (%s): %.2f GB/s → %s (%.2f GB per CPU-second)", set[i], rate[i], verdict(rate[i] >= 1.5), cpu[i] > 0 ? bytes[i] / cpu[i] / 1e9 : 0)
                if (base_lnav[set[i]] > 0)
                    target[++t] = sprintf("Plain access-log import ≥ 5× lnav (%s): %.1f× → %s", set[i], rate[i] / base_lnav[set[i]], verdict(rate[i] >= 5 * base_lnav[set[i]]))
                if (reqs[i] > 0)
                    target[++t] = rss_target(i)
            } else if (set[i] ~ /^envelope/) {
                # Issue 16: the same lines inside an envelope cost at most twice the CPU per GB.
                per_cpu = cpu[i] > 0 ? bytes[i] / cpu[i] : 0
                if (bare_per_cpu[size] > 0 && per_cpu > 0)
                    target[++t] = sprintf("Envelope import within 2× of bare lines per GB (%s): %.2f× the CPU per GB → %s", set[i], bare_per_cpu[size] / per_cpu, verdict(bare_per_cpu[size] / per_cpu <= 2))
            } else if (set[i] ~ /^json/) {
                target[++t] = sprintf("Gorouter JSON import ≥ 2 GB/s (%s): %.2f GB/s → %s (%.2f GB per CPU-second)", set[i], rate[i], verdict(rate[i] >= 2), cpu[i] > 0 ? bytes[i] / cpu[i] / 1e9 : 0)
            } else {
                target[++t] = sprintf("Gzip-rotated bundle ≥ 1 GB/s of text (%s): %.2f GB/s → %s (%.2f GB per CPU-second)", set[i], rate[i], verdict(rate[i] >= 1), cpu[i] > 0 ? bytes[i] / cpu[i] / 1e9 : 0)
                if (reqs[i] > 0)
                    target[++t] = rss_target(i)
            }
        }
    }
    target[++t] = sprintf("Filter change + re-aggregation over 10 M requests ≤ 100 ms (slowest of bench_query's filters): %s ms → %s", filter_ms, verdict(filter_ms + 0 <= 100))
    print ""
    print "Targets (DESIGN §9, issues 14, 15 and 16):"
    print ""
    for (i = 1; i <= t; i++)
        print "- " target[i]
}
