#include "ItemDelegate.h"

#include "core/sources/discourse/TopicMeta.h"

#include "ui/common/RelativeTime.h"
#include "ui/common/RowPaint.h"
#include "ui/common/TextPaint.h"
#include "ui/common/Theme.h"
#include "ui/dashboard/ItemListModel.h"

#include <QPainter>

namespace gilde
{

namespace
{

constexpr int PadV = 9;
constexpr int PadH = 12;
constexpr int Gap = 9;
constexpr int TitleLines = 2;
constexpr int TextLines = 4; ///< title and excerpt share these lines

struct Fonts {
    QFont title;
    QFont titleUnread;
    QFont small;
    explicit Fonts(const QFont &base)
        : title(base)
        , titleUnread(base)
        , small(base)
    {
        titleUnread.setWeight(QFont::DemiBold);
        if (base.pointSizeF() > 0)
            small.setPointSizeF(base.pointSizeF() * 0.9);
        else
            small.setPixelSize(qMax(8, int(base.pixelSize() * 0.9)));
    }
};

QString plain(const QString &s)
{
    return s.simplified();
}

QString topicCounts(const TopicMeta &topic)
{
    QString counts = ItemDelegate::tr("%n replies", nullptr, topic.replies);
    if (topic.unread > 0)
        counts += QStringLiteral(" · ") + ItemDelegate::tr("%n unread", nullptr, topic.unread);
    if (topic.pinned)
        counts.prepend(ItemDelegate::tr("pinned") + QStringLiteral(" · "));
    if (topic.closed)
        counts.prepend(ItemDelegate::tr("closed") + QStringLiteral(" · "));
    return counts;
}

QString topicLine(const TopicMeta &topic)
{
    QStringList parts;
    if (!topic.tags.isEmpty()) {
        QStringList tags;
        for (const QString &t : topic.tags)
            tags << u'#' + t;
        parts << tags.join(u' ');
    }
    if (!topic.posters.isEmpty())
        parts << topic.posters.join(QStringLiteral(", "));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

ItemDelegate::ItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QSize ItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const Fonts fonts(option.font);
    const QFontMetrics big(fonts.titleUnread);
    const QFontMetrics small(fonts.small);
    const int h = PadV + TextLines * big.lineSpacing() + 4 + small.lineSpacing() + PadV;
    return { 200, h };
}

void ItemDelegate::paintLetterTile(QPainter *p, const QRect &rect, const QString &name, qint64 seed)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(Theme::tileColour(seed));
    p->drawRoundedRect(rect, 4, 4);
    QString letter;
    for (const QChar c : name) {
        if (c.isLetterOrNumber()) {
            letter = c.toUpper();
            break;
        }
    }
    QFont f = p->font();
    f.setPixelSize(qMax(8, rect.height() * 11 / 18));
    f.setWeight(QFont::Bold);
    p->setFont(f);
    p->setPen(Qt::white);
    p->drawText(rect, Qt::AlignCenter, letter);
    p->restore();
}

void ItemDelegate::paintGap(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    // A band across the column, between dashed rules: the posts that belong
    // here are not in the cache.
    const QPalette &pal = option.palette;
    const QRect r = option.rect;
    const Fonts fonts(option.font);
    p->save();
    p->setClipRect(r);
    paintRowBackground(p, option, QColor());
    const QRect band = r.adjusted(PadH, PadV, -PadH, -PadV);
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(Theme::mix(pal.color(QPalette::Base), Theme::accent(pal), 0.06));
    p->drawRoundedRect(band, 6, 6);
    QPen dashed(Theme::mix(pal.color(QPalette::Base), Theme::accent(pal), 0.55), 1, Qt::DashLine);
    p->setPen(dashed);
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(QRectF(band).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    const QString title = index.data(ItemListModel::TitleRole).toString();
    const QString text = index.data(ItemListModel::ExcerptRole).toString();
    const QFontMetrics titleFm(fonts.titleUnread);
    const QFontMetrics smallFm(fonts.small);
    const int textH = titleFm.height() + (text.isEmpty() ? 0 : 4 + smallFm.height());
    int y = band.top() + (band.height() - textH) / 2;
    p->setFont(fonts.titleUnread);
    p->setPen(Theme::accent(pal));
    p->drawText(QRect(band.left() + PadH, y, band.width() - 2 * PadH, titleFm.height()), Qt::AlignCenter,
        titleFm.elidedText(title, Qt::ElideRight, band.width() - 2 * PadH));
    if (!text.isEmpty()) {
        y += titleFm.height() + 4;
        p->setFont(fonts.small);
        p->setPen(Theme::mutedText(pal));
        p->drawText(QRect(band.left() + PadH, y, band.width() - 2 * PadH, smallFm.height()), Qt::AlignCenter,
            smallFm.elidedText(text, Qt::ElideRight, band.width() - 2 * PadH));
    }
    p->restore();
}

void ItemDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(ItemListModel::KindRole).toString() == u"gap") {
        paintGap(p, option, index);
        return;
    }
    const QPalette &pal = option.palette;
    const QRect r = option.rect;
    const bool read = index.data(ItemListModel::ReadRole).toBool();
    const bool starred = index.data(ItemListModel::StarredRole).toBool();
    const Fonts fonts(option.font);

