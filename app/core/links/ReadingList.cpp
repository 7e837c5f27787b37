#include "ReadingList.h"

#include <QDateTime>

#include <algorithm>

namespace gilde
{

QString escapeMarkdown(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString markdownReadingList(const QString &heading, QList<Link> links)
{
    std::stable_sort(links.begin(), links.end(), [](const Link &a, const Link &b) {
        return a.savedMs != b.savedMs ? a.savedMs > b.savedMs : a.id > b.id;
    });
    QString out = QStringLiteral("# ") + escapeMarkdown(heading.simplified()) + QStringLiteral("\n\n");
    for (const Link &link : std::as_const(links)) {
        QString url = link.url.toString(QUrl::FullyEncoded);
        url.replace(QLatin1Char('('), QLatin1String("%28")).replace(QLatin1Char(')'), QLatin1String("%29"));
        const QString title = link.title.simplified();
        out += QStringLiteral("- [") + escapeMarkdown(title.isEmpty() ? link.url.toDisplayString() : title)
            + QStringLiteral("](") + url + QLatin1Char(')');
        const QString note = link.note.simplified();
        if (!note.isEmpty())
            out += QStringLiteral(" \u2014 ") + escapeMarkdown(note);
        if (link.savedMs > 0) {
            out += QStringLiteral(" (")
                + QDateTime::fromMSecsSinceEpoch(link.savedMs).date().toString(Qt::ISODate)
                + QLatin1Char(')');
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace gilde
