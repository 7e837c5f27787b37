#include "ThreadHtml.h"

#include "core/text/HtmlSanitizer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

namespace gilde
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ThreadHtml)
};

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString threadHtml(const QList<ThreadPost> &posts, qsizetype first, qsizetype count, const QUrl &base, bool actions)
{
    first = qBound<qsizetype>(0, first, posts.size());
    const qsizetype end = count < 0 ? posts.size() : qMin(posts.size(), first + count);
    QHash<int, QString> authorOf;
    for (const ThreadPost &p : posts)
        authorOf.insert(p.number, p.author);
    QString html;
    html.reserve((end - first) * 1024);
    int previous = first > 0 ? posts.at(first - 1).number : 0;
    for (qsizetype i = first; i < end; ++i) {
        const ThreadPost &p = posts.at(i);
        if (i > 0)
            html += QStringLiteral("<hr>");
        const QString name = p.authorName.trimmed().isEmpty() ? p.author : p.authorName.trimmed();
        html += QStringLiteral("<p><b>%1</b> <small>").arg(escaped(name));
        QStringList details;
        if (!p.author.isEmpty() && p.author != name)
            details << u'@' + escaped(p.author);
        if (p.publishedMs > 0) {
            // The day and the minute: a thread is read as a conversation, not a log.
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(p.publishedMs, QTimeZone::utc()).toLocalTime();
            details << escaped(QLocale().toString(local, QLocale::ShortFormat));
        }
        details << QStringLiteral("#%1").arg(p.number);
        html += details.join(QStringLiteral(" · ")) + QStringLiteral("</small></p>");
        // Replies to the post just above need no pointer; others say whom they answer.
        if (p.replyTo > 0 && p.replyTo != previous) {
            const QString to = authorOf.value(p.replyTo);
            html += QStringLiteral("<p><small>")
                + (to.isEmpty() ? Text::tr("↪ replying to #%1").arg(p.replyTo)
                                : Text::tr("↪ replying to @%1 (#%2)").arg(escaped(to)).arg(p.replyTo))
                + QStringLiteral("</small></p>");
        }
        html += p.html.trimmed().isEmpty()
            ? QStringLiteral("<p><i>%1</i></p>").arg(escaped(Text::tr("(This post was deleted or hidden.)")))
            : sanitizeHtml(p.html, base);
        QStringList foot;
        if (p.likes > 0)
            foot << escaped(Text::tr("♥ %n like(s)", nullptr, p.likes));
        if (actions) {
            foot << QStringLiteral("<a href=\"%1:reply/%2\">%3</a>")
                        .arg(QLatin1String(PostActionScheme))
                        .arg(p.number)
                        .arg(escaped(Text::tr("Reply")));
            foot << QStringLiteral("<a href=\"%1:like/%2\">%3</a>")
                        .arg(QLatin1String(PostActionScheme))
                        .arg(p.number)
                        .arg(escaped(Text::tr("Like")));
        }
        if (!foot.isEmpty())
            html += QStringLiteral("<p><small>%1</small></p>").arg(foot.join(QStringLiteral(" · ")));
        previous = p.number;
    }
    return html;
}

QString voteHtml(const QStringList &options, int votedFor)
{
    if (votedFor >= 0 && votedFor < options.size())
        return QStringLiteral("<p><i>%1</i></p>")
            .arg(Text::tr("Your vote for “%1” is on its way.").arg(options.at(votedFor)).toHtmlEscaped());
    QStringList links;
    for (qsizetype i = 0; i < options.size(); ++i)
        links << QStringLiteral("<a href=\"%1:vote/%2\">%3</a>")
                     .arg(QLatin1String(PostActionScheme))
                     .arg(i)
                     .arg(options.at(i).toHtmlEscaped());
    return QStringLiteral("<p><b>%1</b> %2</p>")
        .arg(Text::tr("Vote:").toHtmlEscaped(), links.join(QStringLiteral(" · ")));
}

} // namespace gilde
