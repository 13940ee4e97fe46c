#include "core/store/lbtable.h"

#include "core/store/columnappend.h"
#include "core/util/fnv.h"

#include <algorithm>

namespace rs {
using namespace columnappend;

std::uint64_t lbUrlHash(std::string_view url)
{
    return fnv1a(url);
}

void LbTable::push(const LbRecord& r, IdentityIndex identityIndex, StringPool& pool, std::uint64_t offset)
{
    start.push_back(r.start);
    total.push_back(r.total);
    request.push_back(r.request);
    connect.push_back(r.connect);
    response.push_back(r.response);
    status.push_back(static_cast<std::uint16_t>(std::clamp(r.status, 0, 65535)));
    targetStatus.push_back(static_cast<std::int16_t>(std::clamp(r.targetStatus, -1, 32767)));
    kind.push_back(r.kind);
    identity.push_back(identityIndex);
    client.push_back(pool.intern(r.client));
    target.push_back(pool.intern(r.target));
    method.push_back(pool.intern(r.method));
    host.push_back(pool.intern(r.host));
    termination.push_back(pool.intern(r.termination));
    lbName.push_back(pool.intern(r.lbName));
    forwardedFor.push_back(pool.intern(r.forwardedFor));
    amznTraceId.push_back(pool.intern(r.amznTraceId));
    requestId.push_back(pool.intern(r.requestId));
    traceparent.push_back(pool.intern(r.traceparent));
    urlHash.push_back(lbUrlHash(r.url));
    source.push(0, offset);
}

void LbTable::append(const LbTable& other, const IdRemap& remap)
{
    appendAll(start, other.start);
    appendAll(total, other.total);
    appendAll(request, other.request);
    appendAll(connect, other.connect);
    appendAll(response, other.response);
    appendAll(status, other.status);
    appendAll(targetStatus, other.targetStatus);
    appendAll(kind, other.kind);
    appendIdentities(identity, other.identity, remap);
    for (auto [to, from] :
         {std::pair{&client, &other.client}, std::pair{&target, &other.target},
          std::pair{&method, &other.method}, std::pair{&host, &other.host},
          std::pair{&termination, &other.termination}, std::pair{&lbName, &other.lbName},
          std::pair{&forwardedFor, &other.forwardedFor}, std::pair{&amznTraceId, &other.amznTraceId},
          std::pair{&requestId, &other.requestId}, std::pair{&traceparent, &other.traceparent}})
        appendStrings(*to, *from, remap);
    appendAll(urlHash, other.urlHash);
    appendProvenance(source, other.source, remap);
}

} // namespace rs
