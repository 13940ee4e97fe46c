// Findings from what the apps wrote themselves: an app that logged errors (its stderr, panics,
// exceptions) in the same minutes where its requests failed is the likely source of them — the
// troubleshooting guide's "is the app healthy and handling requests?".
#include "core/diagnosis/findings_rules.h"

#include <QStringList>

#include <algorithm>
#include <map>

namespace rs::findings {
namespace {

// How near in time an error line and a failed request of the same app must be.
constexpr TimeNs kErrorWindow = 10 * kSecond;
// The first error text quoted in the explanation, cut to this many characters.
constexpr std::size_t kQuoteChars = 160;

struct AppErrors {
    std::vector<TimeNs> times; // error lines, sorted
    std::set<int> instances;
    std::uint32_t firstRow = kNoAppRow;
};

bool failed(const Context& c, std::size_t row)
{
    return isFailure(c.cls(row)) || c.requests().status[row] >= 500;
}

} // namespace

void appErrors(Context& c)
{
    const AppLogTable& a = c.incident.tables.apps;
    const AppDiagnosis& d = c.diagnosis.app;
    if (d.size() == 0)
        return;
    std::map<StringPool::Id, AppErrors> byApp;
    for (std::size_t row = 0; row < a.size(); ++row) {
        if (!a.error[row] || d.appId[row] == StringPool::kEmpty || a.time[row] == kNoTime)
            continue;
        AppErrors& e = byApp[d.appId[row]];
        e.times.push_back(a.time[row]);
        if (a.instance[row] >= 0)
            e.instances.insert(a.instance[row]);
        if (e.firstRow == kNoAppRow || a.time[row] < a.time[e.firstRow])
            e.firstRow = static_cast<std::uint32_t>(row);
    }
    if (byApp.empty())
        return;
    for (auto& [app, e] : byApp)
        std::sort(e.times.begin(), e.times.end());
    std::map<StringPool::Id, std::vector<std::uint32_t>> failures;
    const RequestTable& requests = c.requests();
    for (std::size_t row = 0; row < requests.size(); ++row) {
        const auto it = byApp.find(requests.appId[row]);
        if (it == byApp.end() || requests.start[row] == kNoTime || !failed(c, row))
            continue;
        const std::vector<TimeNs>& times = it->second.times;
        const auto near = std::lower_bound(times.begin(), times.end(), requests.start[row] - kErrorWindow);
        if (near != times.end() && *near <= requests.start[row] + kErrorWindow)
            failures[requests.appId[row]].push_back(static_cast<std::uint32_t>(row));
    }
    for (const auto& [app, rows] : failures) {
        const AppErrors& e = byApp.at(app);
        Finding f;
        f.id = "app_errors:" + std::string(c.str(app));
        f.kind = FindingKind::AppErrors;
        f.severity = Severity::Warning;
        setRequests(c, f, rows);
        const std::string label = c.apps.appLabel(c.str(app));
        f.title = FindingText::tr("App %1 logged %Ln error(s) while its requests failed", nullptr,
                                  static_cast<int>(std::min<std::size_t>(e.times.size(), INT32_MAX)))
                      .arg(q(label));
        QStringList instances;
        for (const int index : e.instances)
            instances << QString::number(index);
        const RawLine raw = c.incident.rawLine(a.source, e.firstRow);
        std::string_view first = a.text(raw.view(), e.firstRow);

        const bool cut = first.size() > kQuoteChars;
        first = first.substr(0, kQuoteChars);
        f.explanation =
            FindingText::tr(
                "Source: app. The app itself wrote errors (its stderr, panics, exceptions) within "
                "%1 s of these failed requests, on instance(s) %2; the first at %3: \"%4\". Read "
                "what the app said in Request Detail, and look at the app's health, its crashes "
                "and its dependencies before the platform.")
                .arg(kErrorWindow / kSecond)
                .arg(instances.isEmpty() ? FindingText::tr("unknown") : instances.join(QStringLiteral(", ")))
                .arg(clock(a.time[e.firstRow]), q(first) + (cut ? QStringLiteral("…") : QString()));
        finish(c, f);
        c.out.push_back(std::move(f));
    }
}

} // namespace rs::findings
