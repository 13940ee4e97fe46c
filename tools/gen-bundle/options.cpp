#include "options.h"

#include "textbuf.h"

#include <algorithm>
#include <charconv>

namespace rs::gen {

std::string_view eraId(Era era)
{
    switch (era) {
    case Era::Current:
        return "current";
    case Era::NoErrorText:
        return "no-error-text";
    case Era::Pre2019:
        return "pre-2019";
    }
    return "current";
}

std::string_view layoutId(Layout layout)
{
    switch (layout) {
    case Layout::Bosh:
        return "bosh";
    case Layout::Dir:
        return "dir";
    case Layout::Zip:
        return "zip";
    case Layout::Loose:
        return "loose";
    }
    return "bosh";
}

namespace {

template <typename T> bool parseNumber(std::string_view text, T& value)
{
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size();
}

// Accepts exactly YYYY-MM-DDTHH:MM:SSZ.
bool parseStart(std::string_view text, TimeNs& value)
{
    if (text.size() != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
        text[16] != ':' || text[19] != 'Z')
        return false;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!parseNumber(text.substr(0, 4), y) || !parseNumber(text.substr(5, 2), mo) ||
        !parseNumber(text.substr(8, 2), d) || !parseNumber(text.substr(11, 2), h) ||
        !parseNumber(text.substr(14, 2), mi) || !parseNumber(text.substr(17, 2), s))
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59)
        return false;
    value = (daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s) * kSecond;
    return true;
}

} // namespace

bool parseOptions(const std::vector<std::string>& args, GenOptions& options, std::string& error)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&](std::string_view& out) {
            if (i + 1 >= args.size()) {
                error = "missing value for " + arg;
                return false;
            }
            out = args[++i];
            return true;
        };
        std::string_view v;
        bool ok = true;
        if (arg == "--no-gzip") {
            options.gzip = false;
        } else if (arg == "--sample") {
            options.sample = true;
        } else if (arg == "--out") {
            ok = value(v);
            options.out = std::string(v);
        } else if (arg == "--seed") {
            ok = value(v) && parseNumber(v, options.seed);
        } else if (arg == "--routers") {
            ok = value(v) && parseNumber(v, options.routers);
        } else if (arg == "--cells") {
            ok = value(v) && parseNumber(v, options.cells);
        } else if (arg == "--apps") {
            ok = value(v) && parseNumber(v, options.apps);
        } else if (arg == "--minutes") {
            ok = value(v) && parseNumber(v, options.minutes);
        } else if (arg == "--rps") {
            ok = value(v) && parseNumber(v, options.rps) && options.rps >= 0;
        } else if (arg == "--rotate") {
            ok = value(v) && parseNumber(v, options.rotate) && options.rotate >= 0;
        } else if (arg == "--start") {
            ok = value(v) && parseStart(v, options.start);
        } else if (arg == "--era") {
            ok = value(v);
            if (ok && v == "current")
                options.era = Era::Current;
            else if (ok && v == "no-error-text")
                options.era = Era::NoErrorText;
            else if (ok && v == "pre-2019")
                options.era = Era::Pre2019;
            else
                ok = false;
        } else if (arg == "--lb") {
            ok = value(v);
            if (ok && v == "none")
                options.lb = LbMode::None;
            else if (ok && v == "haproxy")
                options.lb = LbMode::HaProxy;
            else if (ok && v == "alb")
                options.lb = LbMode::Alb;
            else if (ok && v == "both")
                options.lb = LbMode::Both;
            else
                ok = false;
        } else if (arg == "--lb-ids") {
            ok = value(v) && (v == "on" || v == "off");
            options.lbIds = v == "on";
        } else if (arg == "--app-logs") {
            ok = value(v) && (v == "on" || v == "off");
            options.appLogs = v == "on";
        } else if (arg == "--layout") {
            ok = value(v);
            if (ok && v == "bosh")
                options.layout = Layout::Bosh;
            else if (ok && v == "dir")
                options.layout = Layout::Dir;
            else if (ok && v == "zip")
                options.layout = Layout::Zip;
            else if (ok && v == "loose")
                options.layout = Layout::Loose;
            else
                ok = false;
        } else {
            error = "unknown argument: " + arg;
            return false;
        }
        if (!ok) {
            if (error.empty())
                error = "invalid value for " + arg;
            return false;
        }
    }
    if (options.out.empty()) {
        error = "--out DIR is required";
        return false;
    }
    return true;
}

GenOptions normalized(GenOptions options)
{
    if (options.sample) {
        options.routers = 3;
        options.cells = 2;
        options.apps = 8;
        options.minutes = 10;
        options.rps = 3.5;
        options.layout = Layout::Bosh;
        options.rotate = 2;
        options.gzip = true;
    }
    // The scenario needs one cell to crash on and one to restart, and six apps with fixed
    // roles (see scenario.cpp); below that the incidents cannot all happen.
    options.routers = std::clamp(options.routers, 1, 64);
    options.cells = std::clamp(options.cells, 2, 200);
    options.apps = std::clamp(options.apps, 6, 5000);
    options.minutes = std::clamp(options.minutes, 1, 7 * 24 * 60);
    options.rotate = std::clamp(options.rotate, 0, 50);
    if (options.start == kNever) {
        switch (options.era) {
        case Era::Current:
            options.start = (daysFromCivil(2026, 10, 14) * 86400 + 9 * 3600) * kSecond;
            break;
        case Era::NoErrorText:
            options.start = (daysFromCivil(2021, 6, 15) * 86400 + 9 * 3600) * kSecond;
            break;
        case Era::Pre2019:
            options.start = (daysFromCivil(2018, 3, 20) * 86400 + 9 * 3600) * kSecond;
            break;
        }
    }
    return options;
}

std::string usageText()
{
    return "usage: gen-bundle --out DIR [--seed N] [--routers N] [--cells N] [--apps N] [--minutes M]\n"
           "                  [--rps R] [--start 2026-10-14T09:00:00Z] [--era "
           "current|no-error-text|pre-2019]\n"
           "                  [--layout bosh|dir|zip|loose] [--rotate N] [--no-gzip] [--sample]\n"
           "                  [--lb none|haproxy|alb|both] [--lb-ids on|off]\n"
           "                  [--app-logs on|off]\n"
           "  --lb       load balancers in front of the routers, with their logs and the join's truth\n"
           "  --lb-ids   whether Gorouter logs the LBs' request ids (x_amzn_trace_id, x_request_id)\n"
           "  --app-logs `cf logs APP` outputs of every app ([APP/PROC/WEB/n] lines), with the join's "
           "truth\n";
}

} // namespace rs::gen
