#include "StatusToItems.h"

#include "text/HiddenMedia.h"
#include "text/HtmlSanitizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace gilde::mastodon
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(StatusToItems)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

/// The server's custom emoji in `html` as small pictures, as its web client
/// shows them: each ":shortcode:" it names, in text only (never inside a tag
/// or an address), becomes an <img> of its still picture, the shortcode its
/// alt text. The sanitizer still has the last word on the result.
QString emojified(const QString &html, const QList<MastodonEmoji> &emojis)
{
    if (emojis.isEmpty() || !html.contains(u':'))
        return html;
    QHash<QString, QString> pictures;
    for (const MastodonEmoji &e : emojis) {
        const QUrl picture = e.staticUrl.isEmpty() ? e.url : e.staticUrl;
        if (!e.shortcode.isEmpty() && (picture.scheme() == u"https" || picture.scheme() == u"http"))
            pictures.insert(e.shortcode, picture.toString(QUrl::FullyEncoded));
    }
    static const QRegularExpression code(QStringLiteral(":([A-Za-z0-9_]{2,64}):"));
    QString out;
    out.reserve(html.size());
    qsizetype at = 0;
    while (at < html.size()) {
        const qsizetype tag = html.indexOf(u'<', at);
        const qsizetype textEnd = tag < 0 ? html.size() : tag;
        const QString text = html.mid(at, textEnd - at);
        qsizetype from = 0;
        for (auto it = code.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const auto picture = pictures.constFind(m.captured(1));
            if (picture == pictures.cend())
                continue;
            out += text.mid(from, m.capturedStart() - from);
            out += QStringLiteral("<img src=\"%1\" alt=\"%2\" title=\"%2\" width=\"20\" height=\"20\">")
                       .arg(esc(*picture), esc(m.captured(0)));
            from = m.capturedEnd();
        }
        out += text.mid(from);
        if (tag < 0)
            break;
        const qsizetype close = html.indexOf(u'>', tag);
        const qsizetype tagEnd = close < 0 ? html.size() : close + 1;
        out += html.mid(tag, tagEnd - tag);
        at = tagEnd;
    }
    return out;
}

bool hiddenByFilter(const MastodonStatus &s)
{
    for (const MastodonFilterMatch &f : s.filtered) {
        if (f.action == u"hide")
            return true;
    }
    return false;
}

QString filterWarning(const MastodonStatus &s)
{
    for (const MastodonFilterMatch &f : s.filtered) {
        if (f.action == u"warn")
            return f.title;
    }
    return {};
}

QString mediaHtml(const MastodonStatus &s)
{
    QString html;
    for (const MastodonMedia &m : s.media) {
        const QUrl target = m.url.isEmpty() ? m.remoteUrl : m.url;
        if (target.isEmpty())
            continue;
        const QString alt = m.description.isEmpty() ? Text::tr("Media without a description") : m.description;
        if (s.sensitive && m.type == u"image" && !m.previewUrl.isEmpty()) {
            // Blurred in the reader until clicked (HiddenMediaFragment), as the web client does.
            QUrl hiddenTarget = target;
            hiddenTarget.setFragment(QLatin1String(HiddenMediaFragment));
            QUrl hiddenPreview = m.previewUrl;
            hiddenPreview.setFragment(QLatin1String(HiddenMediaFragment));
            html += QStringLiteral("<p><a href=\"%1\"><img src=\"%2\" alt=\"%3\"></a><br><small>%4</small></p>")
                        .arg(esc(hiddenTarget.toString()), esc(hiddenPreview.toString()),
                            esc(Text::tr("Sensitive media: %1").arg(alt)),
                            esc(Text::tr("Sensitive media: click the picture to show it.")));
        } else if (s.sensitive || m.type != u"image" || m.previewUrl.isEmpty()) {
            const QString label = s.sensitive ? Text::tr("Sensitive media: %1").arg(alt)
                                              : (m.type == u"video" || m.type == u"gifv")
                                              ? Text::tr("Video: %1").arg(alt)
                                              : m.type == u"audio" ? Text::tr("Audio: %1").arg(alt)
                                                                    : alt;
            html += QStringLiteral("<p><a href=\"%1\">%2</a></p>").arg(esc(target.toString()), esc(label));
        } else {
            html += QStringLiteral("<p><a href=\"%1\"><img src=\"%2\" alt=\"%3\"></a></p>")
                        .arg(esc(target.toString()), esc(m.previewUrl.toString()), esc(alt));
        }
    }
    return html;
}

