#pragma once

#include "core/diagnosis/correlation.h"
#include "core/store/incident.h"

#include <QString>

#include <array>
#include <cstdint>
#include <vector>

namespace rs {

// The troubleshooting guide's first question — are the 502s caused by the infrastructure, the
// platform or the app? — answered from the failed requests' sources, in one sentence.
enum class AnswerSource : std::uint8_t { Infrastructure, Platform, AppOrPlatform, App, Client };
inline constexpr std::size_t kAnswerSourceCount = 5;

struct SourceAnswer {
    int status = 502; // the status counted; 0: every failure (the selection held no 502)
    std::array<std::uint64_t, kAnswerSourceCount> counts{};
    std::uint64_t total = 0;
};

// Counts the failures among `rows` (requests with that status, or all failures when none has
// it), by source; when `rows` are every request, the load balancers' failures no router logged
// count as infrastructure.
SourceAnswer answerSources(const Incident& incident, const Diagnosis& diagnosis,
                           const std::vector<std::uint32_t>& rows);

// "Most 502s came from the platform: 812 of 1,204 (67.4%); app 20.0%, infrastructure 12.6%."
// Empty when nothing failed.
QString sourceAnswerSentence(const SourceAnswer& answer);

} // namespace rs
