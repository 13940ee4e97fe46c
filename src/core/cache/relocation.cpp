#include "core/cache/relocation.h"

#include "core/bundle/pathname.h"
#include "core/cache/cachedtext.h"
#include "core/cache/filedigest.h"
#include "core/cache/loosetext.h"

#include <filesystem>
#include <map>

namespace rs::cache {
namespace {

namespace fs = std::filesystem;

bool isFile(const std::string& path)
{
    std::error_code ec;
    return fs::is_regular_file(path, ec);
}

bool isDirectory(const std::string& path)
{
    std::error_code ec;
    return fs::is_directory(path, ec);
}

std::string absolute(const std::string& path)
{
    std::error_code ec;
    const fs::path p = fs::absolute(path, ec);
    return ec ? path : p.lexically_normal().string();
}

// Where `input` is among `found`: a path of the same name, or that name inside a chosen folder;
// the only path chosen when the case had only one input (the bundle may have been renamed).
std::string locate(const std::string& input, const std::vector<std::string>& found, std::size_t inputs)
{
    const std::string name = bundleio::inputBaseName(input);
    for (const std::string& path : found)
        if (bundleio::inputBaseName(path) == name)
            return path;
    for (const std::string& path : found) {
        const std::string inside = (fs::path(path) / name).string();
        if (isDirectory(path) && (isFile(inside) || isDirectory(inside)))
            return inside;
    }
    if (inputs == 1 && found.size() == 1)
        return found.front();
    return {};
}

// Whether the file at `path` is the one saved as `identity`; else why not.
bool sameFile(const CaseFileIdentity& identity, const std::string& path, std::string& why)
{
    std::string error;
    const std::optional<FileDigest> digest = digestFile(path, &error);
    if (!digest) {
        why = error;
        return false;
    }
    if (digest->size != identity.size) {
        why = path + ": " + std::to_string(digest->size) + " bytes, the case's file had " +
              std::to_string(identity.size);
        return false;
    }
    if (!digest->sameContent({identity.size, 0, 0, identity.head, identity.tail})) {
        why = path + ": other bytes than the case's file of the same size";
        return false;
    }
    return true;
}

// `path` under `root` (or `root` itself): the rest, from its '/'; nothing otherwise.
std::optional<std::string> under(const std::string& path, const std::string& root)
{
    if (path == root)
        return std::string();
    if (path.size() > root.size() && path.starts_with(root) && path[root.size()] == '/')
        return path.substr(root.size());
    return std::nullopt;
}

struct Located {
    std::string to;
    std::string logicalFrom, logicalTo; // the first component of the input's archive members' paths
};

} // namespace

std::size_t Relocation::texts() const
{
    std::size_t n = 0;
    for (const RelocatedInput& input : inputs)
        n += input.files;
    return n;
}

Relocation relocate(Incident& incident, const CaseState& state, const std::vector<std::string>& found)
{
    std::map<std::string, const CaseFileIdentity*> identities;
    for (const CaseFileIdentity& identity : state.files)
        identities.emplace(identity.path, &identity);
    std::vector<std::string> chosen;
    for (const std::string& path : found)
        chosen.push_back(absolute(path));

    Relocation result;
    std::vector<std::optional<Located>> located(state.inputs.size());
    for (std::size_t i = 0; i < state.inputs.size(); ++i) {
        RelocatedInput& r = result.inputs.emplace_back();
        r.from = state.inputs[i];
        const std::string to = locate(r.from, chosen, state.inputs.size());
        if (to.empty()) {
            r.reason = "not among the chosen files";
            continue;
        }
        r.to = to;
        const auto identity = identities.find(r.from);
        if (identity != identities.end()) {
            if (!isFile(to)) {
                r.reason = to + ": not a file, the case's input was";
                continue;
            }
            if (!sameFile(*identity->second, to, r.reason))
                continue;
        }
        located[i] = Located{to, bundleio::inputBaseName(r.from), bundleio::inputBaseName(to)};
    }

    // Archive members are read again from the inputs where they are now (one read for all).
    std::vector<std::string> inputsNow = state.inputs;
    for (std::size_t i = 0; i < located.size(); ++i)
        if (located[i])
            inputsNow[i] = located[i]->to;
    const auto members = std::make_shared<BundleMembers>(inputsNow, BundleLimits{});

    const auto refuse = [](RelocatedInput& r, std::string why) {
        ++r.refused;
        if (r.reason.empty())
            r.reason = std::move(why);
    };
    for (SharedText& text : incident.fileText) {
        if (!text)
            continue;
        if (const auto* member = dynamic_cast<const MemberText*>(text.get())) {
            for (std::size_t i = 0; i < located.size(); ++i) {
                const auto rest = located[i] ? under(member->path(), located[i]->logicalFrom) : std::nullopt;
                if (!rest || rest->empty())
                    continue;
                const std::string path = located[i]->logicalTo + *rest;
                members->want(path);
                text = std::make_shared<MemberText>(members, path, member->size(), member->hash());
                ++result.inputs[i].files;
                break;
            }
            continue;
        }
        const std::optional<LooseFile> loose = looseFile(text.get());
        if (!loose)
            continue;
        const std::string& path = loose->path;
        for (std::size_t i = 0; i < located.size(); ++i) {
            const auto rest = located[i] ? under(path, state.inputs[i]) : std::nullopt;
            if (!rest)
                continue;
            RelocatedInput& r = result.inputs[i];
            const std::string now = located[i]->to + *rest;
            const auto identity = identities.find(path);
            std::string why;
            if (identity == identities.end()) {
                refuse(r, path + ": the case holds no identity of it (it had changed when saved)");
            } else if (!sameFile(*identity->second, now, why)) {
                refuse(r, why);
            } else if (const std::optional<FileStamp> stamp = FileStamp::of(now, &why); !stamp) {
                refuse(r, now + ": " + why);
            } else {
                // The identity is checked: from now on the stamp guards against changes here.
                if (loose->gzip)
                    text = std::make_shared<LazyGzipText>(now, text->size(), *stamp);
                else
                    text = std::make_shared<PlainFileText>(now, text->size(), *stamp);
                ++r.files;
            }
            break;
        }
    }
    for (std::size_t i = 0; i < located.size(); ++i) {
        RelocatedInput& r = result.inputs[i];
        r.matched = located[i].has_value() && r.refused == 0;
        // Where some of its text is read from now (an input found but refused stays where it was).
        if (located[i] && r.files > 0 && i < incident.report.inputs.size())
            incident.report.inputs[i] = located[i]->to;
    }
    return result;
}

} // namespace rs::cache
