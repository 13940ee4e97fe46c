#include "core/report/sourceanswer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <numeric>
#include <optional>

// Translation context of the answer; outside any namespace so lupdate and the runtime agree.
struct SourceAnswerText {
    Q_DECLARE_TR_FUNCTIONS(SourceAnswerText)
};

namespace rs {
namespace {

std::optional<AnswerSource> bucketOf(Source source)
{
    switch (source) {
    case Source::Infrastructure:
        return AnswerSource::Infrastructure;
    case Source::Platform:
        return AnswerSource::Platform;
    case Source::AppOrPlatform:
        return AnswerSource::AppOrPlatform;
    case Source::App:
        return AnswerSource::App;
    case Source::Client:
    case Source::ClientOrApp:
        return AnswerSource::Client;
    case Source::None:
        break;
    }
    return std::nullopt;
}

bool failed(const Diagnosis& d, std::size_t row)
{
    return d.errorClass[row] > ErrorClass::AppResponse;
}

QString bucketName(AnswerSource source)
{
    switch (source) {
    case AnswerSource::Infrastructure:
        return SourceAnswerText::tr("the infrastructure");
    case AnswerSource::Platform:
        return SourceAnswerText::tr("the platform");
    case AnswerSource::AppOrPlatform:
        return SourceAnswerText::tr("the app or the platform");
    case AnswerSource::App:
        return SourceAnswerText::tr("the app");
    case AnswerSource::Client:
        return SourceAnswerText::tr("the client");
    }
    return {};
}

QString shortName(AnswerSource source)
{
    switch (source) {
    case AnswerSource::Infrastructure:
        return SourceAnswerText::tr("infrastructure");
    case AnswerSource::Platform:
        return SourceAnswerText::tr("platform");
    case AnswerSource::AppOrPlatform:
        return SourceAnswerText::tr("app or platform");
    case AnswerSource::App:
        return SourceAnswerText::tr("app");
    case AnswerSource::Client:
        return SourceAnswerText::tr("client");
    }
    return {};
}

QString percent(std::uint64_t part, std::uint64_t whole)
{
    return QLocale().toString(100.0 * static_cast<double>(part) /
                                  static_cast<double>(std::max<std::uint64_t>(whole, 1)),
                              'f', 1) +
           QLatin1Char('%');
}

SourceAnswer count(const Incident& incident, const Diagnosis& d, const std::vector<std::uint32_t>& rows,
                   int status)
{
    SourceAnswer answer;
    answer.status = status;
    const RequestTable& q = incident.tables.requests;
    for (const std::uint32_t row : rows) {
        if (row >= d.size() || !failed(d, row) || (status != 0 && q.status[row] != status))
            continue;
        if (const auto bucket = bucketOf(d.source[row])) {
            ++answer.counts[static_cast<std::size_t>(*bucket)];
            ++answer.total;
        }
    }
    // Failures the load balancer answered without any router request: no row to select, but
    // they are what the question is about. Only for the whole incident: a filter on requests
    // cannot say which of them it would keep.
    if (rows.size() != q.size())
        return answer;
    const LbDiagnosis& lb = d.lb;
    const LbTable& lbTable = incident.tables.lb;
    for (std::size_t row = 0; row < lb.size() && row < lbTable.size(); ++row) {
        if (lb.lbClass[row] == LbClass::None || lb.join[row] != LbJoin::None)
            continue;
        if (status != 0 && lbTable.status[row] != status)
            continue;
        ++answer.counts[static_cast<std::size_t>(AnswerSource::Infrastructure)];
        ++answer.total;
    }
    return answer;
}

} // namespace

SourceAnswer answerSources(const Incident& incident, const Diagnosis& diagnosis,
                           const std::vector<std::uint32_t>& rows)
{
    SourceAnswer answer = count(incident, diagnosis, rows, 502);
    return answer.total > 0 ? answer : count(incident, diagnosis, rows, 0);
}

QString sourceAnswerSentence(const SourceAnswer& answer)
{
    if (answer.total == 0)
        return {};
    std::array<std::size_t, kAnswerSourceCount> order{};
    std::iota(order.begin(), order.end(), std::size_t{0});
    // Ties go to the earlier bucket: infrastructure before platform before app before client.
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return answer.counts[a] > answer.counts[b]; });
    const auto top = static_cast<AnswerSource>(order[0]);
    const std::uint64_t n = answer.counts[order[0]];
    QStringList others;
    for (std::size_t i = 1; i < order.size(); ++i)
        if (answer.counts[order[i]] > 0)
            others << SourceAnswerText::tr("%1 %2").arg(shortName(static_cast<AnswerSource>(order[i])),
                                                        percent(answer.counts[order[i]], answer.total));
    const QString what = answer.status == 0 ? SourceAnswerText::tr("Most failures")
                                            : SourceAnswerText::tr("Most %1s").arg(answer.status);
    QString sentence =
        SourceAnswerText::tr("%1 came from %2: %3 of %4 (%5)")
            .arg(what, bucketName(top), QLocale().toString(static_cast<qulonglong>(n)),
                 QLocale().toString(static_cast<qulonglong>(answer.total)), percent(n, answer.total));
    if (!others.isEmpty())
        sentence += SourceAnswerText::tr("; %1").arg(others.join(QStringLiteral(", ")));
    return sentence + QLatin1Char('.');
}

} // namespace rs
