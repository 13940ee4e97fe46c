#pragma once

#include <string>
#include <string_view>

namespace rs::bundleio {

// Makes a name displayable: invalid UTF-8 bytes and control characters become \xNN. `invalid` is set
// only for bytes that are not UTF-8 (control characters are valid, merely unprintable).
std::string escapeName(std::string_view raw, bool* invalid = nullptr);

struct CleanName {
    std::string path;    // logical form: "./" and empty components dropped, ".." -> "_", no leading '/'
    std::string escaped; // the stored name, escaped only
    bool invalidEncoding = false;
    bool unsafe = false; // had ".." components or was absolute
};

// Archive member names are attacker-chosen; this is the only way they enter a logical path.
CleanName cleanMemberName(std::string_view raw);

// Last component of a file system path given by the user ("dir/" and "." handled).
std::string inputBaseName(const std::string& path);

} // namespace rs::bundleio
