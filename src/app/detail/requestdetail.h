#pragma once

#include "core/diagnosis/errorclass.h"
#include "core/formats/filekind.h"
#include "core/query/analysis.h"
#include "core/store/rawtext.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rs {

// One line of the fields view. Values from the log are escaped for display (control bytes and
// invalid UTF-8 as \xNN) and cut at kMaxFieldBytes.
struct DetailField {
    QString name;
    QString value;
    bool fromLog = false; // customer text: never to be taken for markup
};

// A failed attempt of the request (a joined backend-endpoint-failed or
// route-service-connection-failed event), with the timings its raw line holds.
struct AttemptInfo {
    int number = 0; // as logged, else its position
    std::uint32_t event = 0;
    TimeNs time = kNoTime;
    QString endpoint;
    QString error;
    ErrorClass errorClass = ErrorClass::EndpointFailureOther;
    Tri retriable = Tri::Unknown, connReused = Tri::Unknown, gotConnection = Tri::Unknown,
        wroteHeaders = Tri::Unknown;
    DurationNs dnsTime = kNoDuration, dialTime = kNoDuration, tlsTime = kNoDuration;
    bool joinedByTime = false; // the event carries no request id: joined by router, backend and time
};

// Why an event belongs to the request.
enum class JoinReason : std::uint8_t { Attempt, FinalError, SameRequestId, StderrProxyError };

struct JoinedEvent {
    JoinReason reason = JoinReason::SameRequestId;
    TimeNs time = kNoTime;
    QString router;
    QString message; // the gorouter action ("backend-endpoint-failed") or the stderr kind
    QString endpoint;
    QString error;
    int attempt = 0;             // the attempt number for JoinReason::Attempt
    std::uint32_t sourceRow = 0; // row of incident.tables.stderrLines for StderrProxyError, else of events
};

// A line the app wrote (cf logs / drain) joined to the request: exact when it holds the request's
// id, near when only the app instance and the time tie it to the request.
struct AppLineInfo {
    TimeNs time = kNoTime;
    int instance = -1;
    QString stream; // "OUT", "ERR", or empty
    bool exact = false;
    bool error = false;
    QString text; // the app's text, escaped for display; customer text, plain only
};

// A raw line of a file involved in the request; `bytes` owns what it shows (a pin on the file's
// text or a copy read back from disk).
struct RawLineRef {
    QString what; // "access log", "attempt 2", "stderr proxy error"
    FileKind kind = FileKind::Unknown;
    FileIndex file = 0;
    std::uint64_t offset = 0;
    RawLine bytes;
};

// Everything the detail panel shows about one request, gathered from the columns, the
// diagnosis and the raw lines re-parsed (long texts and timings are not kept in columns).
// Bounded work: one scan of the events' request-id column, the rest per joined event.
struct RequestDetail {
    Q_DECLARE_TR_FUNCTIONS(RequestDetail)

public:
    static constexpr std::size_t kMaxFieldBytes = 64 * 1024;
    // Labels lay their text out whole: the summary and the evidence are cut shorter.
    static constexpr std::size_t kMaxLabelBytes = 2048;

    std::uint32_t row = 0;
    ErrorClass errorClass = ErrorClass::Ok;
    Source source = Source::None;
    QString summary;  // "502 GET host/uri" (escaped)
    QString evidence; // evidenceText(), escaped
    std::string routerError;
    std::vector<DetailField> fields;
    std::vector<AttemptInfo> attempts;
    QString attemptsNote; // failed_attempts disagreeing with the joined attempts, ambiguity
    std::vector<JoinedEvent> events;
    std::vector<RawLineRef> rawLines;
    std::vector<AppLineInfo> appLines; // what the app said, in time order
    std::string host, backend;         // exact column text, for filters

    static RequestDetail describe(const Analysis& analysis, std::uint32_t row);
};

QString joinReasonTitle(JoinReason reason);

} // namespace rs