QString cardHtml(const MastodonStatus &s)
{
    if (!s.card || s.card->url.isEmpty() || !s.media.isEmpty())
        return {};
    const MastodonCard &c = *s.card;
    QString html = QStringLiteral("<blockquote>");
    if (!c.image.isEmpty() && !s.sensitive)
        html += QStringLiteral("<img src=\"%1\" alt=\"\"><br>").arg(esc(c.image.toString()));
    html += QStringLiteral("<a href=\"%1\"><b>%2</b></a>")
                .arg(esc(c.url.toString()), esc(c.title.isEmpty() ? c.url.host() : c.title));
    if (!c.description.isEmpty())
        html += QStringLiteral("<br>") + esc(c.description);
    if (!c.providerName.isEmpty())
        html += QStringLiteral("<br><small>") + esc(c.providerName) + QStringLiteral("</small>");
    return html + QStringLiteral("</blockquote>");
}

QString pollHtml(const MastodonStatus &s)
{
    if (!s.poll)
        return {};
    const MastodonPoll &poll = *s.poll;
    int total = 0;
    for (const MastodonPollOption &o : poll.options)
        total += std::max(0, o.votesCount);
    QString html = QStringLiteral("<ul>");
    for (const MastodonPollOption &o : poll.options) {
        if (o.votesCount < 0) {
            html += QStringLiteral("<li>%1</li>").arg(esc(o.title));
            continue;
        }
        const int percent = total > 0 ? int(std::lround(100.0 * o.votesCount / total)) : 0;
        html += QStringLiteral("<li>%1 — %2%</li>").arg(esc(o.title)).arg(percent);
    }
    html += QStringLiteral("</ul><p><small>");
    const int people = poll.votersCount >= 0 ? poll.votersCount : poll.votesCount;
    html += esc(poll.expired ? Text::tr("Poll closed · %n vote(s)", nullptr, people)
                             : Text::tr("Poll · %n vote(s)", nullptr, people));
    return html + QStringLiteral("</small></p>");
}

QString replyTarget(const MastodonStatus &s)
{
    for (const MastodonMention &m : s.mentions) {
        if (m.id == s.inReplyToId || m.id == s.inReplyToAccountId)
            return m.acct;
    }
    return {};
}

