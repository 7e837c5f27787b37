// The reader pane on a real profile: what it shows, what it refuses, and
// images fetched through the HTTP client's disk cache.
#include "TestHttpServer.h"
#include "TestSupport.h"
#include "core/Engine.h"
#include "core/sources/mastodon/MastodonJson.h"
#include "core/sources/mastodon/StatusToItems.h"
#include "core/text/HiddenMedia.h"
#include "core/store/ItemStore.h"
#include "core/store/SourceStore.h"
#include "ui/reader/ReaderBrowser.h"
#include "ui/reader/ReaderPane.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimeZone>

#include <catch2/catch.hpp>
#include <memory>

using namespace gilde;
using gilde::test::waitUntil;

namespace
{

struct ReaderProfile {
    QTemporaryDir dir;
    std::unique_ptr<Engine> engine;
    qint64 sourceId = 0;

    ReaderProfile()
    {
        REQUIRE(dir.isValid());
        reopen();
        Source s;
        s.url = QUrl(QStringLiteral("http://127.0.0.1:9/feed.xml"));
        s.title = QStringLiteral("Harold's Blog");
        sourceId = engine->sources().add(s);
        REQUIRE(sourceId > 0);
    }

    void reopen()
    {
        engine.reset();
        Engine::Opened opened = Engine::open(dir.path());
        REQUIRE(opened.status == Engine::Status::Ok);
        engine = std::move(opened.engine);
    }

    qint64 addItem(const QString &remoteId, const QString &title, const QString &html,
        const QString &url = QStringLiteral("http://127.0.0.1:9/post"))
    {
        Item item;
        item.sourceId = sourceId;
        item.remoteId = remoteId;
        item.title = title;
        item.author = QStringLiteral("Harold Jarche");
        item.url = url;
        item.html = html;
        item.text = title;
        item.publishedMs = QDateTime(QDate(2026, 11, 26), QTime(18, 2), QTimeZone::utc()).toMSecsSinceEpoch();
        const ItemStore::IngestStats stats = engine->items().upsert(sourceId, { item });
        REQUIRE(stats.ok);
        StreamSpec spec;
        spec.kind = StreamSpec::Kind::Source;
        spec.sourceId = sourceId;
        const QList<Item> page = engine->items().page(spec, {}, 100);
        for (const Item &i : page) {
            if (i.remoteId == remoteId)
                return i.id;
        }
        FAIL("item not stored");
        return 0;
    }
};

QByteArray png(const QSize &size, const QColor &colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// Squares of ten pixels, black and white: all detail, which a blur takes away.
QByteArray checkerboardPng(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, ((x / 10 + y / 10) % 2) ? qRgb(255, 255, 255) : qRgb(0, 0, 0));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QImage resourceImage(ReaderBrowser *browser, const QUrl &url)
{
    const QVariant v = browser->document()->resource(QTextDocument::ImageResource, url);
    if (v.userType() == QMetaType::QImage)
        return v.value<QImage>();
    if (v.userType() == QMetaType::QPixmap)
        return v.value<QPixmap>().toImage();
    return {};
}

// Clicks in the body on the first occurrence of `text`.
void clickOnText(ReaderBrowser *browser, const QString &text)
{
    const QTextCursor found = browser->document()->find(text);
    REQUIRE(!found.isNull());
    QTextCursor at(browser->document());
    at.setPosition(found.selectionStart() + 2);
    const QPoint pos = browser->cursorRect(at).center();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, Qt::NoModifier, pos);
}

} // namespace

TEST_CASE("ReaderPane shows an item and marks it read", "[ui][reader]")
{
    ReaderProfile profile;
    const qint64 id = profile.addItem(QStringLiteral("a"), QStringLiteral("Seek > Sense > Share"),
        QStringLiteral("<p>Personal knowledge <b>mastery</b> is a discipline.</p>"));
    ReaderPane pane(*profile.engine);
    pane.resize(470, 700);
    QSignalSpy changed(&pane, &ReaderPane::itemStateChanged);

    CHECK(pane.currentItemId() == 0);
    CHECK_FALSE(pane.pageDown());

    pane.showItem(id);
    CHECK(pane.currentItemId() == id);
    CHECK(pane.findChild<QLabel *>(QStringLiteral("titleLabel"))->text()
        == QStringLiteral("Seek > Sense > Share"));
    const QString meta = pane.findChild<QLabel *>(QStringLiteral("metaLabel"))->text();
    CHECK(meta.contains(QStringLiteral("Harold's Blog")));
    CHECK(meta.contains(QStringLiteral("Harold Jarche")));
    CHECK(meta.contains(QStringLiteral("2026")));
    CHECK(pane.browser()->toPlainText().contains(
        QStringLiteral("Personal knowledge mastery is a discipline.")));

    REQUIRE(profile.engine->items().item(id)->read);
    CHECK(changed.count() == 1);

    // Showing it again changes nothing in the store, so no signal.
    pane.showItem(id);
    CHECK(changed.count() == 1);

    auto *star = pane.findChild<QPushButton *>(QStringLiteral("starButton"));
    star->click();
    CHECK(profile.engine->items().item(id)->starred);
    CHECK(star->text().contains(QStringLiteral("Unstar")));
    star->click();
    CHECK_FALSE(profile.engine->items().item(id)->starred);

    auto *read = pane.findChild<QPushButton *>(QStringLiteral("readButton"));
    CHECK(read->text() == QStringLiteral("Mark unread"));
    read->click();
    CHECK_FALSE(profile.engine->items().item(id)->read);
    CHECK(read->text() == QStringLiteral("Mark read"));
    CHECK(changed.count() == 4);

    pane.clear();
    CHECK(pane.currentItemId() == 0);
    CHECK(pane.browser()->toPlainText().isEmpty());
}

