#include "core/diagnosis/endpointrequests.h"

namespace rs {

std::vector<std::uint32_t> requestsWithAttemptOn(const Incident& incident, const Diagnosis& diagnosis,
                                                 IdentityIndex router, std::string_view address)
{
    std::vector<std::uint32_t> rows;
    const RequestTable& req = incident.tables.requests;
    const RouterEventTable& ev = incident.tables.events;
    const bool joined = diagnosis.size() == req.size();
    for (std::size_t r = 0; r < req.size(); ++r) {
        if (req.identity[r] != router)
            continue;
        bool hit = incident.str(req.backend[r]) == address;
        if (!hit && joined) {
            const std::size_t begin = diagnosis.attemptsBegin[r];
            const std::size_t end = begin + diagnosis.attemptsCount[r];
            for (std::size_t a = begin; a < end && !hit; ++a)
                hit = incident.str(ev.endpoint[diagnosis.attemptEvents[a]]) == address;
        }
        if (hit)
            rows.push_back(static_cast<std::uint32_t>(r));
    }
    return rows;
}

} // namespace rs
