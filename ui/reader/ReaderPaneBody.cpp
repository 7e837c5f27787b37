#include "ui/reader/ReaderPane.h"

#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/sources/Threads.h"
#include "core/sources/discourse/DiscourseWrites.h"
#include "core/sources/mastodon/MastodonWrites.h"
#include "core/store/SourceStore.h"
#include "core/store/ThreadStore.h"
#include "core/text/HtmlSanitizer.h"
#include "ui/reader/ReaderBrowser.h"
#include "ui/reader/ThreadHtml.h"

#include <QScrollBar>
#include <QTextCursor>
#include <QTimer>

// What the pane shows of an item: its body, or its thread (the first posts
// at once, the rest in parts), a poll's vote links, and what the thread's
// and the poll's links do (the pane itself is in ReaderPane.cpp).

namespace gilde
{

void ReaderPane::renderBody(bool keepPosition)
{
    const int position = m_browser->verticalScrollBar()->value();
    ++m_renderGeneration; // a long thread still being added to stops here
    const bool thread = Threads::hasThread(m_item);
    if (thread && renderThread(keepPosition ? position : -1))
        return;
    QString html = m_item.html;
    if (thread)
        html = threadPendingHtml();
    if (html.trimmed().isEmpty() && !m_item.text.trimmed().isEmpty())
        html = QStringLiteral("<p>%1</p>")
                   .arg(m_item.text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    // Stored HTML was sanitized at ingest; sanitizing again at display is
    // linear and means a bad row can never reach the browser unfiltered.
    QString safe = sanitizeHtml(html, QUrl(m_item.url));
    if (safe.trimmed().isEmpty())
        safe = QStringLiteral("<p><i>%1</i></p>")
                   .arg(tr("This item has no text here. Open it in the browser to read it.").toHtmlEscaped());
    m_browser->showHtml(safe + pollHtml());
    if (keepPosition)
        m_browser->verticalScrollBar()->setValue(position);
}

bool ReaderPane::renderThread(int position)
{
    const QList<ThreadPost> posts = m_engine.threadPosts().posts(m_item.id);
    if (posts.isEmpty())
        return false;
    // A long thread shows its first posts at once and the rest in parts
    // from the event loop, so that opening it never waits for the whole layout.
    QString head;
    if (!m_threadNotice.isEmpty())
        head = QStringLiteral("<p><i>%1</i></p>").arg(m_threadNotice.toHtmlEscaped());
    const qsizetype first = qMin<qsizetype>(posts.size(), ThreadFirstPosts);
    m_threadActions = writableForum();
    m_browser->showHtml(head + pollHtml() + threadHtml(posts, 0, first, QUrl(m_item.url), m_threadActions));
    appendThread(posts, first, m_renderGeneration, position);
    return true;
}

QString ReaderPane::pollHtml() const
{
    // A poll that takes a vote, from an account that can cast it.
    const mastodon::PollChoices poll = mastodon::pollOf(m_item);
    if (!poll.open || m_engine.accounts().ofKind(QStringLiteral("mastodon")).isEmpty())
        return {};
    return voteHtml(poll.options, m_votedFor);
}

bool ReaderPane::writableForum() const
{
    const auto source = m_engine.sources().byId(m_item.sourceId);
    return source && discourse::accountFor(m_engine.accounts().ofKind(QStringLiteral("discourse")), *source) > 0;
}

void ReaderPane::postLink(const QUrl &url)
{
    // gilde-post:reply/N or gilde-post:like/N, made by threadHtml only;
    // gilde-post:vote/N by voteHtml.
    const QString verb = url.path().section(u'/', 0, 0);
    bool ok = false;
    const int number = url.path().section(u'/', 1, 1).toInt(&ok);
    if (ok && verb == u"vote") {
        const mastodon::PollChoices poll = mastodon::pollOf(m_item);
        if (!poll.open || m_votedFor >= 0 || number < 0 || number >= poll.options.size())
            return;
        m_votedFor = number;
        Q_EMIT voteRequested(m_item.id, number);
        renderBody(true);
        return;
    }
    if (!ok || number <= 0 || m_item.kind != u"topic")
        return;
    if (verb == u"reply") {
        // A selection inside the thread is what the reply quotes (paragraphs as line breaks).
        QString quoted = m_browser->textCursor().selectedText();
        quoted.replace(QChar::ParagraphSeparator, u'\n').replace(QChar::LineSeparator, u'\n');
        Q_EMIT replyToPostRequested(m_item.id, number, quoted.trimmed());
    } else if (verb == u"like") {
        Q_EMIT likePostRequested(m_item.id, number);
    }
}

void ReaderPane::appendThread(const QList<ThreadPost> &posts, qsizetype from, quint64 generation, int position)
{
    if (from >= posts.size()) {
        if (position >= 0)
            m_browser->verticalScrollBar()->setValue(position);
        return;
    }
    QTimer::singleShot(0, this, [this, posts, from, generation, position] {
        if (generation != m_renderGeneration)
            return;
        const qsizetype count = qMin<qsizetype>(posts.size() - from, ThreadPartPosts);
        m_browser->appendHtml(threadHtml(posts, from, count, QUrl(m_item.url), m_threadActions));
        appendThread(posts, from + count, generation, position);
    });
}

QString ReaderPane::threadPendingHtml() const
{
    // Not fetched yet: what the list had, while the thread comes.
    QString html;
    if (!m_threadNotice.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(m_threadNotice.toHtmlEscaped());
    html += m_item.html;
    if (m_engine.threads().isLoading(m_item.id))
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Loading the thread…").toHtmlEscaped());
    return html;
}

} // namespace gilde
