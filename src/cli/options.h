#pragma once

#include "core/query/filter.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace rs::cli {

enum class Command { Summary, Requests, Diagnose, Routes, Events, Report, Chart, Push, Cache, Help, Version };
enum class OutputFormat { Text, Json, Csv, JsonLines };

struct Options {
    Command command = Command::Help;
    std::vector<std::string> paths;
    OutputFormat format = OutputFormat::Text;
    unsigned threads = 0;
    bool progress = false;        // progress on stderr (only when it is a terminal)
    bool noCache = false;         // --no-cache: import without reading or writing the incident cache
    std::optional<Filter> filter; // --filter EXPR, parsed
    // report and chart
    QString output;                 // -o FILE; its suffix chooses the format
    QString title;                  // --title T (report)
    QString kind;                   // --kind timeline|backends|classes|latency (chart)
    int width = 1200, height = 500; // --width/--height in pixels (chart)
    int scale = 1;                  // --scale 1|2|3: PNG pixels per chart pixel (chart)
    QString language;               // --lang de|ja|en: the language drawn (report, chart); "" = the system's
    // routes, events
    TimeNs at = kNoTime;               // --at TIME (routes)
    std::optional<std::string> router; // --router ID
    // push
    QString to;          // --to clickhouse://[user@]host[:port]/database
    bool create = false; // --create: the database and tables first
    // push and a clickhouse source
    QString caFile; // --ca-file PATH: PEM CAs trusted for a clickhouses:// server, besides the system's
    // summary, requests over a clickhouse:// source
    TimeNs from = kNoTime, until = kNoTime; // --from T --to T: [from, until)
    std::size_t limit = 0;                  // --limit N (requests): one page of N rows; 0: every row
    std::string after;                      // --after CURSOR (requests): the page after a previous one
};

// Whether the command reads a ClickHouse database (its one PATH is clickhouse://…) instead of
// importing files.
bool readsClickHouse(const Options& options);

// Whether a command draws (report, chart): those need a GUI application, offscreen without a
// display.
bool commandDraws(Command command);

struct ParseOutcome {
    std::optional<Options> options;
    QString error; // set when the command line is unusable (exit status 2)
};

// Returns the command named by argv[1], if any: the window is not started for these.
std::optional<Command> commandNamed(const char* word);
ParseOutcome parseOptions(const QStringList& arguments);
QString usage();

} // namespace rs::cli
