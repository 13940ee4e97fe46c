#pragma once

#include "core/query/filter.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace rs::cli {

enum class Command { Summary, Requests, Diagnose, Help, Version };
enum class OutputFormat { Text, Json, Csv, JsonLines };

struct Options {
    Command command = Command::Help;
    std::vector<std::string> paths;
    OutputFormat format = OutputFormat::Text;
    unsigned threads = 0;
    bool progress = false;        // progress on stderr (only when it is a terminal)
    std::optional<Filter> filter; // --filter EXPR, parsed
};

struct ParseOutcome {
    std::optional<Options> options;
    QString error; // set when the command line is unusable (exit status 2)
};

// Returns the command named by argv[1], if any: the window is not started for these.
std::optional<Command> commandNamed(const char* word);
ParseOutcome parseOptions(const QStringList& arguments);
QString usage();

} // namespace rs::cli
