// A forum topic's row shows the faces of the people in it, as the forum's
// own lists do: fetched from the forum once (over HTTP on 127.0.0.1), cut
// round, and painted at the end of the row's meta line. A microblog post's
// row leads with its author's face, a notification's with whoever acted.
#include "DiscourseProfile.h"
#include "MastodonServer.h"
#include "core/sources/mastodon/MastodonJson.h"
#include "core/sources/mastodon/StatusToItems.h"
#include "test_dashboard_support.h"
#include "TestSupport.h"
#include "core/sources/discourse/TopicMeta.h"
#include "ui/common/AvatarCache.h"
#include "ui/common/SourceCache.h"
#include "ui/dashboard/ItemDelegate.h"
#include "ui/dashboard/ItemListModel.h"

#include <QBuffer>
#include <QImage>
#include <QJsonObject>
#include <QPainter>
#include <QStyleOptionViewItem>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

namespace
{

QImage paintRow(const ItemListModel &model, int row)
{
    QImage image(420, 90, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.rect = image.rect();
    option.palette = QPalette(Qt::white);
    ItemDelegate delegate;
    delegate.paint(&painter, option, model.index(row));
    painter.end();
    return image;
}

} // namespace

TEST_CASE("A topic row shows its posters' avatars, fetched once and cut round", "[ui][model][discourse]")
{
    DiscourseProfile env;
    env.server.addCategory({ 7, QStringLiteral("News"), QStringLiteral("news"), QStringLiteral("25AAE2") });
    env.server.addTopics(7, 4, 101);
    const qint64 source = env.follow(QStringLiteral("/c/news/7.json"), QStringLiteral("News"));
    REQUIRE(env.refresh(source).isEmpty());

    SourceCache sources(env.engine->sources());
    ItemListModel model(env.engine->items(), sources, nullptr);
    StreamSpec spec;
    spec.kind = StreamSpec::Kind::Source;
    spec.sourceId = source;
    model.setSpec(spec);
    REQUIRE(model.rowCount() == 4);
    const TopicMeta meta = model.index(0).data(ItemListModel::TopicRole).value<TopicMeta>();
    REQUIRE_FALSE(meta.avatars.isEmpty());
    CHECK(meta.avatars.first().startsWith(env.server.base().toString() + QStringLiteral("/user_avatar/")));

    const QImage without = paintRow(model, 0);
    CHECK(model.index(0).data(ItemListModel::AvatarsRole).value<QList<QPixmap>>().isEmpty());

    AvatarCache avatars(env.engine->http());
    avatars.setSize(16, 1.0);
    model.setAvatars(&avatars);
    // Asked for by the first paint; there once they came.
    CHECK(model.index(0).data(ItemListModel::AvatarsRole).value<QList<QPixmap>>().isEmpty());
    REQUIRE(waitUntil(
        [&] { return model.index(0).data(ItemListModel::AvatarsRole).value<QList<QPixmap>>().size() == meta.avatars.size(); },
        10000));
    const QImage face = model.index(0).data(ItemListModel::AvatarsRole).value<QList<QPixmap>>().first().toImage();
    CHECK(face.width() == 16);
    CHECK(qAlpha(face.pixel(0, 0)) == 0); // round: the corners are see-through
    CHECK(qAlpha(face.pixel(8, 8)) == 255);

    const QImage with = paintRow(model, 0);
    CHECK(with != without);

    // An address that is no image (or not there) gives no face, and is not asked again.
    CHECK(avatars.avatar(env.server.url(QStringLiteral("/user_avatar/127.0.0.1/nobody/16/1_2.png")).toString()).isNull());
    CHECK(avatars.avatar(QStringLiteral("javascript:alert(1)")).isNull());
}

TEST_CASE("A post's row leads with its author's face, a notification's with who acted", "[ui][model][mastodon]")
{
    TestHttpServer files;
    REQUIRE(files.listen());
    const auto png = [](QColor colour) {
        QImage image(32, 32, QImage::Format_ARGB32);
        image.fill(colour);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    };
    files.route("/anna.png", TestResponse::ok(png(Qt::red), "image/png"));
    files.route("/bob.png", TestResponse::ok(png(Qt::blue), "image/png"));

    DashboardProfile p;
    Source timeline;
    timeline.kind = QStringLiteral("mastodon");
    timeline.url = QUrl(QStringLiteral("http://127.0.0.1:9/api/v1/timelines/public?local=true"));
    const qint64 source = p.engine->sources().add(timeline);
    REQUIRE(source > 0);
    QJsonObject post = MastodonServer::status(1, QStringLiteral("Goedemorgen"), p.baseMs);
    QJsonObject author = post.value(QLatin1String("account")).toObject();
    author.insert(QStringLiteral("avatar"), files.url(QStringLiteral("/anna.png")).toString());
    author.insert(QStringLiteral("avatar_static"), files.url(QStringLiteral("/anna.png")).toString());
    post.insert(QStringLiteral("account"), author);
    QJsonObject actor = author;
    actor.insert(QStringLiteral("avatar_static"), files.url(QStringLiteral("/bob.png")).toString());
    const QJsonObject favourite { { QStringLiteral("id"), QStringLiteral("n1") }, { QStringLiteral("type"), QStringLiteral("favourite") },
        { QStringLiteral("created_at"), post.value(QLatin1String("created_at")) }, { QStringLiteral("account"), actor },
        { QStringLiteral("status"), post } };
    QList<Item> items = mastodon::itemsFromStatuses({ mastodon::status(post) }, source);
    items << mastodon::itemsFromNotifications({ mastodon::notification(favourite) }, source);
    REQUIRE(p.engine->items().upsert(source, items).ok);

    SourceCache sources(p.engine->sources());
    ItemListModel model(p.engine->items(), sources, nullptr);
    model.setSpec(sourceSpec(source));
    REQUIRE(model.rowCount() == 2);
    const QImage without = paintRow(model, 0);
    AvatarCache avatars(p.engine->http());
    avatars.setSize(16, 1.0);
    model.setAvatars(&avatars);
    REQUIRE(waitUntil([&] {
        return !model.index(0).data(ItemListModel::AuthorAvatarRole).value<QPixmap>().isNull()
            && !model.index(1).data(ItemListModel::AuthorAvatarRole).value<QPixmap>().isNull();
    }, 10000));
    // The face itself, round: whose it is tells which row is which.
    for (int row = 0; row < 2; ++row) {
        const bool notification = model.index(row).data(ItemListModel::KindRole).toString() == u"notification";
        const QImage face = model.index(row).data(ItemListModel::AuthorAvatarRole).value<QPixmap>().toImage();
        CHECK(qAlpha(face.pixel(0, 0)) == 0);
        CHECK(QColor(face.pixel(8, 8)) == (notification ? QColor(Qt::blue) : QColor(Qt::red)));
    }
    CHECK(paintRow(model, 0) != without);
    CHECK(files.requestCount("/anna.png") == 1);
}
