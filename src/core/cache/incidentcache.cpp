#include "core/cache/incidentcache.h"

#include "core/cache/filedigest.h"
#include "core/query/analysis.h"
#include "core/util/buildinfo.h"
#include "core/util/memorytrace.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace rs::cache {
namespace {

namespace fs = std::filesystem;

std::string envOr(const char* name)
{
    const char* value = std::getenv(name);
    return value != nullptr ? std::string(value) : std::string();
}

// "size mtime crc(first MiB) crc(last MiB) inode" of a regular file; false when it cannot be read.
bool describeFile(const std::string& path, std::string& out, std::string* error)
{
    const std::optional<FileDigest> digest = digestFile(path, error);
    if (!digest)
        return false;
    out += std::to_string(digest->size) + ' ' + std::to_string(digest->mtimeNs) + ' ' +
           std::to_string(digest->head) + ' ' + std::to_string(digest->tail) + ' ' +
           std::to_string(digest->inode) + '\n';
    return true;
}

// Every entry under a directory input, in name order: files with their description, links and
// other entries by name (the bundle reader skips those, but one appearing changes the report).
bool describeDirectory(const fs::path& root, std::string& out, std::string* error)
{
    std::error_code ec;
    std::vector<std::pair<std::string, fs::file_type>> names;
    fs::recursive_directory_iterator it(root, fs::directory_options::none, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const fs::file_type type = it->symlink_status(ec).type();
        if (ec)
            break;
        names.emplace_back(it->path().lexically_relative(root).string(), type);
    }
    if (ec) {
        if (error != nullptr)
            *error = root.string() + ": " + ec.message();
        return false;
    }
    std::sort(names.begin(), names.end());
    for (const auto& [name, type] : names) {
        out += "  " + name + ' ';
        if (type == fs::file_type::regular) {
            if (!describeFile((root / name).string(), out, error))
                return false;
        } else {
            out += std::to_string(static_cast<int>(type)) + '\n';
        }
    }
    return true;
}

std::string sha256Hex(const std::string& text)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(text), QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

// The running program's file (the core is linked in statically): a rebuild changes it even when
// version and commit do not, as a working tree with changes describes itself as the same "-dirty"
// commit build after build.
std::string programStamp()
{
    struct stat status {};
    if (::stat("/proc/self/exe", &status) != 0)
        return "?";
    return std::to_string(status.st_size) + ' ' + std::to_string(status.st_mtim.tv_sec) + '.' +
           std::to_string(status.st_mtim.tv_nsec);
}

// The first line of every key: the format and the build that wrote it (another build may parse
// differently, so it never reads this build's files, nor this build its).
std::string buildLine()
{
    const BuildInfo build = buildInfo();
    return "routescope incident cache " + std::to_string(IncidentFile::kFormatVersion) + " build " +
           build.version.toStdString() + ' ' + build.commit.toStdString() + ' ' +
           build.buildDate.toStdString() + " program " + programStamp() + '\n';
}

bool isCacheFile(const fs::path& path)
{
    const std::string name = path.filename().string();
    return name.size() == 64 + std::strlen(IncidentCache::kSuffix) && name.ends_with(IncidentCache::kSuffix);
}

bool isTemporary(const fs::path& path)
{
    const std::string name = path.filename().string();
    return name.size() > 64 && name.find(std::string(IncidentCache::kSuffix) + ".tmp.") == 64;
}

} // namespace

std::string IncidentCache::defaultDirectory()
{
    if (std::string dir = envOr("ROUTESCOPE_CACHE_DIR"); !dir.empty())
        return dir;
    if (std::string xdg = envOr("XDG_CACHE_HOME"); !xdg.empty() && xdg.front() == '/')
        return xdg + "/routescope";
    if (std::string home = envOr("HOME"); !home.empty())
        return home + "/.cache/routescope";
    return {};
}

IncidentCache::IncidentCache(std::string directory)
    : m_directory(std::move(directory))
{}

std::optional<IncidentCache::Key> IncidentCache::key(const std::vector<std::string>& inputs,
                                                     const ImportOptions& options, std::string* error) const
{
    if (m_directory.empty() || inputs.empty()) {
        if (error != nullptr)
            *error = "no cache directory";
        return std::nullopt;
    }
    // What names the file: the build, the options that change what an import yields, the inputs.
    std::string identity = buildLine();
    const BundleLimits& l = options.limits;
    identity += "options " + std::to_string(options.parse.maxLineBytes) + ' ' +
                std::to_string(l.maxTotalBytes) + ' ' + std::to_string(l.maxMemberBytes) + ' ' +
                std::to_string(l.maxRatio) + ' ' + std::to_string(l.maxBombPrefixBytes) + ' ' +
                std::to_string(l.maxMembers) + ' ' + std::to_string(l.maxDepth) + '\n';
    Key key;
    std::vector<fs::path> paths;
    for (const std::string& input : inputs) {
        std::error_code ec;
        fs::path path = fs::canonical(input, ec);
        if (ec) {
            if (error != nullptr)
                *error = input + ": " + ec.message();
            return std::nullopt;
        }
        identity += "input " + path.string() + '\n';
        paths.push_back(std::move(path));
        key.inputs.push_back(paths.back().string());
    }
    // What must not have changed.
    std::string state;
    for (const fs::path& path : paths) {
        std::error_code ec;
        const fs::file_status status = fs::status(path, ec);
        state += path.string() + ' ';
        if (fs::is_directory(status)) {
            state += "directory\n";
            if (!describeDirectory(path, state, error))
                return std::nullopt;
        } else if (!describeFile(path.string(), state, error)) {
            return std::nullopt;
        }
    }
    key.text = identity + state;
    key.file = m_directory + '/' + sha256Hex(identity) + kSuffix;
    return key;
}

