#include "core/bundle/bundlereader.h"

#include "core/bundle/pathname.h"
#include "core/bundle/readsession.h"
#include "core/bundle/spillfile.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>

namespace rs {

std::string_view bundleIssueId(BundleIssue issue)
{
    switch (issue) {
    case BundleIssue::Unreadable:
        return "unreadable";
    case BundleIssue::TruncatedGzip:
        return "truncated_gzip";
    case BundleIssue::CorruptGzip:
        return "corrupt_gzip";
    case BundleIssue::TruncatedArchive:
        return "truncated_archive";
    case BundleIssue::CorruptMember:
        return "corrupt_member";
    case BundleIssue::UnsafePath:
        return "unsafe_path";
    case BundleIssue::LinkMember:
        return "link_member";
    case BundleIssue::SpecialMember:
        return "special_member";
    case BundleIssue::InvalidNameEncoding:
        return "invalid_name_encoding";
    case BundleIssue::NestingTooDeep:
        return "nesting_too_deep";
    case BundleIssue::MemberTooLarge:
        return "member_too_large";
    case BundleIssue::TotalTooLarge:
        return "total_too_large";
    case BundleIssue::RatioTooHigh:
        return "ratio_too_high";
    case BundleIssue::RatioTooHighPrefixKept:
        return "ratio_too_high_prefix_kept";
    case BundleIssue::TooManyMembers:
        return "too_many_members";
    case BundleIssue::EncryptedMember:
        return "encrypted_member";
    case BundleIssue::Cancelled:
        return "cancelled";
    case BundleIssue::DuplicateFile:
        return "duplicate_file";
    case BundleIssue::OutOfOrderLines:
        return "out_of_order_lines";
    case BundleIssue::FarTimestamps:
        return "far_timestamps";
    case BundleIssue::ClockSkew:
        return "clock_skew";
    case BundleIssue::SpillFailed:
        return "spill_failed";
    }
    return "unknown";
}

namespace {

using bundleio::ReadSession;

// Directories nest without archives; bind mounts can even loop. Bounded like archive nesting.
constexpr int kMaxDirectoryDepth = 64;

struct InputFile {
    std::string fsPath;
    std::string logical;
    std::uint64_t size = 0;
    std::int64_t mtime = 0;
};

// Lists the files of all inputs first so that progress knows the total.
class InputLister {
public:
    InputLister(ReadSession& session, std::vector<InputFile>& files)
        : m_session(session)
        , m_files(files)
    {}

    void addInput(const std::string& input)
    {
        std::string fsPath = input;
        while (fsPath.size() > 1 && fsPath.back() == '/')
            fsPath.pop_back();
        bool invalid = false;
        const std::string logical = bundleio::escapeName(bundleio::inputBaseName(fsPath), &invalid);
        struct stat st {};
        if (::stat(fsPath.c_str(), &st) != 0) {
            m_session.report(bundleio::escapeName(input), BundleIssue::Unreadable, std::strerror(errno));
            return;
        }
        if (invalid)
            m_session.report(logical, BundleIssue::InvalidNameEncoding, "file name is not UTF-8");
        if (S_ISDIR(st.st_mode))
            walk(fsPath, logical, 0);
        else
            addFile(fsPath, logical, st);
    }

private:
    void addFile(const std::string& fsPath, const std::string& logical, const struct stat& st)
    {
        if (!S_ISREG(st.st_mode)) {
            m_session.report(logical, BundleIssue::SpecialMember, "not a regular file; skipped");
            return;
        }
        if (!m_session.countMember(logical))
            return;
        m_files.push_back(InputFile{fsPath, logical, static_cast<std::uint64_t>(st.st_size), st.st_mtime});
    }

