#pragma once

#include <string>
#include <utility>
#include <vector>

namespace rs::test {

// Builds archives in memory for tests, with libarchive's writer.
struct Member {
    enum class Type { File, Symlink, Hardlink, Directory, CharDevice };

    Member(std::string memberPath, std::string memberContent)
        : path(std::move(memberPath))
        , content(std::move(memberContent))
    {}
    Member(std::string memberPath, Type memberType, std::string target = {})
        : path(std::move(memberPath))
        , type(memberType)
        , linkTarget(std::move(target))
    {}

    std::string path;
    std::string content;
    Type type = Type::File;
    std::string linkTarget; // for links
};

enum class ArchiveFormat { Tar, TarGz, TarBz2, Zip };

std::string makeArchive(const std::vector<Member>& members, ArchiveFormat format);
std::string gzipBytes(const std::string& content);

} // namespace rs::test