IncidentCache::Opened IncidentCache::open(const std::vector<std::string>& inputs,
                                          const ImportOptions& options) const
{
    Opened opened;
    opened.toStore = key(inputs, options);
    if (!opened.toStore)
        return opened;
    traceMemory("reopen: inputs identified");
    Loaded loaded = load(*opened.toStore);
    traceMemory("reopen: incident read");
    opened.rejected = std::move(loaded.rejected);
    if (loaded.incident) {
        opened.incident = std::move(loaded.incident);
        opened.analysis = std::move(loaded.analysis);
        // A saved incident without its analysis (the commands save none) gets it stored beside.
        if (opened.analysis)
            opened.toStore.reset();
    }
    return opened;
}

IncidentCache::Loaded IncidentCache::load(const Key& key) const
{
    Loaded loaded;
    if (::access(key.file.c_str(), F_OK) != 0)
        return loaded;
    IncidentFileResult result = IncidentFile::read(key.file);
    if (!result.incident) {
        loaded.rejected = result.error;
        ::unlink(key.file.c_str());
        return loaded;
    }
    if (result.info.key != key.text) {
        loaded.stale = true;
        return loaded;
    }
    loaded.incident = std::move(result.incident);
    loaded.analysis = std::move(result.analysis);
    return loaded;
}

bool IncidentCache::store(const Key& key, const Incident& incident, std::string* error) const
{
    return write(key, incident, nullptr, error);
}

bool IncidentCache::store(const Key& key, const Analysis& analysis, std::string* error) const
{
    return write(key, *analysis.incident, &analysis, error);
}

bool IncidentCache::write(const Key& key, const Incident& incident, const Analysis* analysis,
                          std::string* error) const
{
    std::error_code ec;
    fs::create_directories(m_directory, ec);
    if (ec) {
        if (error != nullptr)
            *error = m_directory + ": " + ec.message();
        return false;
    }
    IncidentFileInfo info;
    info.key = key.text;
    info.inputs = key.inputs;
    info.createdNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    info.requests = incident.tables.requests.size();
    info.events = incident.tables.events.size();
    info.textBytes = incident.report.bytes;
    if (!IncidentFile::write(key.file, incident, info, error, analysis))
        return false;
    prune();
    return true;
}

void IncidentCache::prune(std::uint64_t maxBytes) const
{
    std::vector<Entry> list = entries(); // newest first
    const std::string build = buildLine();
    std::uint64_t total = 0;
    for (const Entry& entry : list) {
        // Unreadable, or written by another build (which this one never reads): removed.
        bool gone = !entry.error.empty() || !entry.info.key.starts_with(build);
        for (const std::string& input : entry.info.inputs)
            gone = gone || ::access(input.c_str(), F_OK) != 0;
        total += entry.bytes;
        // The newest file stays whatever its size: it is the one just written.
        if (gone || (total > maxBytes && &entry != &list.front())) {
            ::unlink(entry.path.c_str());
            total -= entry.bytes;
        }
    }
}

std::vector<IncidentCache::Entry> IncidentCache::entries() const
{
    std::vector<Entry> list;
    std::error_code ec;
    for (fs::directory_iterator it(m_directory, ec); !ec && it != fs::directory_iterator();
         it.increment(ec)) {
        if (!isCacheFile(it->path()) || !it->is_regular_file(ec))
            continue;
        Entry entry;
        entry.path = it->path().string();
        entry.bytes = it->file_size(ec);
        IncidentFileResult result = IncidentFile::readInfo(entry.path);
        entry.info = std::move(result.info);
        entry.error = std::move(result.error);
        list.push_back(std::move(entry));
    }
    std::sort(list.begin(), list.end(),
              [](const Entry& a, const Entry& b) { return a.info.createdNs > b.info.createdNs; });
    return list;
}

std::size_t IncidentCache::clear(std::string* error) const
{
    std::size_t removed = 0;
    std::error_code ec;
    std::vector<fs::path> doomed;
    for (fs::directory_iterator it(m_directory, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
        if (isCacheFile(it->path()) || isTemporary(it->path()))
            doomed.push_back(it->path());
    for (const fs::path& path : doomed) {
        std::error_code removeError;
        if (fs::remove(path, removeError))
            ++removed;
        else if (removeError && error != nullptr)
            *error = path.string() + ": " + removeError.message();
    }
    return removed;
}

} // namespace rs::cache
