#pragma once
// A file's bytes read and written whole: what the cache and case tests corrupt and compare.
#include <fstream>
#include <sstream>
#include <string>

namespace rs::test {

inline std::string readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline void writeAll(const std::string& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

} // namespace rs::test
