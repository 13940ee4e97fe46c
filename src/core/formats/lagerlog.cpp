#include "core/formats/lagerlog.h"

#include "core/formats/jsonline.h"

namespace rs {

namespace {

using json::Value;

// Keys of the data object that identify a container. Lager sessions accumulate their data, so
// a rep line deep in the container operation carries all of them (executor and rep sources):
// "container-guid" (ordinary-lrp-processor), "guid" (run-container, containerstore-create),
// "Guid" (containerstore-stop/destroy), "lrp-key"/"lrp-instance-key" (rep), and
// "actual_lrp_key"/"actual_lrp_instance_key" (bbs).
struct ContainerIds {
    std::string_view containerGuid;
    std::string_view instanceGuid;
    std::string_view processGuid;
    std::string_view stepError;
    int exitStatus = -1;
    int statusCode = -1;
};

struct Segments {
    std::string_view action;  // last
    std::string_view session; // second last
    std::string_view parent;  // third last
};

Segments lastSegments(std::string_view message)
{
    Segments segments;
    std::string_view rest = message;
    std::string_view* slots[] = {&segments.action, &segments.session, &segments.parent};
    for (std::string_view* slot : slots) {
        const std::size_t dot = rest.rfind('.');
        if (dot == std::string_view::npos) {
            *slot = rest;
            break;
        }
        *slot = rest.substr(dot + 1);
        rest = rest.substr(0, dot);
    }
    return segments;
}

// Health checks, the Envoy proxy and setup steps run processes of their own under other
// sessions ("readiness-check", "liveness-check", "monitor", "setup", "sidecar"); only the
// container's main action ("…node-run.action.…") tells how the app itself ended.
bool isMainAction(std::string_view message)
{
    bool sawAction = false;
    std::size_t begin = 0;
    while (begin <= message.size()) {
        std::size_t end = message.find('.', begin);
        if (end == std::string_view::npos)
            end = message.size();
        const std::string_view segment = message.substr(begin, end - begin);
        if (json::is(segment, "action"))
            sawAction = true;
        else if (segment.find("check") != std::string_view::npos ||
                 segment.find("monitor") != std::string_view::npos)
            return false;
        begin = end + 1;
    }
    return sawAction;
}

bool containerKind(std::string_view message, ContainerEventKind& kind)
{
    const Segments s = lastSegments(message);
    if (json::is(s.session, "containerstore-create")) {
        if (json::is(s.action, "starting"))
            kind = ContainerEventKind::Creating;
        else if (json::is(s.action, "complete"))
            kind = ContainerEventKind::Created;
        else
            return false;
        return true;
    }
    if (json::is(s.action, "bbs-start-actual-lrp")) {
        kind = ContainerEventKind::Running;
        return true;
    }
    if (json::is(s.action, "process-exit") && json::is(s.session, "run-step") && isMainAction(message)) {
        kind = ContainerEventKind::Exited;
        return true;
    }
    if (json::is(s.action, "run-step-failed-with-nonzero-status-code") && isMainAction(message)) {
        kind = ContainerEventKind::Crashed;
        return true;
    }
    if (json::is(s.action, "transitioned-to-healthy")) {
        kind = ContainerEventKind::Healthy;
        return true;
    }
    if (json::is(s.action, "transitioned-to-unhealthy")) {
        kind = ContainerEventKind::Unhealthy;
        return true;
    }
    if (json::is(s.action, "timed-out-before-healthy")) {
        kind = ContainerEventKind::NeverHealthy;
        return true;
    }
    if (json::is(s.session, "containerstore-stop") && json::is(s.action, "starting")) {
        kind = ContainerEventKind::Stopping;
        return true;
    }
    // The executor names the session "containerstore.destroy" (with a dot).
    if (json::is(s.action, "complete") &&
        (json::is(s.session, "containerstore-destroy") ||
         (json::is(s.session, "destroy") && json::is(s.parent, "containerstore")))) {
        kind = ContainerEventKind::Destroyed;
        return true;
    }
    // BBS: bbs.request.crash-actual-lrp.…crash-actual-lrp.starting, with the LRP keys as data.
    if (json::is(s.action, "starting") && json::is(s.session, "crash-actual-lrp")) {
        kind = ContainerEventKind::Crashed;
        return true;
    }
    return false;
}

bool readKeyField(Value& v, std::string_view wanted, std::string_view& out)
{
    return json::forEachFieldOf(v, [&](std::string_view key, Value& field) {
        return key == wanted ? json::readText(field, out) : true;
    });
}

bool parseData(Value& v, LagerRecord& out, ContainerIds& ids)
{
    return json::forEachFieldOf(v, [&](std::string_view key, Value& field) {
        if (json::is(key, "error"))
            return json::readText(field, out.error);
        if (json::is(key, "exitStatus"))
            json::readInt(field, ids.exitStatus);
        else if (json::is(key, "status-code"))
            json::readInt(field, ids.statusCode);
        else if (json::is(key, "step-error"))
            return json::readText(field, ids.stepError);
        else if (json::is(key, "container-guid") ||
                 ((json::is(key, "guid") || json::is(key, "Guid")) && ids.containerGuid.empty()))
            return json::readText(field, ids.containerGuid);
        else if (json::is(key, "lrp-instance-key") || json::is(key, "actual_lrp_instance_key"))
            return readKeyField(field, "instance_guid", ids.instanceGuid);
        else if (json::is(key, "lrp-key") || json::is(key, "actual_lrp_key"))
            return readKeyField(field, "process_guid", ids.processGuid);
        else if ((json::is(key, "instance_guid") || json::is(key, "instance-guid")) &&
                 ids.instanceGuid.empty())
            return json::readText(field, ids.instanceGuid);
        else if ((json::is(key, "process_guid") || json::is(key, "process-guid")) && ids.processGuid.empty())
            return json::readText(field, ids.processGuid);
        return true;
    });
}

void fillContainerEvent(ContainerEventKind kind, const LagerRecord& record, const ContainerIds& ids,
                        ContainerEvent& event)
{
    event = ContainerEvent{};
    event.time = record.time;
    event.kind = kind;
    event.processGuid = ids.processGuid;
    event.instanceGuid = ids.instanceGuid;
    if (event.instanceGuid.empty()) {
        // Container guids were "<process_guid>-<instance_guid>" until 2016, the bare
        // instance_guid since.
        event.instanceGuid = ids.containerGuid;
        if (!ids.processGuid.empty() && event.instanceGuid.size() > ids.processGuid.size() + 1 &&
            event.instanceGuid.starts_with(ids.processGuid) &&
            event.instanceGuid[ids.processGuid.size()] == '-')
            event.instanceGuid.remove_prefix(ids.processGuid.size() + 1);
    }
    switch (kind) {
    case ContainerEventKind::Exited:
        event.exitStatus = ids.exitStatus;
        break;
    case ContainerEventKind::Crashed:
        event.exitStatus = ids.statusCode;
        event.reason = record.error;
        break;
    case ContainerEventKind::NeverHealthy:
        event.reason = ids.stepError.empty() ? record.error : ids.stepError;
        break;
    default:
        event.reason = record.error;
        break;
    }
    // The executor appends " (out of memory)" when garden reported an OOM kill.
    event.oom = event.reason.find("out of memory") != std::string_view::npos;
}

} // namespace

std::string_view containerEventId(ContainerEventKind kind)
{
    switch (kind) {
    case ContainerEventKind::Creating:
        return "creating";
    case ContainerEventKind::Created:
        return "created";
    case ContainerEventKind::Running:
        return "running";
    case ContainerEventKind::Healthy:
        return "healthy";
    case ContainerEventKind::Unhealthy:
        return "unhealthy";
    case ContainerEventKind::NeverHealthy:
        return "never_healthy";
    case ContainerEventKind::Exited:
        return "exited";
    case ContainerEventKind::Crashed:
        return "crashed";
    case ContainerEventKind::Stopping:
        return "stopping";
    case ContainerEventKind::Destroyed:
        return "destroyed";
    }
    return "unknown";
}

struct LagerLogParser::Impl : json::LineState {};

LagerLogParser::LagerLogParser()
    : m_impl(std::make_unique<Impl>())
{}

LagerLogParser::~LagerLogParser() = default;
LagerLogParser::LagerLogParser(LagerLogParser&&) noexcept = default;
LagerLogParser& LagerLogParser::operator=(LagerLogParser&&) noexcept = default;

std::optional<SkipReason> LagerLogParser::parse(std::string_view line, LagerRecord& out,
                                                ContainerEvent& container, bool& isContainerEvent)
{
    out = LagerRecord{};
    isContainerEvent = false;
    // Lager's own clock is the JSON timestamp; a ctl prefix adds nothing.
    std::string_view text = json::withoutCtlPrefix(line);
    json::od::document doc;
    json::od::object object;
    if (const auto failure = json::openLine(*m_impl, text, doc, object))
        return failure;

    json::LineHeader header;
    ContainerIds ids;
    std::string_view levelName;
    std::int64_t levelNumber = -1;
    bool hasLevelName = false;
    const bool walked = json::forEachField(object, [&](std::string_view key, Value& v) {
        if (json::is(key, "data"))
            return parseData(v, out, ids);
        if (const std::optional<bool> read = header.read(key, v))
            return *read;
        if (json::is(key, "level") || json::is(key, "log_level")) {
            if (v.first() == '"') {
                hasLevelName = true;
                return json::readText(v, levelName);
            }
            json::readInt64(v, levelNumber);
        }
        return true;
    });
    out.message = header.message;
    out.source = header.source;
    if (const auto failure = json::closeLine(*m_impl, walked, doc, text, header, out.time))
        return failure;
    out.level = hasLevelName ? json::namedLevel(levelName) : json::lagerLevel(levelNumber);

    ContainerEventKind kind{};
    if (containerKind(out.message, kind)) {
        fillContainerEvent(kind, out, ids, container);
        isContainerEvent = !container.instanceGuid.empty() || !container.processGuid.empty();
    }
    return std::nullopt;
}

bool LagerLogParser::looksLikeLagerLine(std::string_view line)
{
    const std::string_view text = json::withoutCtlPrefix(line);
    if (!text.starts_with(R"({"timestamp":)"))
        return false;
    const std::size_t source = text.find(R"("source":)");
    const std::size_t message = text.find(R"("message":)");
    if (source == std::string_view::npos || message == std::string_view::npos)
        return false;
    return text.find(R"("log_level":)") != std::string_view::npos ||
           text.find(R"("level":)") != std::string_view::npos;
}

} // namespace rs
