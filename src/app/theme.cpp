#include "app/theme.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace rs {
namespace {

const QString kThemeKey = QStringLiteral("view/theme");

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xdf, 0xe1, 0xe5);
    const QColor highlight(0x35, 0x74, 0xf0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x4e, 0x51, 0x57));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x43, 0x45, 0x4a));
    p.setColor(QPalette::Link, QColor(0x58, 0x9d, 0xf6));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6f, 0x73, 0x7a));
    return p;
}

// Fusion draws the frame of check boxes and radio buttons in the window colour made darker,
// which on a dark window is as dark as the field inside: the indicators vanish. Here the frame
// is drawn from a light grey instead; everything else is Fusion's.
class DarkIndicatorStyle : public QProxyStyle {
public:
    DarkIndicatorStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override
    {
        switch (element) {
        case PE_IndicatorCheckBox:
        case PE_IndicatorRadioButton:
            // Item views and menus come here too: Fusion draws their checks as check boxes.
            if (const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option)) {
                QStyleOptionButton copy(*button);
                copy.palette.setColor(QPalette::Window, indicatorFrameBase());
                QProxyStyle::drawPrimitive(element, &copy, painter, widget);
            } else {
                QStyleOption copy(*option);
                copy.palette.setColor(QPalette::Window, indicatorFrameBase());
                QProxyStyle::drawPrimitive(element, &copy, painter, widget);
            }
            return;
        default:
            QProxyStyle::drawPrimitive(element, option, painter, widget);
        }
    }

private:
    // Fusion's frame is this colour made 40 % darker: a mid grey on the dark field.
    static QColor indicatorFrameBase() { return {0xb4, 0xb8, 0xbf}; }
};

} // namespace

void applyTheme(Theme theme)
{
    static const QString systemStyle = QApplication::style()->name();
    switch (theme) {
    case Theme::System:
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        // An empty palette resolves to the platform theme's, dark or light as the desktop is.
        QApplication::setPalette(QPalette());
        break;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(new DarkIndicatorStyle);
        QApplication::setPalette(darkPalette());
        break;
    }
}

Theme savedTheme()
{
    const int value = QSettings().value(kThemeKey, 0).toInt();
    return value == 1 ? Theme::Light : value == 2 ? Theme::Dark : Theme::System;
}

void saveTheme(Theme theme)
{
    QSettings().setValue(kThemeKey, static_cast<int>(theme));
}

bool isDarkPalette()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace rs
