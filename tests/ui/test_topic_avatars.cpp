// A forum topic's row shows the faces of the people in it, as the forum's
// own lists do: fetched from the forum once (over HTTP on 127.0.0.1), cut
// round, and painted at the end of the row's meta line.
#include "DiscourseProfile.h"
#include "TestSupport.h"
#include "core/sources/discourse/TopicMeta.h"
#include "ui/common/AvatarCache.h"
#include "ui/common/SourceCache.h"
#include "ui/dashboard/ItemDelegate.h"
#include "ui/dashboard/ItemListModel.h"

#include <QImage>
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
