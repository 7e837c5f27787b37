// Adding a Discourse forum in the Add feed dialog: its latest topics and its
// categories offered with their colours, subcategories under their parents,
// the list the address showed ticked, and one source per list picked.
#include "DiscourseServer.h"
#include "TestSupport.h"
#include "core/Engine.h"
#include "core/store/SourceStore.h"
#include "ui/sources/AddFeedDialog.h"

#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

TEST_CASE("AddFeedDialog offers a forum's lists in its colours and follows the ones ticked", "[ui][sources][discourse]")
{
    DiscourseServer server(QStringLiteral("/forum"));
    REQUIRE(server.listen());
    server.addCategory({ 5, QStringLiteral("Support"), QStringLiteral("support"), QStringLiteral("0088CC"), 0,
        QStringLiteral("Questions about using it") });
    server.addCategory({ 9, QStringLiteral("Linux"), QStringLiteral("linux"), QStringLiteral("F1592A"), 5 });
    server.addCategory({ 7, QStringLiteral("News"), QStringLiteral("news"), QStringLiteral("25AAE2") });
    server.addTopics(5, 2, 100);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Engine::Opened opened = Engine::open(dir.path());
    REQUIRE(opened.engine);
    Engine &engine = *opened.engine;

    AddFeedDialog dialog(engine);
    QSignalSpy subscribed(&dialog, &AddFeedDialog::subscribed);
    dialog.show();
    auto *urlEdit = dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    auto *addButton = dialog.findChild<QPushButton *>(QStringLiteral("addButton"));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("feedList"));
    REQUIRE(urlEdit);
    REQUIRE(addButton);
    REQUIRE(list);

    // A category's page: that category comes first, ticked.
    QTest::keyClicks(urlEdit, server.url(QStringLiteral("/c/news/7")).toString());
    QTest::mouseClick(addButton, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !list->isHidden() && list->count() == 4; }, 10000));
    CHECK(list->item(0)->text().startsWith(QStringLiteral("News")));
    CHECK(list->item(0)->checkState() == Qt::Checked);
    for (int i = 1; i < list->count(); ++i)
        CHECK(list->item(i)->checkState() == Qt::Unchecked);
    CHECK(list->item(1)->text().startsWith(QStringLiteral("Latest · ")));
    // Categories show their colour and what they are about; a subcategory sits under its parent, indented.
    const auto swatchColour = [&](int row) {
        const QImage image = list->item(row)->icon().pixmap(16, 16).toImage();
        return image.isNull() ? QColor() : image.pixelColor(image.width() / 2, image.height() / 2);
    };
    CHECK(swatchColour(0) == QColor(QStringLiteral("#25AAE2")));
    CHECK(swatchColour(1).alpha() == 0); // the latest topics have no colour
    CHECK(swatchColour(3) == QColor(QStringLiteral("#F1592A")));
    CHECK(list->item(2)->text().startsWith(QStringLiteral("Support")));
    CHECK(list->item(2)->text().contains(QStringLiteral("Questions about using it")));
    CHECK(list->item(3)->text().startsWith(QStringLiteral("    Support › Linux")));
    const QLabel *label = dialog.findChild<QLabel *>(QStringLiteral("feedListLabel"));
    REQUIRE(label);
    CHECK(label->text().contains(QStringLiteral("Discourse forum")));

    list->item(3)->setCheckState(Qt::Checked);
    QTest::mouseClick(addButton, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return subscribed.count() == 2; }, 10000));
    const auto news = engine.sources().byUrl(server.url(QStringLiteral("/c/news/7.json")));
    const auto linux = engine.sources().byUrl(server.url(QStringLiteral("/c/support/linux/9.json")));
    REQUIRE(news);
    REQUIRE(linux);
    CHECK(news->kind == QStringLiteral("discourse"));
    CHECK(linux->title == QStringLiteral("Support › Linux"));
    CHECK(engine.sources().all().size() == 2);
}
