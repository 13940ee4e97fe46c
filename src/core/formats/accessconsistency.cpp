#include "core/formats/accessconsistency.h"

namespace rs {
namespace access {

AccessEra eraOf(const EraEvidence& e)
{
    if (e.epoch)
        return AccessEra::UnixEpoch;
    if (e.dayMonthYear)
        return !e.dmyFraction  ? AccessEra::Legacy2014
               : e.quotedGroup ? AccessEra::Quoted2016
                               : AccessEra::Legacy2016;
    return e.zulu ? AccessEra::Nanos2019 : AccessEra::Iso2017;
}

std::optional<SkipReason> checkEra(const EraEvidence& e)
{
    // (a) rr 0.142 quoted remote address, vcap_request_id, app_id and app_index together.
    if (e.quotedGroup && e.bareGroup)
        return SkipReason::InconsistentFields;
    // (b) fields of the nanosecond era next to a day/month/year timestamp.
    if (e.dayMonthYear && e.nanosKeys)
        return SkipReason::InconsistentFields;
    // (c) same next to an ISO timestamp with a numeric offset (rr 0.143–0.195).
    if (!e.dayMonthYear && !e.zulu && !e.epoch && e.nanosKeys)
        return SkipReason::InconsistentFields;
    // (d) ISO timestamps (rr 0.143+) came after every value was quoted (rr 0.142).
    if (!e.dayMonthYear && e.bareGroup)
        return SkipReason::InconsistentFields;
    // (e) second-precision timestamps predate quoting (rr 0.133 added milliseconds).
    if (e.dayMonthYear && !e.dmyFraction && e.quotedGroup)
        return SkipReason::InconsistentFields;
    return std::nullopt;
}

} // namespace access

std::optional<SkipReason> checkAgainstWrapper(const Unwrapped& wrapper, const AccessRecord& record)
{
    constexpr DurationNs kTolerance = 300'000'000'000; // 5 min; a wrong zone is off by ≥ 15 min
    if (!wrapper.cfLogs || wrapper.wrapperTime == kNoTime || record.start == kNoTime)
        return std::nullopt;
    if (record.responseTime == kNoDuration) {
        // Emitted when the request ended, at an unknown time after its start.
        if (wrapper.wrapperTime < subClamped(record.start, kTolerance))
            return SkipReason::InconsistentFields;
        return std::nullopt;
    }
    const TimeNs end = addClamped(record.start, record.responseTime);
    const TimeNs gap = subClamped(wrapper.wrapperTime, end);
    if (gap > kTolerance || gap < -kTolerance)
        return SkipReason::InconsistentFields;
    return std::nullopt;
}

} // namespace rs
