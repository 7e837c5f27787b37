#include "Theme.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QStyleFactory>

namespace gilde::Theme
{

namespace
{

QPalette lightPalette()
{
    QPalette p;
    const QColor window(0xfa, 0xfb, 0xfc);
    const QColor text(0x1f, 0x23, 0x28);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
    p.setColor(QPalette::ToolTipBase, QColor(0x24, 0x29, 0x2f));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x95, 0x9f));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, Qt::white);
    p.setColor(QPalette::ButtonText, QColor(0x24, 0x29, 0x2f));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xea, 0xee, 0xf2));
    p.setColor(QPalette::Mid, QColor(0xd0, 0xd7, 0xde));
    p.setColor(QPalette::Dark, QColor(0x8c, 0x95, 0x9f));
    p.setColor(QPalette::Shadow, QColor(0x57, 0x60, 0x6a));
    p.setColor(QPalette::Highlight, QColor(0x09, 0x69, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x09, 0x69, 0xda));
    p.setColor(QPalette::LinkVisited, QColor(0x82, 0x50, 0xdf));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x8c, 0x95, 0x9f));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x16, 0x1b, 0x22);
    const QColor text(0xe6, 0xed, 0xf3);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x0d, 0x11, 0x17));
    p.setColor(QPalette::AlternateBase, QColor(0x16, 0x1b, 0x22));
    p.setColor(QPalette::ToolTipBase, QColor(0x30, 0x36, 0x3d));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x76, 0x81));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x21, 0x26, 0x2d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x30, 0x36, 0x3d));
    p.setColor(QPalette::Midlight, QColor(0x26, 0x2c, 0x34));
    p.setColor(QPalette::Mid, QColor(0x30, 0x36, 0x3d));
    p.setColor(QPalette::Dark, QColor(0x0a, 0x0c, 0x10));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xeb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x44, 0x93, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xa3, 0x71, 0xf7));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x6e, 0x76, 0x81));
    return p;
}

} // namespace

QString modeName(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Mode modeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Mode::Light;
    if (name == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

void apply(QApplication &app, Mode mode)
{
    if (mode == Mode::System) {
        // Without a desktop (bare X, offscreen) there is no platform theme and
        // Qt's fallback palette looks dated; our light one stands in for it.
        const bool bare = app.platformName() == QLatin1String("offscreen")
            || qEnvironmentVariableIsEmpty("XDG_CURRENT_DESKTOP");
        if (!bare) {
            app.setPalette(QPalette());
            return;
        }
        mode = Mode::Light;
    }
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * t),
        float(x.greenF() + (y.greenF() - x.greenF()) * t), float(x.blueF() + (y.blueF() - x.blueF()) * t),
        float(x.alphaF() + (y.alphaF() - x.alphaF()) * t));
}

QColor accent(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xd4, 0x8b, 0x58) : QColor(0x7a, 0x3b, 0x12);
}

QColor onAccent(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x1a, 0x0e, 0x05) : QColor(Qt::white);
}

QColor unread(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x44, 0x93, 0xf8) : QColor(0x09, 0x69, 0xda);
}

QColor mutedText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.38);
}

QColor faintText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.55);
}

QColor border(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), isDark(palette) ? 0.78 : 0.82);
}

QColor separator(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.9);
}

QColor desk(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x01, 0x04, 0x09) : QColor(0xee, 0xf0, 0xf3);
}

QColor headerBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), isDark(palette) ? 0.06 : 0.035);
}

QColor selection(const QPalette &palette)
{
    return mix(
        palette.color(QPalette::Base), palette.color(QPalette::Highlight), isDark(palette) ? 0.28 : 0.14);
}

QColor hover(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.04);
}

QColor star(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xe3, 0xb3, 0x41) : QColor(0xbf, 0x87, 0x00);
}

QColor error(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
}

QColor errorBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), error(palette), isDark(palette) ? 0.18 : 0.08);
}

QColor warningText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xd2, 0x99, 0x22) : QColor(0x9a, 0x67, 0x00);
}

QColor warningBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x33, 0x2a, 0x10) : QColor(0xff, 0xf8, 0xc5);
}

void showStatus(QLabel *label, const QString &text, bool error)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, error ? Theme::error(label->palette()) : Theme::mutedText(label->palette()));
    label->setPalette(pal);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QColor tileColour(qint64 seed)
{
    static const QRgb colours[] = { 0xe36209, 0x2da44e, 0x0969da, 0xbf3989, 0x8250df, 0x9a6700, 0x1b7c83,
        0xcf222e, 0x57606a, 0x7a3b12, 0x6364ff, 0x116329 };
    const auto n = sizeof(colours) / sizeof(colours[0]);
    const quint64 h = quint64(seed) * 2654435761u;
    return QColor::fromRgb(colours[(h >> 7) % n]);
}