TEST_CASE("ReaderPane shows no scripts and opens only web links", "[ui][reader]")
{
    ReaderProfile profile;
    const qint64 id = profile.addItem(QStringLiteral("evil"), QStringLiteral("Hostile"),
        QStringLiteral("<p>Hello <a href=\"javascript:alert(1)\">evil link</a> and "
                       "<a href=\"https://example.org/good\">good link</a> and "
                       "<a href=\"data:text/html,boo\">data link</a>.</p>"
                       "<script>alert(2)</script>"
                       "<img src=\"http://127.0.0.1:9/x.png\" onerror=\"alert(3)\">"
                       "<p onclick=\"alert(4)\">Bye</p>"));
    ReaderPane pane(*profile.engine);
    QList<QUrl> opened;
    pane.setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    pane.resize(600, 600);
    pane.show();
    REQUIRE(waitUntil([&] { return pane.isVisible(); }));
    pane.showItem(id);

    const QString html = pane.browser()->toHtml();
    CHECK_FALSE(html.contains(QStringLiteral("javascript"), Qt::CaseInsensitive));
    CHECK_FALSE(html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    CHECK_FALSE(html.contains(QStringLiteral("alert"), Qt::CaseInsensitive));
    CHECK_FALSE(html.contains(QStringLiteral("onerror"), Qt::CaseInsensitive));
    CHECK_FALSE(html.contains(QStringLiteral("onclick"), Qt::CaseInsensitive));
    CHECK_FALSE(html.contains(QStringLiteral("data:"), Qt::CaseInsensitive));
    CHECK(pane.browser()->toPlainText().contains(QStringLiteral("evil link")));

    clickOnText(pane.browser(), QStringLiteral("evil link"));
    clickOnText(pane.browser(), QStringLiteral("data link"));
    QApplication::processEvents();
    CHECK(opened.isEmpty());

    // Hovering a link shows where it goes.
    {
        const QTextCursor found = pane.browser()->document()->find(QStringLiteral("good link"));
        QTextCursor at(pane.browser()->document());
        at.setPosition(found.selectionStart() + 2);
        const QPoint pos = pane.browser()->cursorRect(at).center();
        QMouseEvent move(QEvent::MouseMove, pos, pane.browser()->viewport()->mapToGlobal(pos), Qt::NoButton,
            Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(pane.browser()->viewport(), &move);
        CHECK(waitUntil(
            [&] { return pane.browser()->linkHint().contains(QStringLiteral("example.org/good")); }, 2000));
    }

    clickOnText(pane.browser(), QStringLiteral("good link"));
    REQUIRE(waitUntil([&] { return !opened.isEmpty(); }, 2000));
    CHECK(opened == QList<QUrl> { QUrl(QStringLiteral("https://example.org/good")) });

    // Whatever reaches the browser's signal, only web and mail links get out.
    Q_EMIT pane.browser()->anchorClicked(QUrl(QStringLiteral("javascript:alert(5)")));
    Q_EMIT pane.browser()->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
    Q_EMIT pane.browser()->anchorClicked(QUrl(QStringLiteral("data:text/html,x")));
    CHECK(opened.size() == 1);
    Q_EMIT pane.browser()->anchorClicked(QUrl(QStringLiteral("mailto:someone@example.org")));
    CHECK(opened.size() == 2);
    CHECK_FALSE(pane.openExternally(QUrl(QStringLiteral("javascript:alert(6)"))));

    // The link menu: Open link goes through the same gate; Copy copies.
    std::unique_ptr<QMenu> menu(pane.browser()->linkMenu(QUrl(QStringLiteral("https://example.org/menu"))));
    REQUIRE(menu->actions().size() >= 2);
    menu->actions().at(1)->trigger();
    CHECK(QApplication::clipboard()->text() == QStringLiteral("https://example.org/menu"));
    menu->actions().at(0)->trigger();
    CHECK(opened.last() == QUrl(QStringLiteral("https://example.org/menu")));
}

TEST_CASE("ReaderPane pages with Space and asks to close with Esc", "[ui][reader]")
{
    ReaderProfile profile;
    QString html;
    for (int i = 0; i < 120; ++i)
        html += QStringLiteral("<p>Paragraph %1 of a long article about learning in the flow of work.</p>")
                    .arg(i);
    const qint64 id = profile.addItem(QStringLiteral("long"), QStringLiteral("Long"), html);
    ReaderPane pane(*profile.engine);
    pane.resize(420, 360);
    pane.show();
    REQUIRE(waitUntil([&] { return pane.isVisible(); }));
    pane.showItem(id);
    QApplication::processEvents();

    QScrollBar *bar = pane.browser()->verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    CHECK(bar->value() == 0);
    QTest::keyClick(pane.browser(), Qt::Key_Space);
    CHECK(bar->value() > 0);
    const int afterSpace = bar->value();
    QTest::keyClick(pane.browser(), Qt::Key_Space, Qt::ShiftModifier);
    CHECK(bar->value() < afterSpace);

    int pages = 0;
    while (pane.pageDown() && pages < 1000)
        ++pages;
    CHECK(pages > 1);
    CHECK(bar->value() == bar->maximum());
    CHECK_FALSE(pane.pageDown());

    QSignalSpy close(&pane, &ReaderPane::closeRequested);
    QTest::keyClick(pane.browser(), Qt::Key_Escape);
    CHECK(close.count() == 1);
}

TEST_CASE("ReaderPane loads images through the disk cache, also offline", "[ui][reader][net]")
{
    ReaderProfile profile;
    auto server = std::make_unique<gilde::test::TestHttpServer>();
    REQUIRE(server->listen());
    const QByteArray small = png(QSize(40, 30), Qt::darkGreen);
    const QByteArray wide = png(QSize(1600, 400), Qt::darkBlue);
    server->route("/small.png",
        gilde::test::TestResponse::ok(small, "image/png").header("Cache-Control", "max-age=86400"));
    server->route("/wide.png",
        gilde::test::TestResponse::ok(wide, "image/png").header("Cache-Control", "max-age=86400"));
    const QUrl smallUrl = server->url(QStringLiteral("/small.png"));
    const QUrl wideUrl = server->url(QStringLiteral("/wide.png"));
    const qint64 id = profile.addItem(QStringLiteral("img"), QStringLiteral("Pictures"),
        QStringLiteral("<p>Before</p><p><img src=\"%1\" alt=\"small\"></p>"
                       "<p><img src=\"%2\" width=\"1600\" height=\"400\"></p><p>After</p>")
            .arg(smallUrl.toString(), wideUrl.toString()));

    {
        ReaderPane pane(*profile.engine);
        pane.resize(500, 700);
        pane.show();
        REQUIRE(waitUntil([&] { return pane.isVisible(); }));
        pane.showItem(id);
        ReaderBrowser *browser = pane.browser();
        REQUIRE(waitUntil(
            [&] { return browser->isImageLoaded(smallUrl) && browser->isImageLoaded(wideUrl); }, 10000));

        const QImage smallImage = resourceImage(browser, smallUrl);
        CHECK(smallImage.size() == QSize(40, 30));
        // Wider than the pane: scaled down to the text column, aspect kept.
        const QImage wideImage = resourceImage(browser, wideUrl);
        REQUIRE(!wideImage.isNull());
        const qreal shownWidth = wideImage.width() / wideImage.devicePixelRatio();
        CHECK(shownWidth <= browser->viewport()->width());
        CHECK(shownWidth >= browser->textWidth() - 2);
        CHECK(qAbs(wideImage.height() * 4 - wideImage.width()) <= 4);
        CHECK(server->requestCount("/small.png") == 1);

        // Shown again: the decoded images are kept, nothing is fetched again.
        pane.showItem(id);
        CHECK(browser->isImageLoaded(smallUrl));
        CHECK(resourceImage(browser, smallUrl).size() == QSize(40, 30));
        QTest::qWait(50);
        CHECK(server->requestCount("/small.png") == 1);
    }

    // The server is gone and the profile reopened: the images come from the disk cache.
    server.reset();
    profile.reopen();

    ReaderPane pane(*profile.engine);
    pane.resize(500, 700);
    pane.showItem(id);
    ReaderBrowser *browser = pane.browser();
    REQUIRE(waitUntil([&] { return browser->isImageLoaded(smallUrl); }, 10000));
    CHECK(resourceImage(browser, smallUrl).size() == QSize(40, 30));
}

TEST_CASE("ReaderPane drops an image that fails and keeps the text", "[ui][reader][net]")
{
    ReaderProfile profile;
    gilde::test::TestHttpServer server;
    REQUIRE(server.listen());
    server.route("/broken.png", gilde::test::TestResponse::ok("this is not an image", "image/png"));
    const QUrl broken = server.url(QStringLiteral("/broken.png"));
    const QUrl missing = server.url(QStringLiteral("/missing.png"));
    const qint64 id = profile.addItem(QStringLiteral("bad"), QStringLiteral("Bad images"),
        QStringLiteral("<p>Text <img src=\"%1\"> more <img src=\"%2\"> end</p>")
            .arg(broken.toString(), missing.toString()));
    ReaderPane pane(*profile.engine);
    pane.resize(500, 500);
    pane.showItem(id);
    QSignalSpy failed(pane.browser(), &ReaderBrowser::imageFailed);
    REQUIRE(waitUntil([&] { return failed.count() == 2; }, 10000));
    CHECK(pane.browser()->loadedImageCount() == 0);
    CHECK(pane.browser()->toPlainText().contains(QStringLiteral("end")));
    CHECK(resourceImage(pane.browser(), broken).size() == QSize(1, 1));
}

TEST_CASE("A sensitive post's picture is blurred until clicked; the next click opens it", "[ui][reader][net]")
{
    ReaderProfile profile;
    gilde::test::TestHttpServer server;
    REQUIRE(server.listen());
    server.route("/preview.png", gilde::test::TestResponse::ok(checkerboardPng(QSize(200, 120)), "image/png"));
    const QUrl preview = server.url(QStringLiteral("/preview.png"));
    const QUrl original = server.url(QStringLiteral("/original.png"));
    QJsonObject status = QJsonDocument::fromJson(R"({"id":"42","created_at":"2026-11-26T18:02:00.000Z",
        "content":"<p>Mijn kat</p>","sensitive":true,"visibility":"public",
        "account":{"id":"1","acct":"anne","display_name":"Anne"}})").object();
    status.insert(QStringLiteral("media_attachments"), QJsonArray { QJsonObject {
        { QStringLiteral("id"), QStringLiteral("7") }, { QStringLiteral("type"), QStringLiteral("image") },
        { QStringLiteral("url"), original.toString() }, { QStringLiteral("preview_url"), preview.toString() },
        { QStringLiteral("description"), QStringLiteral("Een kat op de bank") } } });
    Item item = mastodon::itemFromStatus(mastodon::status(status), profile.sourceId);
    CHECK(item.thumbnail.isEmpty()); // no picture in the row either
    const qint64 id = profile.addItem(item.remoteId, QStringLiteral("Kat"), item.html);

    ReaderPane pane(*profile.engine);
    QList<QUrl> opened;
    pane.setUrlOpener([&](const QUrl &url) {
        opened << url;
        return true;
    });
    pane.resize(500, 700);
    pane.show();
    pane.showItem(id);
    ReaderBrowser *browser = pane.browser();
    QUrl hidden = preview;
    hidden.setFragment(QLatin1String(HiddenMediaFragment));
    REQUIRE(waitUntil([&] { return browser->isImageLoaded(hidden); }, 10000));
    CHECK(browser->toPlainText().contains(QStringLiteral("click the picture to show it")));
    // The request went out without the fragment.
    CHECK(server.requestCount("/preview.png") == 1);

    // Neighbouring squares, black and white in the picture: alike while it is hidden.
    const auto contrast = [&] {
        const QImage shown = resourceImage(browser, hidden).convertToFormat(QImage::Format_RGB32);
        REQUIRE(shown.width() >= 40);
        return qAbs(qGray(shown.pixel(5, 5)) - qGray(shown.pixel(15, 5)));
    };
    CHECK(contrast() < 60);

    // The click shows it and opens nothing.
    QSignalSpy activated(browser, &ReaderBrowser::linkActivated);
    QUrl link = original;
    link.setFragment(QLatin1String(HiddenMediaFragment));
    Q_EMIT browser->anchorClicked(link);
    CHECK(contrast() > 200);
    CHECK(activated.isEmpty());
    // The next one opens the picture itself, without the fragment.
    Q_EMIT browser->anchorClicked(link);
    REQUIRE(activated.size() == 1);
    CHECK(activated.first().first().toUrl() == original);
    CHECK(opened == QList<QUrl> { original });

    // Another item: hidden again.
    pane.showItem(id);
    REQUIRE(waitUntil([&] { return browser->isImageLoaded(hidden); }, 10000));
    CHECK(contrast() < 60);
}
