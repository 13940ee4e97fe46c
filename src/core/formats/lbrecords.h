#pragma once

#include <string_view>
#include <vector>

namespace rs::lb {

// Azure exports several records as one document, {"records":[{…},{…}]}: the objects of its
// "records" array in order, as views into `document` (empty when it is no such document).
// Brackets inside strings are skipped; an unterminated object ends the list. (lblog_cloud.cpp)
std::vector<std::string_view> azureRecords(std::string_view document);

} // namespace rs::lb
