#include "archivewriter.h"

#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <cstdio>
#include <stdexcept>
#include <vector>

namespace rs::gen {

namespace {
void check(struct archive* a, int rc, const char* what)
{
    if (rc < ARCHIVE_OK)
        throw std::runtime_error(std::string(what) + ": " +
                                 (archive_error_string(a) ? archive_error_string(a) : "?"));
}
} // namespace

ArchiveWriter::ArchiveWriter(const std::filesystem::path& path, Format format, TimeNs mtime)
    : m_archive(archive_write_new())
    , m_mtime(mtime / kSecond)
{
    if (format == Format::TarGz) {
        check(m_archive, archive_write_set_format_gnutar(m_archive), "tar format");
        check(m_archive, archive_write_add_filter_gzip(m_archive), "gzip filter");
        check(m_archive, archive_write_set_filter_option(m_archive, "gzip", "timestamp", nullptr),
              "gzip timestamp");
        check(m_archive, archive_write_set_filter_option(m_archive, "gzip", "compression-level", "6"),
              "gzip level");
    } else {
        check(m_archive, archive_write_set_format_zip(m_archive), "zip format");
        check(m_archive, archive_write_set_format_option(m_archive, "zip", "compression", "deflate"),
              "zip deflate");
    }
    check(m_archive, archive_write_open_filename(m_archive, path.c_str()), "open archive");
}

ArchiveWriter::~ArchiveWriter()
{
    if (m_archive) {
        archive_write_close(m_archive);
        archive_write_free(m_archive);
    }
}

void ArchiveWriter::header(const std::string& name, bool directory, std::int64_t size)
{
    struct archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, name.c_str());
    archive_entry_set_filetype(e, directory ? AE_IFDIR : AE_IFREG);
    archive_entry_set_perm(e, directory ? 0755 : 0644);
    archive_entry_set_size(e, directory ? 0 : size);
    archive_entry_set_mtime(e, m_mtime, 0);
    archive_entry_set_uid(e, 0);
    archive_entry_set_gid(e, 0);
    archive_entry_set_uname(e, "root");
    archive_entry_set_gname(e, "root");
    const int rc = archive_write_header(m_archive, e);
    archive_entry_free(e);
    check(m_archive, rc, "write header");
}

void ArchiveWriter::addDirectory(const std::string& name)
{
    header(name, true, 0);
}

void ArchiveWriter::addData(const std::string& name, std::string_view data)
{
    header(name, false, static_cast<std::int64_t>(data.size()));
    if (!data.empty() && archive_write_data(m_archive, data.data(), data.size()) < 0)
        check(m_archive, ARCHIVE_FATAL, "write data");
}

void ArchiveWriter::addFile(const std::string& name, const std::filesystem::path& source)
{
    const auto size = static_cast<std::int64_t>(std::filesystem::file_size(source));
    header(name, false, size);
    std::FILE* f = std::fopen(source.c_str(), "rb");
    if (!f)
        throw std::runtime_error("cannot read " + source.string());
    std::vector<char> buf(1 << 20);
    std::size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), f)) > 0) {
        if (archive_write_data(m_archive, buf.data(), n) < 0) {
            std::fclose(f);
            check(m_archive, ARCHIVE_FATAL, "write data");
        }
    }
    std::fclose(f);
}

void ArchiveWriter::addTree(const std::filesystem::path& root, const std::string& prefix)
{
    std::vector<std::filesystem::path> entries;
    for (const auto& e : std::filesystem::recursive_directory_iterator(root))
        entries.push_back(e.path());
    std::sort(entries.begin(), entries.end());
    for (const auto& p : entries) {
        const std::string rel = prefix + std::filesystem::relative(p, root).generic_string();
        if (std::filesystem::is_directory(p))
            addDirectory(rel + "/");
        else
            addFile(rel, p);
    }
}

void ArchiveWriter::close()
{
    if (!m_archive)
        return;
    const int rc = archive_write_close(m_archive);
    archive_write_free(m_archive);
    m_archive = nullptr;
    if (rc < ARCHIVE_OK)
        throw std::runtime_error("closing archive failed");
}

} // namespace rs::gen
