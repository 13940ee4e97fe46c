#pragma once

#include "core/diagnosis/findings.h"
#include "core/query/filter.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace rs {

// The filter that shows a finding's evidence, shared by the window and the tests: its requests
// as explicit rows (so that selecting it shows exactly `count` requests unless the evidence is
// capped); a finding without request evidence (endpoints only) selects its time span instead.
// `rows` may pass a list the caller keeps (so that selecting a finding twice is one history
// entry); null makes one from evidence.requests.
Filter findingFilter(const Finding& finding,
                     std::shared_ptr<const std::vector<std::uint32_t>> rows = nullptr);

} // namespace rs
