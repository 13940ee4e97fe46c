#pragma once

namespace rs::cli {

// The command line's exit statuses, as `routescope help` lists them.
constexpr int kExitOk = 0;
constexpr int kExitInputProblems = 1; // input problems (see the import report), or a push that failed
constexpr int kExitUsage = 2;
constexpr int kExitServer = 3;        // ClickHouse could not be reached or a query failed
constexpr int kExitInterrupted = 130; // 128 + SIGINT, as a shell reports a Ctrl-C (a stopped push)

} // namespace rs::cli
