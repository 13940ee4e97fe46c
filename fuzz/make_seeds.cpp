// Writes small bundles built from the sample logs into a seed directory for fuzz_bundle: every
// container kind the reader knows, nested, with the hostile member kinds (links, devices, `..`),
// so the fuzzer starts from inputs that reach deep into the reader instead of guessing magic.
// Usage: fuzz_make_seeds SAMPLES_DIR OUT_DIR
#include "archivewriter.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFile(const std::filesystem::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Keeps seeds small: libFuzzer's default max_len for bundles is set by ./dev fuzz.
std::string head(const std::string& text, std::size_t bytes = 1500)
{
    return text.substr(0, std::min(text.size(), bytes));
}

} // namespace

int main(int argc, char** argv)
{
    using rs::test::ArchiveFormat;
    using rs::test::makeArchive;
    using rs::test::Member;
    if (argc != 3) {
        std::fprintf(stderr, "usage: fuzz_make_seeds SAMPLES_DIR OUT_DIR\n");
        return 2;
    }
    const std::filesystem::path samples = argv[1];
    const std::filesystem::path out = argv[2];
    std::filesystem::create_directories(out);

    std::vector<Member> members;
    for (const auto& entry : std::filesystem::directory_iterator(samples)) {
        if (entry.path().extension() == ".md")
            continue;
        members.emplace_back("router.0/" + entry.path().filename().string(), head(readFile(entry.path())));
    }
    std::sort(members.begin(), members.end(),
              [](const Member& a, const Member& b) { return a.path < b.path; });
    const std::vector<Member> few(members.begin(),
                                  members.begin() + std::min<std::size_t>(3, members.size()));

    writeFile(out / "all.tar", makeArchive(members, ArchiveFormat::Tar));
    writeFile(out / "all.tgz", makeArchive(members, ArchiveFormat::TarGz));
    writeFile(out / "all.zip", makeArchive(members, ArchiveFormat::Zip));
    for (std::size_t i = 0; i < members.size(); ++i) {
        writeFile(out / ("member" + std::to_string(i) + ".gz"), rs::test::gzipBytes(members[i].content));
        writeFile(out / ("member" + std::to_string(i) + ".tar"),
                  makeArchive({members[i]}, ArchiveFormat::Tar));
    }

    std::vector<Member> hostile = few;
    hostile.emplace_back("../../etc/evil.log", head(few.front().content, 200));
    hostile.emplace_back("/abs/path.log", "x\n");
    hostile.emplace_back("link.log", Member::Type::Symlink, "/etc/passwd");
    hostile.emplace_back("hard.log", Member::Type::Hardlink, few.front().path);
    hostile.emplace_back("dev", Member::Type::CharDevice);
    hostile.emplace_back("dir", Member::Type::Directory);
    hostile.emplace_back("bad\xff\xfename.log", "x\n");
    writeFile(out / "hostile.tar", makeArchive(hostile, ArchiveFormat::Tar));
    hostile.erase(std::remove_if(hostile.begin(), hostile.end(),
                                 [](const Member& m) { return m.type == Member::Type::CharDevice; }),
                  hostile.end()); // zip cannot hold devices
    writeFile(out / "hostile.zip", makeArchive(hostile, ArchiveFormat::Zip));

    // Nesting: a zip inside a tgz inside a tar, and a gzip inside a zip.
    const std::string innerZip = makeArchive(few, ArchiveFormat::Zip);
    const std::string innerTgz = makeArchive(
        {Member("inner.zip", innerZip), Member("a.log.gz", rs::test::gzipBytes(few.front().content))},
        ArchiveFormat::TarGz);
    writeFile(out / "nested.tar", makeArchive({Member("router.tgz", innerTgz)}, ArchiveFormat::Tar));
    writeFile(out / "nested.zip", makeArchive({Member("x.log.gz", rs::test::gzipBytes(few.back().content)),
                                               Member("y.tar", makeArchive(few, ArchiveFormat::Tar))},
                                              ArchiveFormat::Zip));
    writeFile(out / "gz-of-tar.gz", rs::test::gzipBytes(makeArchive(few, ArchiveFormat::Tar)));
    std::string twoMembers = rs::test::gzipBytes("first member\n") + rs::test::gzipBytes(few.front().content);
    writeFile(out / "multimember.gz", twoMembers);
    return 0;
}