    p->save();
    p->setClipRect(r);
    paintRowBackground(p, option, read ? QColor() : Theme::unread(pal));

    const QFontMetrics titleFm(read ? fonts.title : fonts.titleUnread);
    const QFontMetrics smallFm(fonts.small);
    const int lineH = titleFm.lineSpacing();

    // Icon (favicon or letter tile), top-aligned with the title's first line.
    const QRect iconRect(r.left() + PadH, r.top() + PadV + (lineH - IconSize) / 2, IconSize, IconSize);
    const QPixmap icon = index.data(ItemListModel::IconRole).value<QPixmap>();
    const QPixmap authorFace = index.data(ItemListModel::AuthorAvatarRole).value<QPixmap>();
    const QString sourceTitle = index.data(ItemListModel::SourceTitleRole).toString();
    if (!authorFace.isNull()) {
        // A post leads with who wrote it, as in the server's own client (already round).
        const QSize logical = authorFace.deviceIndependentSize().toSize().boundedTo(QSize(IconSize, IconSize));
        p->setRenderHint(QPainter::SmoothPixmapTransform);
        p->drawPixmap(QRect(QPoint(iconRect.left() + (IconSize - logical.width()) / 2,
                                iconRect.top() + (IconSize - logical.height()) / 2),
                          logical),
            authorFace);
    } else if (!icon.isNull()) {
        const QSize logical
            = icon.deviceIndependentSize().toSize().scaled(IconSize, IconSize, Qt::KeepAspectRatio);
        const QRect target(QPoint(iconRect.left() + (IconSize - logical.width()) / 2,
                               iconRect.top() + (IconSize - logical.height()) / 2),
            logical);
        p->setRenderHint(QPainter::SmoothPixmapTransform);
        p->drawPixmap(target, icon);
    } else {
        paintLetterTile(p, iconRect, sourceTitle, index.data(ItemListModel::SourceIdRole).toLongLong());
    }

    const int left = iconRect.right() + 1 + Gap;
    const int dotSpace = 14;
    const int width = r.right() - PadH - left;
    int y = r.top() + PadV;

