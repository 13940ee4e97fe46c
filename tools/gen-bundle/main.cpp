// gen-bundle: writes a synthetic Cloud Foundry Gorouter incident bundle and its ground
// truth (see tools/gen-bundle/README in the report, and --help).
#include "bundle.h"
#include "options.h"

#include <cstdio>
#include <exception>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    for (const std::string& a : args)
        if (a == "--help" || a == "-h") {
            std::fputs(rs::gen::usageText().c_str(), stdout);
            return 0;
        }
    rs::gen::GenOptions options;
    std::string error;
    if (!rs::gen::parseOptions(args, options, error)) {
        std::fprintf(stderr, "gen-bundle: %s\n%s", error.c_str(), rs::gen::usageText().c_str());
        return 2;
    }
    try {
        const rs::gen::Summary s = rs::gen::generateBundle(options);
        std::fprintf(stderr,
                     "gen-bundle: %llu files, %llu bytes (%llu bytes of log text), %llu requests, %.2f s "
                     "(%.0f MB/s)\n",
                     static_cast<unsigned long long>(s.files), static_cast<unsigned long long>(s.bytes),
                     static_cast<unsigned long long>(s.logBytes), static_cast<unsigned long long>(s.requests),
                     s.seconds, s.seconds > 0 ? static_cast<double>(s.logBytes) / 1e6 / s.seconds : 0.0);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "gen-bundle: %s\n", e.what());
        return 1;
    }
    return 0;
}
