#pragma once

#include "core/cache/incidentfile.h"
#include "core/import/importer.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rs::cache {

// Saved incidents (issue 15): after an import, the incident is written to a cache file; opening
// the same inputs again reads it instead of importing, as long as every input is as it was.
//
// The file of a set of inputs is named by a hash of the build, the import options that change
// results and the inputs' canonical paths, so that importing the same paths again replaces their
// file instead of adding one. Inside, the file keeps the full key: those plus every input file's
// size, modification time and a CRC-64 of its first and last MiB (directories: of every file under
// them). A key that differs means a changed input: the incident is imported again and the file
// rewritten.
class IncidentCache {
public:
    static constexpr const char* kSuffix = ".rsincident";

    // $ROUTESCOPE_CACHE_DIR when set (tests), else $XDG_CACHE_HOME/routescope, else
    // ~/.cache/routescope.
    static std::string defaultDirectory();

    explicit IncidentCache(std::string directory = defaultDirectory());
    const std::string& directory() const { return m_directory; }

    struct Key {
        std::string text;                // everything the saved incident depends on
        std::string file;                // the cache file for these inputs
        std::vector<std::string> inputs; // canonical
    };
    // The key of importing `inputs` with `options`; nothing (and why, in `error`) when an input
    // cannot be examined, e.g. it does not exist: such an import is not cached.
    std::optional<Key> key(const std::vector<std::string>& inputs, const ImportOptions& options,
                           std::string* error = nullptr) const;

    struct Loaded {
        std::shared_ptr<Incident> incident;       // null: no file, a stale one, or a rejected one
        std::shared_ptr<const Analysis> analysis; // saved with it, when it was stored with one
        bool stale = false;                       // a file for these inputs, written before they changed
        std::string rejected;                     // why the file was not trusted (it is removed)
    };
    Loaded load(const Key& key) const;

    struct Opened {
        std::shared_ptr<Incident> incident;       // the saved incident, current
        std::shared_ptr<const Analysis> analysis; // its saved analysis, when it has one
        // Else the key to store the import under, when it has one; also set when the saved incident
        // has no analysis, to store it with the one made now.
        std::optional<Key> toStore;
        std::string rejected; // why a file for these inputs was not trusted
    };
    // key() then load(): what every import of paths (the window, the commands) starts with.
    Opened open(const std::vector<std::string>& inputs, const ImportOptions& options) const;
    // Writes the incident for `key`, replacing an older file of the same inputs, then prune()s.
    bool store(const Key& key, const Incident& incident, std::string* error = nullptr) const;
    // The same with the incident's analysis (`analysis.incident`), for a reopen that needs no
    // diagnosis.
    bool store(const Key& key, const Analysis& analysis, std::string* error = nullptr) const;
    // Removes the files of inputs that no longer exist and those of other builds (never read by this
    // one), then the oldest files while all of them together take more than `maxBytes`.
    void prune(std::uint64_t maxBytes = kMaxBytes) const;
    static constexpr std::uint64_t kMaxBytes = 16ull << 30;

    struct Entry {
        std::string path;
        std::uint64_t bytes = 0;
        IncidentFileInfo info;
        std::string error; // the file's header or info did not read
    };
    // RouteScope's cache files, newest first.
    std::vector<Entry> entries() const;
    // Removes RouteScope's cache files (and temporary files of interrupted writes); nothing else in
    // the directory. Returns how many were removed.
    std::size_t clear(std::string* error = nullptr) const;

private:
    bool write(const Key& key, const Incident& incident, const Analysis* analysis, std::string* error) const;

    std::string m_directory;
};

} // namespace rs::cache
