#pragma once

#include "logsink.h"
#include "model.h"
#include "traffic.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace rs::gen {

// One line an app wrote through Loggregator, as `cf logs APP` prints it.
struct AppEntry {
    TimeNs t = 0;
    int app = 0;
    int index = 0; // app instance index
    bool err = false;
    bool exact = false;                 // the text holds the request's vcap_request_id or trace id
    std::array<std::uint8_t, 16> vid{}; // the request it is about; all zero: none
    std::string text;
};

// What the app instance that served `r` logged about it (none for most requests that never
// reached an app, and for a share of those that did). Deterministic in the request id.
void appEntriesOf(const World& w, const Req& r, std::vector<AppEntry>& out);

struct AppTruthLine {
    std::string vcapRequestId; // empty: a line about no request (start-up, housekeeping)
    bool exact = false;
};

struct AppTruthFile {
    std::string path; // logical path inside the bundle
    std::string appGuid;
    std::vector<AppTruthLine> lines; // one per [APP/…] line, in file order
};

// Writes one `cf logs APP --recent` output per app under `captures` (header, then the app's lines
// in time order, with housekeeping lines about no request between them). Returns the truth.
std::vector<AppTruthFile> writeAppLogs(const World& w, std::vector<AppEntry> entries,
                                       const std::filesystem::path& captures, FileList& files);

} // namespace rs::gen