    // Title. A microblog post has none: it leads with who wrote it and its
    // words follow, as in the server's own client; another item without one
    // leads with its text.
    QString title = plain(index.data(ItemListModel::TitleRole).toString());
    QString excerpt = plain(index.data(ItemListModel::ExcerptRole).toString());
    const QString author = plain(index.data(ItemListModel::AuthorRole).toString());
    const bool post = title.isEmpty() && !author.isEmpty() && index.data(ItemListModel::KindRole).toString() == u"status";
    if (post) {
        title = author;
    } else if (title.isEmpty()) {
        title = excerpt;
        excerpt.clear();
    }
    if (title.isEmpty())
        title = tr("(untitled)");
    p->setFont(read ? fonts.title : fonts.titleUnread);
    p->setPen(read ? Theme::mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.15)
                   : pal.color(QPalette::Text));
    const int titleLines = paintWrappedText(p, p->font(), title, left, y, width - dotSpace, post ? 1 : TitleLines);
    if (!read) {
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        p->setBrush(Theme::unread(pal));
        p->drawEllipse(QPointF(r.right() - PadH - 3.5, y + lineH / 2.0), 3.5, 3.5);
    }
    y += titleLines * lineH + 2;

    // Meta line: source · author · time, the time never elided; star at the end.
    // A forum topic's leads with its category (in the forum's colour) and
    // ends with its replies, as the forum's own lists do.
    const TopicMeta topic = index.data(ItemListModel::TopicRole).value<TopicMeta>();
    const bool isTopic = topic.topicId != 0;
    const QString time = RelativeTime::format(index.data(ItemListModel::PublishedRole).toLongLong());
    QString who = isTopic && !topic.category.isEmpty() ? topic.category : sourceTitle;
    if (!post && !author.isEmpty() && author.compare(sourceTitle, Qt::CaseInsensitive) != 0)
        who += QStringLiteral(" · ") + author;
    QString sep = time.isEmpty() ? QString() : QStringLiteral(" · ") + time;
    if (isTopic && !topic.notice)
        sep += QStringLiteral(" · ") + topicCounts(topic);
    const bool saved = index.data(ItemListModel::SavedRole).toBool();
    const int starW = starred ? smallFm.horizontalAdvance(QStringLiteral("★ ")) : 0;
    const int savedW = saved ? smallFm.height() : 0;
    const QColor categoryColour = isTopic && !topic.color.isEmpty() ? QColor(u'#' + topic.color) : QColor();
    const int swatch = categoryColour.isValid() ? smallFm.ascent() * 3 / 4 : 0;
    const int metaLeft = left + (swatch ? swatch + 5 : 0);
    // A topic's posters, as the forum's lists show them: small overlapping faces at the end.
    const QList<QPixmap> avatars = isTopic ? index.data(ItemListModel::AvatarsRole).value<QList<QPixmap>>() : QList<QPixmap>();
    const int face = smallFm.height();
    const int facesW = avatars.isEmpty() ? 0 : face + int(avatars.size() - 1) * (face * 2 / 3) + 6;
    const int whoW = width - (metaLeft - left) - smallFm.horizontalAdvance(sep) - starW - savedW - facesW;
    const QString meta = smallFm.elidedText(who, Qt::ElideRight, qMax(0, whoW)) + sep;
    if (swatch) {
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        p->setBrush(categoryColour);
        p->drawRoundedRect(QRectF(left, y + (smallFm.height() - swatch) / 2.0, swatch, swatch), 2, 2);
    }
    p->setFont(fonts.small);
    p->setPen(Theme::mutedText(pal));
    p->drawText(QPoint(metaLeft, y + smallFm.ascent()), meta);
    if (!avatars.isEmpty()) {
        // Who started it first, on top of the others, as the forum's lists show them.
        p->setRenderHint(QPainter::Antialiasing);
        p->setRenderHint(QPainter::SmoothPixmapTransform);
        int x = left + width - starW - savedW - face;
        for (qsizetype i = avatars.size() - 1; i >= 0; --i) {
            const QRect at(x - int(avatars.size() - 1 - i) * (face * 2 / 3), y, face, face);
            p->setPen(QPen(pal.color(QPalette::Base), 1.5));
            p->setBrush(Qt::NoBrush);
            p->drawPixmap(at, avatars.at(i));
            p->drawEllipse(QRectF(at).adjusted(0.25, 0.25, -0.25, -0.25));
        }
    }
    if (starred) {
        p->setPen(Theme::star(pal));
        p->drawText(
            QRect(left, y, width, smallFm.height()), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("★"));
    }
    if (saved) {
        // The link is in the library: a small bookmark left of the star.
        const qreal h = smallFm.ascent() * 0.9;
        const qreal x = left + width - starW - savedW / 2.0;
        Theme::drawBookmark(*p, QRectF(x - h / 2, y + (smallFm.height() - h) / 2.0, h, h), Theme::saved(pal));
    }
    y += smallFm.lineSpacing() + 2;

    // Excerpt fills the lines the title left; a topic without one names its
    // tags and the people in it (a notification's title has said who).
    if (excerpt.isEmpty() && isTopic && !topic.notice)
        excerpt = topicLine(topic);
    if (!excerpt.isEmpty()) {
        p->setFont(fonts.title);
        p->setPen(post && !read ? pal.color(QPalette::Text) : Theme::mutedText(pal));
        paintWrappedText(p, fonts.title, excerpt, left, y, width, TextLines - titleLines);
    }
    p->restore();
}

} // namespace gilde