QString headerStyleSheet(const QPalette &pal)
{
    const QString border = Theme::border(pal).name();
    const QString base = pal.color(QPalette::Base).name();
    const QString text = pal.color(QPalette::Text).name();
    const QString muted = Theme::mutedText(pal).name();
    const QString accent = Theme::accent(pal).name();
    const QString desk = Theme::desk(pal).name();
    const QString hover = Theme::hover(pal).name();
    return QStringLiteral(
        "#header { background: %1; border-bottom: 1px solid %2; }"
        "#appName { font-weight: 700; font-size: 15px; color: %6; }"
        "QPushButton#plain, QToolButton#refresh, QToolButton#menu { border: 1px solid %2; background: %3;"
        "  border-radius: 6px; padding: 4px 10px; color: %4; }"
        "QPushButton#plain:hover, QToolButton#refresh:hover, QToolButton#menu:hover { background: %8; }"
        "QToolButton#menu::menu-indicator { image: none; width: 0; }"
        "QPushButton#primary { background: %6; color: %9; border: 1px solid %6; border-radius: 6px;"
        "  padding: 4px 12px; font-weight: 600; }"
        "QPushButton#primary:hover { background: %10; }"
        "QLineEdit#search { border: 1px solid %2; border-radius: 6px; padding: 4px 8px; background: %3; }"
        "QLineEdit#search:focus { border-color: %6; }"
        "QToolButton#addTab { color: %5; font-size: 16px; padding: 2px 8px; border: none; }"
        "QTabBar { background: transparent; }"
        "QTabBar::tab { padding: 6px 14px; margin: 9px 2px 0 0; color: %5; border: 1px solid transparent;"
        "  border-top-left-radius: 6px; border-top-right-radius: 6px; background: transparent; }"
        "QTabBar::tab:selected { background: %7; color: %4; border-color: %2; border-bottom-color: %7;"
        "  font-weight: 600; }"
        "QTabBar::tab:!selected:hover { color: %4; }")
        .arg(pal.color(QPalette::Window).name(), border, base, text, muted, accent, desk, hover,
            Theme::onAccent(pal).name(),
            Theme::mix(Theme::accent(pal), pal.color(QPalette::Text), 0.15).name());
}

QString scrollBarStyle(const QPalette &palette)
{
    const QColor handle = mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.28);
    const QColor hot = mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.45);
    return QStringLiteral(
        "QScrollBar:vertical { background: transparent; width: 10px; margin: 0; border: none; }"
        "QScrollBar:horizontal { background: transparent; height: 10px; margin: 0; border: none; }"
        "QScrollBar::handle { background: %1; border-radius: 3px; margin: 2px; }"
        "QScrollBar::handle:vertical { min-height: 32px; }"
        "QScrollBar::handle:horizontal { min-width: 32px; }"
        "QScrollBar::handle:hover, QScrollBar::handle:pressed { background: %2; }"
        "QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; background: none; }"
        "QScrollBar::add-page, QScrollBar::sub-page { background: none; }")
        .arg(handle.name(), hot.name());
}

void drawPill(
    QPainter &p, const QRectF &rect, const QColor &background, const QColor &foreground, const QString &text)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(background);
    const qreal r = rect.height() / 2;
    p.drawRoundedRect(rect, r, r);
    p.setPen(foreground);
    p.drawText(rect, Qt::AlignCenter, text);
    p.restore();
}

QColor saved(const QPalette &palette)
{
    return accent(palette);
}

QColor chipBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), isDark(palette) ? 0.14 : 0.07);
}

QColor chipText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.22);
}

void drawBookmark(QPainter &p, const QRectF &rect, const QColor &colour, bool filled)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const qreal h = rect.height();
    const qreal w = qMin(rect.width(), h * 0.72);
    const qreal x = rect.center().x() - w / 2;
    QPainterPath path;
    path.moveTo(x, rect.top());
    path.lineTo(x + w, rect.top());
    path.lineTo(x + w, rect.bottom());
    path.lineTo(x + w / 2, rect.bottom() - h * 0.3);
    path.lineTo(x, rect.bottom());
    path.closeSubpath();
    p.setPen(QPen(colour, 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(filled ? QBrush(colour) : QBrush(Qt::NoBrush));
    p.drawPath(path);
    p.restore();
}

} // namespace gilde::Theme