    void walk(const std::string& fsDir, const std::string& logicalDir, int depth)
    {
        if (depth > kMaxDirectoryDepth) {
            m_session.report(logicalDir, BundleIssue::NestingTooDeep,
                             "directories nested deeper than " + std::to_string(kMaxDirectoryDepth));
            return;
        }
        DIR* dir = ::opendir(fsDir.c_str());
        if (dir == nullptr) {
            m_session.report(logicalDir, BundleIssue::Unreadable, std::strerror(errno));
            return;
        }
        std::vector<std::string> names;
        while (const dirent* entry = ::readdir(dir)) {
            const std::string_view name = entry->d_name;
            if (name != "." && name != "..")
                names.emplace_back(name);
        }
        ::closedir(dir);
        std::sort(names.begin(), names.end());
        for (const std::string& name : names) {
            if (m_session.stopped())
                return;
            const std::string fsPath = fsDir == "/" ? "/" + name : fsDir + '/' + name;
            bool invalid = false;
            const std::string logical = logicalDir + '/' + bundleio::escapeName(name, &invalid);
            struct stat st {};
            if (::lstat(fsPath.c_str(), &st) != 0) {
                m_session.report(logical, BundleIssue::Unreadable, std::strerror(errno));
                continue;
            }
            if (invalid)
                m_session.report(logical, BundleIssue::InvalidNameEncoding, "file name is not UTF-8");
            if (S_ISLNK(st.st_mode))
                m_session.report(logical, BundleIssue::LinkMember, "symbolic link not followed");
            else if (S_ISDIR(st.st_mode))
                walk(fsPath, logical, depth + 1);
            else
                addFile(fsPath, logical, st);
        }
    }

    ReadSession& m_session;
    std::vector<InputFile>& m_files;
};

} // namespace

BundleReader::BundleReader(BundleLimits limits)
    : m_limits(limits)
    , m_spillDirectory(defaultSpillDirectory())
{}

void BundleReader::read(const std::vector<std::string>& inputs, const Sink& sink,
                        std::vector<BundleProblem>& problems, const std::atomic<bool>* cancel,
                        const Progress& progress)
{
    ReadSession session(m_limits, sink, problems, cancel, &progress);
    session.streamLeaves(m_streamLeaves);
    session.setBeforeLeaf(m_beforeLeaf ? &m_beforeLeaf : nullptr);
    session.spillTo(m_spillDirectory);
    std::vector<InputFile> files;
    InputLister lister(session, files);
    for (const std::string& input : inputs) {
        if (session.stopped())
            return;
        lister.addInput(input);
    }
    std::uint64_t total = 0;
    for (const InputFile& file : files)
        total += file.size;
    session.beginProgress(total);
    for (const InputFile& file : files) {
        if (session.stopped())
            return;
        std::string error;
        SharedBytes bytes = mapFile(file.fsPath, &error);
        if (!bytes) {
            session.report(file.logical, BundleIssue::Unreadable, error);
            session.skipTop(file.size);
            continue;
        }
        bundleio::Node node;
        node.path = file.logical;
        node.memberPath = file.fsPath;
        node.stored = bytes->size();
        node.mtime = file.mtime;
        node.declaredSize = bytes->size();
        // Stat()ed after mapping: a file changed between listing and mapping is judged as mapped.
        if (const std::optional<FileStamp> stamp = FileStamp::of(file.fsPath);
            stamp && stamp->size == bytes->size())
            node.loose = stamp;
        session.readTop(node, std::move(bytes));
    }
    session.finishProgress();
}

void BundleReader::readBytes(const std::string& name, SharedBytes bytes, const Sink& sink,
                             std::vector<BundleProblem>& problems, const std::atomic<bool>* cancel)
{
    ReadSession session(m_limits, sink, problems, cancel, nullptr);
    session.streamLeaves(m_streamLeaves);
    session.setBeforeLeaf(m_beforeLeaf ? &m_beforeLeaf : nullptr);
    if (!bytes)
        bytes = bytesFromString({});
    bundleio::Node node;
    node.path = bundleio::escapeName(name);
    node.memberPath = node.path;
    node.stored = bytes->size();
    node.declaredSize = bytes->size();
    session.readTop(node, std::move(bytes));
}

} // namespace rs
