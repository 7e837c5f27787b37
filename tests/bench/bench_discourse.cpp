// Discourse in figures: a page of 30 topics from JSON to rows in the cache
// (decoding, items, the store's upsert), and a thread of 1,000 posts from the
// cache to the reader's first paint, then scrolled through page by page.
// Usage: bench_discourse [pages=300] [posts=1000]   (QT_QPA_PLATFORM=offscreen works)

#include "core/Engine.h"
#include "core/model/Source.h"
#include "core/sources/discourse/DiscourseJson.h"
#include "core/sources/discourse/TopicMeta.h"
#include "core/sources/discourse/TopicToItems.h"
#include "core/store/ItemStore.h"
#include "core/store/SourceStore.h"
#include "core/store/ThreadStore.h"
#include "ui/reader/ReaderBrowser.h"
#include "ui/reader/ReaderPane.h"
#include "ui/reader/ThreadHtml.h"
#include "core/text/HtmlSanitizer.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace gilde;

namespace
{

QByteArray topicPage(int firstId, qint64 nowMs)
{
    QJsonArray users;
    for (int u = 1; u <= 10; ++u)
        users.append(QJsonObject { { QStringLiteral("id"), u }, { QStringLiteral("username"), QStringLiteral("user%1").arg(u) },
            { QStringLiteral("name"), QStringLiteral("User %1").arg(u) },
            { QStringLiteral("avatar_template"), QStringLiteral("/user_avatar/forum.example/user%1/{size}/1_2.png").arg(u) } });
    QJsonArray topics;
    for (int i = 0; i < 30; ++i) {
        const int id = firstId + i;
        const QString at = QDateTime::fromMSecsSinceEpoch(nowMs - i * 60000, Qt::UTC).toString(Qt::ISODateWithMs);
        topics.append(QJsonObject { { QStringLiteral("id"), id },
            { QStringLiteral("title"), QStringLiteral("Hoe zetten jullie peer review in bij projectonderwijs, deel %1?").arg(id) },
            { QStringLiteral("slug"), QStringLiteral("peer-review-%1").arg(id) }, { QStringLiteral("posts_count"), 12 },
            { QStringLiteral("reply_count"), 11 }, { QStringLiteral("created_at"), at }, { QStringLiteral("last_posted_at"), at },
            { QStringLiteral("bumped_at"), at }, { QStringLiteral("category_id"), 1 + i % 5 }, { QStringLiteral("views"), 340 },
            { QStringLiteral("like_count"), 9 }, { QStringLiteral("tags"), QJsonArray { QStringLiteral("onderwijs"), QStringLiteral("feedback") } },
            { QStringLiteral("excerpt"), QStringLiteral("In onze sectie proberen we sinds dit jaar&hellip;") },
            { QStringLiteral("posters"), QJsonArray {
                QJsonObject { { QStringLiteral("description"), QStringLiteral("Original Poster") }, { QStringLiteral("user_id"), 1 + i % 10 } },
                QJsonObject { { QStringLiteral("description"), QStringLiteral("Frequent Poster") }, { QStringLiteral("user_id"), 1 + (i + 3) % 10 } },
                QJsonObject { { QStringLiteral("description"), QStringLiteral("Most Recent Poster") }, { QStringLiteral("user_id"), 1 + (i + 5) % 10 } } } } });
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("users"), users },
                             { QStringLiteral("topic_list"), QJsonObject { { QStringLiteral("topics"), topics } } } })
        .toJson(QJsonDocument::Compact);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int pages = argc > 1 ? qMax(1, atoi(argv[1])) : 300;
    const int postCount = argc > 2 ? qMax(1, atoi(argv[2])) : 1000;
    QTemporaryDir dir;
    Engine::Opened opened = Engine::open(dir.path());
    if (!opened.engine) {
        std::fprintf(stderr, "cannot open a profile: %s\n", qPrintable(opened.message));
        return 1;
    }
    Engine &engine = *opened.engine;
    Source source;
    source.kind = QStringLiteral("discourse");
    // A closed port on loopback: the reader's refresh of the thread fails at once, the cache is what is shown.
    source.url = QUrl(QStringLiteral("http://127.0.0.1:9/latest.json"));
    source.title = QStringLiteral("Forum");
    const qint64 sourceId = engine.sources().add(source);
    QHash<qint64, DiscourseCategory> categories;
    for (int c = 1; c <= 5; ++c)
        categories.insert(c, { c, QStringLiteral("Category %1").arg(c), QStringLiteral("c%1").arg(c), QStringLiteral("0088CC") });

    // A page of 30 topics, as a refresh stores it.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<double> pageMs;
    for (int p = 0; p < pages; ++p) {
        const QByteArray body = topicPage(1 + p * 30, now - p * 3600000LL);
        QElapsedTimer t;
        t.start();
        const DiscourseTopicList list = discourse::topicList(body);
        const QList<Item> items = discourse::itemsFromTopics(list, QUrl(QStringLiteral("http://127.0.0.1:9")), categories, sourceId);
        const ItemStore::IngestStats stats = engine.items().upsert(sourceId, items);
        pageMs << t.nsecsElapsed() / 1e6;
        if (!stats.ok)
            return 1;
    }
    std::printf("topic page (30 topics) decoded, made items and stored: median %.2f ms, %.0f topics/s\n",
        median(pageMs), 30.0 / (median(pageMs) / 1000.0));

    // A thread of `postCount` posts in the cache.
    StreamSpec spec;
    spec.kind = StreamSpec::Kind::Source;
    spec.sourceId = sourceId;
    const qint64 itemId = engine.items().page(spec, {}, 1).first().id;
    QList<ThreadPost> posts;
    for (int n = 1; n <= postCount; ++n) {
        ThreadPost post;
        post.number = n;
        post.remoteId = QString::number(100000 + n);
        post.author = QStringLiteral("user%1").arg(n % 17);
        post.publishedMs = now - (postCount - n) * 60000LL;
        post.replyTo = n % 4 == 0 ? n - 3 : 0;
        post.likes = n % 5;
        post.html = QStringLiteral("<p>Antwoord %1: we hebben het in de sectie besproken en kwamen uit op een rubric "
                                   "met vier criteria, die de leerlingen zelf hebben aangescherpt.</p>"
                                   "<p>Daarna <a href=\"https://example.org/%1\">dit artikel</a> gelezen.</p>")
                        .arg(n);
        posts << post;
    }
    QElapsedTimer write;
    write.start();
    if (!engine.threadPosts().replace(itemId, posts))
        return 1;
    std::printf("thread of %d posts written to the cache: %.1f ms\n", postCount, write.nsecsElapsed() / 1e6);

    // Where the first paint's time goes: reading, composing, sanitizing.
    QElapsedTimer parts;
    parts.start();
    const QList<ThreadPost> cached = engine.threadPosts().posts(itemId);
    const double readMs = parts.nsecsElapsed() / 1e6;
    parts.restart();
    const QString html = threadHtml(cached);
    const double composeMs = parts.nsecsElapsed() / 1e6;
    parts.restart();
    const QString safe = sanitizeHtml(html);
    const double sanitizeMs = parts.nsecsElapsed() / 1e6;
    std::printf("  of which: read %.1f ms, compose %.1f ms, sanitize %.1f ms (%lld characters)\n", readMs, composeMs,
        sanitizeMs, qint64(safe.size()));

    ReaderPane reader(engine);
    reader.resize(760, 1000);
    reader.show();
    QApplication::processEvents();
    QElapsedTimer firstPaint;
    firstPaint.start();
    reader.showItem(itemId);
    reader.browser()->viewport()->repaint();
    const double paintMs = firstPaint.nsecsElapsed() / 1e6;
    std::printf("thread of %d posts from the cache to first paint: %.1f ms\n", postCount, paintMs);
    // The rest comes in parts from the event loop; each part is one frame's work.
    const QString lastPost = QStringLiteral("Antwoord %1:").arg(postCount);
    QList<double> partMs;
    for (int i = 0; i < 1000 && !reader.browser()->document()->toPlainText().contains(lastPost); ++i) {
        QElapsedTimer part;
        part.start();
        QApplication::processEvents();
        partMs << part.nsecsElapsed() / 1e6;
    }
    std::printf("the whole thread shown after %.1f ms in %lld turns of the event loop, the longest %.1f ms\n",
        firstPaint.nsecsElapsed() / 1e6, qint64(partMs.size()),
        partMs.isEmpty() ? 0.0 : *std::max_element(partMs.begin(), partMs.end()));

    QScrollBar *bar = reader.browser()->verticalScrollBar();
    double worst = 0;
    QList<double> frames;
    for (int i = 0; i < 400 && bar->value() < bar->maximum(); ++i) {
        QElapsedTimer frame;
        frame.start();
        bar->setValue(bar->value() + bar->pageStep() / 4);
        reader.browser()->viewport()->repaint();
        const double ms = frame.nsecsElapsed() / 1e6;
        frames << ms;
        worst = qMax(worst, ms);
    }
    std::printf("scrolled in %lld steps of a quarter page: median frame %.2f ms, worst %.2f ms\n",
        qint64(frames.size()), median(frames), worst);
    return 0;
}
