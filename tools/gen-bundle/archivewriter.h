#pragma once

#include "options.h"

#include <filesystem>
#include <string>
#include <string_view>

struct archive;

namespace rs::gen {

// libarchive writer whose output depends only on the content: every entry gets the same
// mtime, owner 0/0 "root", fixed modes, and the gzip header carries no timestamp.
class ArchiveWriter {
public:
    enum class Format { TarGz, Zip };
    ArchiveWriter(const std::filesystem::path& path, Format format, TimeNs mtime);
    ~ArchiveWriter();
    ArchiveWriter(const ArchiveWriter&) = delete;
    ArchiveWriter& operator=(const ArchiveWriter&) = delete;

    void addDirectory(const std::string& name);
    void addFile(const std::string& name, const std::filesystem::path& source);
    void addData(const std::string& name, std::string_view data);
    // Adds a directory tree in sorted order, names prefixed with prefix ("./" for bosh).
    void addTree(const std::filesystem::path& root, const std::string& prefix);
    void close();

private:
    void header(const std::string& name, bool directory, std::int64_t size);
    struct archive* m_archive = nullptr;
    std::int64_t m_mtime = 0;
};

} // namespace rs::gen
