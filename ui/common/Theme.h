#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QApplication;
class QLabel;
class QPainter;
class QRectF;

namespace gilde
{

/// The look of Gilde on top of the platform palette: a light and a dark
/// palette for when the platform gives none, and the few colours of our own
/// (the brown accent, the blue for "unread", muted text, borders), derived
/// from whatever palette is in use so that both schemes read well.
namespace Theme
{

enum class Mode { System, Light, Dark };

QString modeName(Mode mode);
Mode modeFromName(const QString &name);

/// Installs Fusion with a light or dark palette; System keeps the platform's own.
void apply(QApplication &app, Mode mode);

bool isDark(const QPalette &palette);

/// The brand brown, lightened on dark backgrounds. Use sparingly.
QColor accent(const QPalette &palette);
QColor onAccent(const QPalette &palette);
/// Unread markers and the unread badge.
QColor unread(const QPalette &palette);
QColor mutedText(const QPalette &palette);
QColor faintText(const QPalette &palette);
QColor border(const QPalette &palette);
QColor separator(const QPalette &palette);
/// Behind the columns (the "desk") and on column headers.
QColor desk(const QPalette &palette);
QColor headerBackground(const QPalette &palette);
QColor selection(const QPalette &palette);
QColor hover(const QPalette &palette);
QColor star(const QPalette &palette);
QColor error(const QPalette &palette);
QColor errorBackground(const QPalette &palette);
QColor warningText(const QPalette &palette);
QColor warningBackground(const QPalette &palette);

/// A stable, pleasant colour for a letter tile, from any seed.
QColor tileColour(qint64 seed);

/// Mixes two colours; `t` = 0 gives `a`, 1 gives `b`.
QColor mix(const QColor &a, const QColor &b, qreal t);

/// The window header's style sheet: tabs, search field, buttons.
QString headerStyleSheet(const QPalette &palette);

/// A slim scroll bar without arrow buttons, for the columns and the strip.
QString scrollBarStyle(const QPalette &palette);

/// Draws a rounded "pill" with centred text.
void drawPill(
    QPainter &p, const QRectF &rect, const QColor &background, const QColor &foreground, const QString &text);

/// Saved links: the mark on items whose link is saved, and the read-later mark.
QColor saved(const QPalette &palette);
/// A dialog's status line: `text` muted, or in the error colour; hidden when empty.
void showStatus(QLabel *label, const QString &text, bool error);

/// Small tag chips (in link rows and the tag field).
QColor chipBackground(const QPalette &palette);
QColor chipText(const QPalette &palette);

/// A bookmark ribbon filling the height of `rect` (drawn, so it needs no
/// font with the glyph); outlined unless `filled`.
void drawBookmark(QPainter &p, const QRectF &rect, const QColor &colour, bool filled = true);

} // namespace Theme
} // namespace gilde
