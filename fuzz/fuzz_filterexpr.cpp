// The filter language: any text either parses or yields an error inside it; what parses writes
// back to a text that parses to the same filter, and evaluates over a small incident (raw-line
// fields, regexes, deep nesting included) without crashing.
#include "core/import/importer.h"
#include "core/query/filterexpr.h"
#include "core/query/filterformat.h"
#include "fuzzlines.h"

namespace {

const rs::Incident& incident()
{
    static const auto imported = rs::Importer().importBytes(
        "access.log",
        rs::bytesFromString(
            "php-info.cfapps.io - [2020-07-23T19:46:59.042Z] \"GET /a?b=1 HTTP/1.1\" 200 0 399 \"-\" "
            "\"curl/7.64.1\" \"10.10.66.179:28634\" \"10.10.148.45:61300\" x_forwarded_for:\"50.4.153.215\" "
            "x_forwarded_proto:\"https\" vcap_request_id:\"c5794050-ac30-4911-5118-c5a8a4e8d09f\" "
            "response_time:0.101468 gorouter_time:0.000104 app_id:\"5f362051-e2bc-4abc-ab8e-adbdf688ae64\" "
            "app_index:\"0\" x_b3_traceid:\"e3e4a237210114ef\"\n"
            "api.example.com - [2020-07-23T19:47:00.000Z] \"POST /v2 HTTP/2.0\" 502 12 67 \"-\" \"Go\" "
            "\"10.0.0.1:1\" \"-\" x_forwarded_for:\"-\" x_forwarded_proto:\"http\" vcap_request_id:\"x-1\" "
            "response_time:2.5 gorouter_time:- app_id:\"-\" app_index:\"-\" "
            "x_cf_routererror:\"endpoint_failure (dial tcp: i/o timeout)\" failed_attempts:3\n"));
    return *imported;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = rs::fuzz::bytesOf(data, size);
    const auto result = rs::parseFilterExpression(text);
    if (const auto* error = std::get_if<rs::FilterParseError>(&result)) {
        RS_FUZZ_CHECK(error->position <= text.size());
        RS_FUZZ_CHECK(!error->message.empty());
        return 0;
    }
    const rs::Filter& filter = std::get<rs::Filter>(result);
    const std::string written = rs::formatFilterExpression(filter);
    const auto again = rs::parseFilterExpression(written);
    RS_FUZZ_CHECK(std::holds_alternative<rs::Filter>(again));
    RS_FUZZ_CHECK(std::get<rs::Filter>(again) == filter);
    RS_FUZZ_CHECK(rs::formatFilterExpression(std::get<rs::Filter>(again)) == written);
    const rs::Selection selection = rs::select(incident(), filter);
    RS_FUZZ_CHECK(selection.rows.size() <= incident().tables.requests.size());
    return 0;
}
