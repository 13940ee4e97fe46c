#include "app/displaytime.h"

#include "core/util/timeparse.h"

#include <QRegularExpression>

namespace rs {
namespace {

constexpr TimeNs kNsPerDay = 86'400'000'000'000;

TimeNs dayStart(TimeNs t)
{
    const TimeNs rest = t % kNsPerDay;
    return t - (rest < 0 ? rest + kNsPerDay : rest);
}

} // namespace

QString fullTime(TimeNs t)
{
    return QString::fromStdString(formatTimeUtc(t));
}

QString timeOfDayMs(TimeNs t)
{
    return t == kNoTime ? QString() : fullTime(t).mid(11, 12);
}

QString dateTimeMs(TimeNs t)
{
    return t == kNoTime ? QString() : dateOf(t) + QLatin1Char(' ') + timeOfDayMs(t);
}

QString dateOf(TimeNs t)
{
    return t == kNoTime ? QString() : fullTime(t).left(10);
}

bool sameUtcDay(TimeNs a, TimeNs b)
{
    return a != kNoTime && b != kNoTime && dayStart(a) == dayStart(b);
}

TimeNs parseUserTime(const QString& text, TimeNs day)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 64)
        return kNoTime;
    const std::string utf8 = trimmed.toStdString();
    for (const auto parse : {&parseRfc3339, &parseAccessTimestamp}) {
        if (const TimeNs t = parse(utf8); t != kNoTime)
            return t;
    }
    // "2026-10-14 09:08:00.250", as the window shows times: UTC without the zone written.
    if (const TimeNs t = parseRfc3339(utf8 + 'Z'); t != kNoTime)
        return t;
    static const QRegularExpression timeOfDay(
        QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?$"));
    if (const auto match = timeOfDay.match(trimmed); match.hasMatch()) {
        const int hours = match.captured(1).toInt(), minutes = match.captured(2).toInt();
        const int seconds = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
        const int nanos = match.captured(4).isEmpty() ? 0 : match.captured(4).leftJustified(9, u'0').toInt();
        if (day == kNoTime || hours > 23 || minutes > 59 || seconds > 60)
            return kNoTime;
        return dayStart(day) + ((hours * 60 + minutes) * 60 + seconds) * TimeNs{1'000'000'000} + nanos;
    }
    // Epoch seconds last: "1760432880" is a number, never a time of day.
    static const QRegularExpression epoch(QStringLiteral("^\\d{9,11}([.]\\d{1,9})?$"));
    if (epoch.match(trimmed).hasMatch())
        return parseEpochSeconds(utf8);
    return kNoTime;
}

} // namespace rs