QString mediaJson(const MastodonStatus &s)
{
    if (s.media.isEmpty())
        return {};
    QJsonArray array;
    for (const MastodonMedia &m : s.media) {
        const QUrl target = m.url.isEmpty() ? m.remoteUrl : m.url;
        if (target.isEmpty())
            continue;
        QJsonObject o { { QStringLiteral("url"), target.toString() },
            { QStringLiteral("type"), m.type } };
        if (!m.description.isEmpty())
            o.insert(QStringLiteral("description"), m.description);
        if (!m.previewUrl.isEmpty())
            o.insert(QStringLiteral("preview"), m.previewUrl.toString());
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

/// `s` is the post shown: `wrapper` itself, or the post it boosts.
QString metaOf(const MastodonStatus &s, const MastodonStatus &wrapper)
{
    QJsonArray mentions;
    for (const MastodonMention &m : s.mentions)
        mentions.append(m.acct);
    QJsonObject o { { QStringLiteral("status"), s.id }, { QStringLiteral("account"), s.account.id },
        { QStringLiteral("acct"), s.account.acct }, { QStringLiteral("visibility"), s.visibility } };
    if (!mentions.isEmpty())
        o.insert(QStringLiteral("mentions"), mentions);
    if (!s.spoilerText.isEmpty())
        o.insert(QStringLiteral("spoiler"), s.spoilerText);
    // The author's picture for the row (ItemStore lists it).
    if (const QString avatar = avatarOf(s.account); !avatar.isEmpty())
        o.insert(QStringLiteral("avatar"), avatar);
    // For columns that hide boosts or replies (StreamFilter).
    if (wrapper.reblog)
        o.insert(QStringLiteral("boost"), true);
    if (!s.inReplyToId.isEmpty() && s.inReplyToAccountId != s.account.id)
        o.insert(QStringLiteral("reply"), true);
    // What the reading account did to it, for the reader's buttons to show
    // and undo. Only the signed-in timelines carry them.
    for (const auto &[mark, on] : { std::pair { QLatin1String("favourited"), s.favourited },
             std::pair { QLatin1String("reblogged"), s.reblogged }, std::pair { QLatin1String("bookmarked"), s.bookmarked } }) {
        if (on)
            o.insert(mark, true);
    }
    // What the reader needs to offer a vote: the poll's id here and its choices.
    if (s.poll && !s.poll->id.isEmpty()) {
        QJsonArray options;
        for (const MastodonPollOption &option : s.poll->options)
            options.append(option.title);
        o.insert(QStringLiteral("poll"), QJsonObject { { QStringLiteral("id"), s.poll->id }, { QStringLiteral("options"), options },
            { QStringLiteral("open"), !s.poll->expired && !s.poll->voted } });
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QString displayName(const MastodonAccount &account)
{
    // Plain text has no pictures: the account's custom emoji leave its name.
    QString name = account.displayName;
    for (const MastodonEmoji &e : account.emojis) {
        if (!e.shortcode.isEmpty())
            name.remove(u':' + e.shortcode + u':');
    }
    name = name.simplified();
    if (!name.isEmpty())
        return name;
    return account.username.isEmpty() ? account.acct : account.username;
}

QString avatarOf(const MastodonAccount &account)
{
    const QUrl avatar = account.avatarStatic.isEmpty() ? account.avatar : account.avatarStatic;
    return avatar.scheme() == u"https" || avatar.scheme() == u"http" ? avatar.toString() : QString();
}

Item itemFromStatus(const MastodonStatus &wrapper, qint64 sourceId)
{
    const MastodonStatus &s = wrapper.reblog ? *wrapper.reblog : wrapper;
    const QUrl base = s.url.isEmpty() ? QUrl(s.uri) : s.url;

    QString html;
    // The list's excerpt comes from the start of the HTML: a warned post
    // starts with the warning's notice, so the row does not give it away.
    if (!s.spoilerText.trimmed().isEmpty())
        html += QStringLiteral("<p><em>%1</em></p><hr>").arg(esc(Text::tr("Behind a content warning: open it to read.")));
    html += emojified(s.contentHtml, s.emojis);
    html += mediaHtml(s) + cardHtml(s) + pollHtml(s);
    QStringList footer;
    if (wrapper.reblog)
        footer << esc(Text::tr("Boosted by %1").arg(displayName(wrapper.account)));
    if (!s.inReplyToId.isEmpty()) {
        const QString to = replyTarget(s);
        footer << esc(to.isEmpty() ? Text::tr("A reply") : Text::tr("In reply to @%1").arg(to));
    }
    if (!footer.isEmpty())
        html += QStringLiteral("<p><small>") + footer.join(QStringLiteral(" · ")) + QStringLiteral("</small></p>");

    Item item;
    item.sourceId = sourceId;
    item.remoteId = wrapper.id;
    item.kind = QStringLiteral("status");
    item.author = displayName(s.account);
    if (!s.account.acct.isEmpty())
        item.author += QStringLiteral(" (@%1)").arg(s.account.acct);
    if (wrapper.reblog)
        item.author = Text::tr("%1, boosted by %2").arg(item.author, displayName(wrapper.account));
    const QString warning = filterWarning(s);
    if (!warning.isEmpty())
        item.title = Text::tr("Filtered: %1").arg(warning);
    else if (!s.spoilerText.trimmed().isEmpty())
        item.title = Text::tr("Content warning: %1").arg(s.spoilerText.trimmed());
    item.url = (s.url.isEmpty() ? QUrl(s.uri) : s.url).toString();
    if (!QUrl(item.url).isValid() || !item.url.startsWith(QLatin1String("http")))
        item.url.clear();
    item.html = sanitizeHtml(html, base);
    item.text = htmlToPlainText(item.html);
    if (!s.sensitive) {
        for (const MastodonMedia &m : s.media) {
            if (m.type == u"image" && !m.previewUrl.isEmpty()) {
                item.thumbnail = m.previewUrl.toString();
                break;
            }
        }
    }
    item.mediaJson = mediaJson(s);
    // A boost is acted on as the post it boosts.
    item.meta = metaOf(s, wrapper);
    item.publishedMs = wrapper.createdAtMs;
    item.updatedMs = s.editedAtMs;
    return item;
}

QList<Item> itemsFromStatuses(const QList<MastodonStatus> &statuses, qint64 sourceId)
{
    QList<Item> items;
    items.reserve(statuses.size());
    for (const MastodonStatus &s : statuses) {
        if (hiddenByFilter(s) || (s.reblog && hiddenByFilter(*s.reblog)))
            continue;
        items << itemFromStatus(s, sourceId);
    }
    return items;
}

Item itemFromNotification(const MastodonNotification &n, qint64 sourceId)
{
    Item item;
    if (n.status)
        item = itemFromStatus(*n.status, sourceId);
    item.sourceId = sourceId;
    item.remoteId = n.id;
    item.kind = QStringLiteral("notification");
    item.publishedMs = n.createdAtMs;
    const QString who = displayName(n.account);
    QString what;
    if (n.type == u"mention")
        what = Text::tr("%1 mentioned you").arg(who);
    else if (n.type == u"reblog")
        what = Text::tr("%1 boosted your post").arg(who);
    else if (n.type == u"favourite")
        what = Text::tr("%1 favourited your post").arg(who);
    else if (n.type == u"follow")
        what = Text::tr("%1 followed you").arg(who);
    else if (n.type == u"follow_request")
        what = Text::tr("%1 asked to follow you").arg(who);
    else if (n.type == u"poll")
        what = Text::tr("A poll you took part in has ended");
    else if (n.type == u"status")
        what = Text::tr("%1 posted").arg(who);
    else if (n.type == u"update")
        what = Text::tr("%1 edited a post you interacted with").arg(who);
    else
        what = Text::tr("%1: %2").arg(who, n.type);
    // A mention is the post itself; the others say what happened, then show the post.
    if (n.type != u"mention" || item.html.isEmpty())
        item.title = item.title.isEmpty() ? what : what + QStringLiteral(" — ") + item.title;
    // The row names who did it; the post (usually the user's own) follows.
    item.author = who + (n.account.acct.isEmpty() ? QString() : QStringLiteral(" (@%1)").arg(n.account.acct));
    QJsonObject meta;
    if (n.status) {
        meta = QJsonDocument::fromJson(item.meta.toUtf8()).object();
    } else {
        item.url = n.account.url.toString();
        meta = QJsonObject { { QStringLiteral("account"), n.account.id }, { QStringLiteral("acct"), n.account.acct } };
        if (!n.account.noteHtml.isEmpty()) {
            item.html = sanitizeHtml(emojified(n.account.noteHtml, n.account.emojis), n.account.url);
            item.text = htmlToPlainText(item.html);
        }
    }
    // What happened, for what is told on the desktop (a mention, a reply, a direct message).
    meta.insert(QStringLiteral("notification"), n.type);
    // The row shows who did it, not whose post it was.
    meta.remove(QStringLiteral("avatar"));
    if (const QString avatar = avatarOf(n.account); !avatar.isEmpty())
        meta.insert(QStringLiteral("avatar"), avatar);
    item.meta = QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact));
    return item;
}

QList<Item> itemsFromNotifications(const QList<MastodonNotification> &notifications, qint64 sourceId)
{
    QList<Item> items;
    items.reserve(notifications.size());
    for (const MastodonNotification &n : notifications) {
        if (n.status && hiddenByFilter(*n.status))
            continue;
        items << itemFromNotification(n, sourceId);
    }
    return items;
}

} // namespace gilde::mastodon
