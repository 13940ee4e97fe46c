#include "app/charts/axisfit.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace rs {
namespace {

constexpr double kHorizontalGapPx = 14;
constexpr double kVerticalGapPx = 3;
constexpr int kMaxTicks = 12;

bool horizontal(const QCPAxis* axis)
{
    return axis->orientation() == Qt::Horizontal;
}

QSizeF labelSize(const QFontMetricsF& metrics, const QString& label)
{
    return metrics.boundingRect(QRectF(), Qt::TextDontClip | Qt::AlignCenter, label).size();
}

double extentAlong(const QCPAxis* axis, const QSizeF& size)
{
    return horizontal(axis) ? size.width() : size.height();
}

double axisLength(const QCPAxis* axis)
{
    const QRect rect = axis->axisRect()->rect();
    return horizontal(axis) ? rect.width() : rect.height();
}

void stripPowers(QCPAxis* axis)
{
    QString format = axis->numberFormat();
    format.remove(QLatin1Char('b'));
    axis->setNumberFormat(format.isEmpty() ? QStringLiteral("g") : format);
}

// Mixes the fitting into any QCustomPlot ticker.
template <typename Base> class ApartTicker : public Base {
public:
    explicit ApartTicker(QCPAxis* axis)
        : m_axis(axis)
    {}

    void generate(const QCPRange& range, const QLocale& locale, QChar formatChar, int precision,
                  QVector<double>& ticks, QVector<double>* subTicks, QVector<QString>* tickLabels) override
    {
        const double length = axisLength(m_axis);
        beforeTicks(range, length);
        this->mTickCount = fittingCount(length);
        Base::generate(range, locale, formatChar, precision, ticks, subTicks, tickLabels);
        if (!tickLabels || tickLabels->size() != ticks.size())
            return;
        const QFontMetricsF metrics(m_axis->tickLabelFont());
        QVector<double> extents;
        for (const QString& label : *tickLabels)
            extents << extentAlong(m_axis, labelSize(metrics, label));
        if (!extents.isEmpty())
            m_labelExtent = *std::max_element(extents.begin(), extents.end());
        if (length <= 0 || range.size() <= 0)
            return;
        while (ticks.size() > 1 && overlapping(ticks, extents, range, length)) {
            QVector<double> keptTicks, keptExtents;
            QVector<QString> keptLabels;
            for (qsizetype i = 0; i < ticks.size(); i += 2) {
                keptTicks << ticks[i];
                keptExtents << extents[i];
                keptLabels << (*tickLabels)[i];
            }
            ticks = keptTicks;
            extents = keptExtents;
            *tickLabels = keptLabels;
            if (subTicks)
                subTicks->clear();
        }
    }

protected:
    virtual void beforeTicks(const QCPRange&, double) {}
    double gap() const { return horizontal(m_axis) ? kHorizontalGapPx : kVerticalGapPx; }
    // As many ticks as labels of the measured extent fit along `length`; mTickCount before any
    // label was measured.
    int fittingCount(double length) const
    {
        return length > 0 && m_labelExtent > 0
                   ? std::clamp(static_cast<int>(length / (m_labelExtent + gap())), 1, kMaxTicks)
                   : this->mTickCount;
    }

    QCPAxis* m_axis;
    double m_labelExtent = 0;

private:
    // Pixels from the range's start along an axis `length` long, on the axis' scale: on a
    // logarithmic one the decades are evenly apart (measured linearly, 1 and 10 would sit
    // nearly on top of each other and every tick but one was dropped).
    double pixelAt(double value, const QCPRange& range, double length) const
    {
        if (m_axis->scaleType() == QCPAxis::stLogarithmic && value > 0 && range.lower > 0 &&
            range.upper > range.lower)
            return std::log(value / range.lower) / std::log(range.upper / range.lower) * length;
        return (value - range.lower) / range.size() * length;
    }

    bool overlapping(const QVector<double>& ticks, const QVector<double>& extents, const QCPRange& range,
                     double length) const
    {
        for (qsizetype i = 1; i < ticks.size(); ++i) {
            const double distance =
                std::abs(pixelAt(ticks[i], range, length) - pixelAt(ticks[i - 1], range, length));
            if (distance < (extents[i] + extents[i - 1]) / 2 + gap())
                return true;
        }
        return false;
    }
};

class TimeTicker : public ApartTicker<QCPAxisTickerDateTime> {
public:
    using ApartTicker::ApartTicker;

protected:
    void beforeTicks(const QCPRange& range, double length) override
    {
        // The step QCustomPlot is about to choose, roughly: enough to pick the precision.
        const double step = range.size() / std::max(1, fittingCount(length));
        const QString format = step < 1       ? QStringLiteral("HH:mm:ss.zzz")
                               : step < 60    ? QStringLiteral("HH:mm:ss")
                               : step < 86400 ? QStringLiteral("HH:mm")
                                              : QStringLiteral("MM-dd HH:mm");
        if (format != mDateTimeFormat) {
            mDateTimeFormat = format;
            // Measured again with the new format.
            QString sample = format;
            for (QChar& c : sample) {
                if (c.isLetter())
                    c = QLatin1Char('0');
            }
            m_labelExtent = extentAlong(m_axis, labelSize(QFontMetricsF(m_axis->tickLabelFont()), sample));
        }
    }
};

} // namespace

QSharedPointer<QCPAxisTicker> apartNumberTicker(QCPAxis* axis)
{
    stripPowers(axis);
    return QSharedPointer<ApartTicker<QCPAxisTicker>>::create(axis);
}

double labelledRowPixels(const QCPAxis* axis)
{
    return labelSize(QFontMetricsF(axis->tickLabelFont()), QStringLiteral("Ag")).height() + kVerticalGapPx;
}

QSharedPointer<QCPAxisTickerText> apartTextTicker(QCPAxis* axis)
{
    stripPowers(axis);
    return QSharedPointer<ApartTicker<QCPAxisTickerText>>::create(axis);
}

QSharedPointer<QCPAxisTickerLog> apartLogTicker(QCPAxis* axis)
{
    stripPowers(axis);
    return QSharedPointer<ApartTicker<QCPAxisTickerLog>>::create(axis);
}

QSharedPointer<QCPAxisTickerDateTime> apartTimeTicker(QCPAxis* axis)
{
    auto ticker = QSharedPointer<TimeTicker>::create(axis);
    ticker->setTimeZone(QTimeZone::utc());
    ticker->setDateTimeFormat(QStringLiteral("HH:mm:ss"));
    return ticker;
}

void useCountLabels(QCPAxis* axis)
{
    axis->setNumberFormat(QStringLiteral("f"));
    axis->setNumberPrecision(0);
}

} // namespace rs
