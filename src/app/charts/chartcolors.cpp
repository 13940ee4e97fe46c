#include "app/charts/chartcolors.h"

#include "app/charts/qcustomplot.h"
#include "core/diagnosis/explanations.h"

#include <QCoreApplication>
#include <QPalette>

#include <array>

namespace rs {
namespace {

QColor rgb(unsigned value)
{
    return QColor::fromRgb(static_cast<QRgb>(value));
}

// `a` moved towards `b` by `amount` (0..1).
QColor mix(const QColor& a, const QColor& b, double amount)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * amount),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

void styleAxis(QCPAxis* axis, const QColor& text, const QColor& line, const QColor& grid)
{
    axis->setBasePen(QPen(line));
    axis->setTickPen(QPen(line));
    axis->setSubTickPen(QPen(line));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    axis->grid()->setZeroLinePen(QPen(line));
    axis->grid()->setSubGridPen(Qt::NoPen);
}

} // namespace

QString statusClassTitle(std::size_t statusClass)
{
    if (statusClass == 0 || statusClass >= kStatusClassCount)
        return QCoreApplication::translate("rs::ChartColors", "No status");
    return QStringLiteral("%1xx").arg(statusClass);
}

QColor statusClassColor(std::size_t statusClass)
{
    static const std::array<QColor, kStatusClassCount> colors = {
        rgb(0x9e9e9e), // no status: grey
        rgb(0x4fa3c7), // 1xx: light blue
        rgb(0x43a047), // 2xx: green
        rgb(0x5c7cfa), // 3xx: blue
        rgb(0xf0a202), // 4xx: amber
        rgb(0xe53935), // 5xx: red
    };
    return colors[statusClass < kStatusClassCount ? statusClass : 0];
}

QColor errorClassColor(ErrorClass cls)
{
    static const std::array<QColor, kErrorClassCount> colors = {
        rgb(0x43a047), // ok
        rgb(0x9ccc65), // recovered
        rgb(0xa1887f), // app_response
        rgb(0xe53935), // dial
        rgb(0x8e24aa), // tls_to_non_tls_backend
        rgb(0xab47bc), // hostname_mismatch
        rgb(0x9575cd), // untrusted_cert
        rgb(0x7986cb), // remote_rejected_cert
        rgb(0xce93d8), // remote_handshake_failure
        rgb(0xd81b60), // handshake_timeout
        rgb(0xf06292), // expired_cert
        rgb(0xf4511e), // connection_reset
        rgb(0xff8a65), // backend_eof
        rgb(0xffa726), // incomplete_request
        rgb(0xf9a825), // backend_timeout
        rgb(0x90a4ae), // client_cancelled
        rgb(0xbcaaa4), // endpoint_failure_other
        rgb(0x1e88e5), // unknown_route
        rgb(0x00acc1), // no_endpoints
        rgb(0x4dd0e1), // empty_host
        rgb(0x26a69a), // invalid_instance_header
        rgb(0xc0ca33), // connection_limit
        rgb(0x5c6bc0), // route_service
        rgb(0x8d6e63), // request_too_large
        rgb(0xff1744), // router_panic
    };
    const auto index = static_cast<std::size_t>(cls);
    return index < colors.size() ? colors[index] : rgb(0x9e9e9e);
}

QColor routeEventColor(RouteEventKind kind)
{
    switch (kind) {
    case RouteEventKind::Registered:
        return rgb(0x2e9e4f);
    case RouteEventKind::Unregistered:
        return rgb(0x7a8fa6);
    case RouteEventKind::Pruned:
        return rgb(0xff6d00);
    }
    return rgb(0x9e9e9e);
}

QColor sourceColor(Source source)
{
    static const std::array<QColor, kSourceCount> colors = {
        rgb(0x81c784), // none (succeeded): light green
        rgb(0xfbc02d), // client: yellow
        rgb(0xff8f00), // client or app: amber
        rgb(0xf4511e), // app: deep orange
        rgb(0xd81b60), // app or platform: pink
        rgb(0x9c27b0), // platform: purple
        rgb(0x1e88e5), // infrastructure: blue
    };
    const auto index = static_cast<std::size_t>(source);
    return index < colors.size() ? colors[index] : rgb(0x9e9e9e);
}

QString sourceStackTitle(Source source)
{
    if (source == Source::None)
        return QCoreApplication::translate("rs::ChartColors", "Succeeded");
    return sourceTitle(source);
}

QColor seriesColor(std::size_t index)
{
    static const std::array<QColor, 12> colors = {
        rgb(0x42a5f5), rgb(0xef5350), rgb(0x66bb6a), rgb(0xffa726), rgb(0xab47bc), rgb(0x26c6da),
        rgb(0xd4e157), rgb(0xec407a), rgb(0x8d6e63), rgb(0x78909c), rgb(0x5c6bc0), rgb(0x26a69a),
    };
    return colors[index % colors.size()];
}

void applyPaletteToPlot(QCustomPlot* plot, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor line = mix(text, base, 0.45);
    const QColor grid = mix(text, base, 0.8);
    plot->setBackground(QBrush(palette.color(QPalette::Window)));
    for (QCPAxisRect* rect : plot->axisRects()) {
        rect->setBackground(QBrush(base));
        for (QCPAxis* axis : rect->axes())
            styleAxis(axis, text, line, grid);
    }
    if (plot->legend) {
        plot->legend->setBrush(QBrush(base));
        plot->legend->setBorderPen(QPen(grid));
        plot->legend->setTextColor(text);
        plot->legend->setSelectedTextColor(palette.color(QPalette::HighlightedText));
    }
    if (QCPSelectionRect* selection = plot->selectionRect()) {
        QColor fill = palette.color(QPalette::Highlight);
        selection->setPen(QPen(fill));
        fill.setAlpha(60);
        selection->setBrush(QBrush(fill));
    }
}

} // namespace rs
