#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace rs::gen {

using TimeNs = std::int64_t;
inline constexpr TimeNs kUs = 1'000;
inline constexpr TimeNs kMs = 1'000'000;
inline constexpr TimeNs kSecond = 1'000'000'000;
inline constexpr TimeNs kNever = INT64_MAX;

// Which routing-release the generated foundation runs; every format difference hangs on it.
enum class Era : std::uint8_t {
    Current,     // rr v0.3xx: ns timestamps, instance_id, attempt fields, endpoint_failure (text)
    NoErrorText, // rr 0.220: x_cf_routererror without text, no instance_id, no attempt fields
    Pre2019,     // rr 0.174: ctl-prefixed gorouter.log, ms access timestamps, no router error field
};

enum class Layout : std::uint8_t { Bosh, Dir, Zip, Loose };

// Load balancers in front of the routers (lblogs.h): none, an HAProxy, an AWS ALB, or both
// (HAProxy behind the first LB address, the ALB behind the others).
enum class LbMode : std::uint8_t { None, HaProxy, Alb, Both };

struct GenOptions {
    std::filesystem::path out;
    std::uint64_t seed = 1;
    int routers = 3;
    int cells = 2;
    int apps = 8;
    int minutes = 20;
    double rps = 20.0;     // background requests per second per router
    TimeNs start = kNever; // kNever: the era's default start
    Era era = Era::Current;
    Layout layout = Layout::Bosh;
    int rotate = 3; // rotated generations per rotated log, beside the live file
    bool gzip = true;
    bool sample = false;
    LbMode lb = LbMode::None;
    bool lbIds = true;    // Gorouter logs the LBs' request ids (extra_headers_to_log)
    bool appLogs = false; // `cf logs APP` outputs beside the bundle (applogs.h), with their truth
};

std::string_view eraId(Era era);
std::string_view layoutId(Layout layout);

// Parses the command line (without argv[0]). On failure returns false and sets error.
bool parseOptions(const std::vector<std::string>& args, GenOptions& options, std::string& error);

// Fills in era defaults and clamps counts to what the incident scenario needs.
GenOptions normalized(GenOptions options);

std::string usageText();

} // namespace rs::gen
