#include "archivewriter.h"

#include <archive.h>
#include <archive_entry.h>
#include <stdexcept>

namespace rs::test {
namespace {

struct Sink {
    std::string bytes;
};

la_ssize_t writeCallback(struct archive*, void* clientData, const void* buffer, size_t length)
{
    static_cast<Sink*>(clientData)->bytes.append(static_cast<const char*>(buffer), length);
    return static_cast<la_ssize_t>(length);
}

void check(int status, struct archive* a)
{
    if (status < ARCHIVE_WARN)
        throw std::runtime_error(archive_error_string(a) ? archive_error_string(a) : "libarchive error");
}

} // namespace

std::string makeArchive(const std::vector<Member>& members, ArchiveFormat format)
{
    Sink sink;
    struct archive* a = archive_write_new();
    if (format == ArchiveFormat::Zip) {
        check(archive_write_set_format_zip(a), a);
    } else {
        check(archive_write_set_format_pax_restricted(a), a);
        if (format == ArchiveFormat::TarGz)
            check(archive_write_add_filter_gzip(a), a);
        else if (format == ArchiveFormat::TarBz2)
            check(archive_write_add_filter_bzip2(a), a);
    }
    archive_write_set_bytes_in_last_block(a, 1);
    check(archive_write_open2(a, &sink, nullptr, writeCallback, nullptr, nullptr), a);
    for (const Member& m : members) {
        struct archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, m.path.c_str());
        archive_entry_set_mtime(e, 1760000000, 0);
        archive_entry_set_perm(e, 0644);
        switch (m.type) {
        case Member::Type::File:
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_size(e, static_cast<la_int64_t>(m.content.size()));
            break;
        case Member::Type::Symlink:
            archive_entry_set_filetype(e, AE_IFLNK);
            archive_entry_set_symlink(e, m.linkTarget.c_str());
            break;
        case Member::Type::Hardlink:
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_hardlink(e, m.linkTarget.c_str());
            break;
        case Member::Type::Directory:
            archive_entry_set_filetype(e, AE_IFDIR);
            break;
        case Member::Type::CharDevice:
            archive_entry_set_filetype(e, AE_IFCHR);
            archive_entry_set_rdev(e, 0x0501);
            break;
        }
        check(archive_write_header(a, e), a);
        if (m.type == Member::Type::File && !m.content.empty())
            archive_write_data(a, m.content.data(), m.content.size());
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    return sink.bytes;
}

std::string gzipBytes(const std::string& content)
{
    Sink sink;
    struct archive* a = archive_write_new();
    check(archive_write_set_format_raw(a), a);
    check(archive_write_add_filter_gzip(a), a);
    archive_write_set_bytes_in_last_block(a, 1); // no zero padding after the gzip stream
    check(archive_write_open2(a, &sink, nullptr, writeCallback, nullptr, nullptr), a);
    struct archive_entry* e = archive_entry_new();
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_pathname(e, "data");
    archive_entry_set_size(e, static_cast<la_int64_t>(content.size()));
    check(archive_write_header(a, e), a);
    archive_write_data(a, content.data(), content.size());
    archive_entry_free(e);
    archive_write_close(a);
    archive_write_free(a);
    return sink.bytes;
}

} // namespace rs::test
