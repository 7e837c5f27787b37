#pragma once

#include "core/model/Item.h"
#include "core/model/Source.h"
#include "core/sources/mastodon/MastodonTimeline.h"
#include "core/sources/mastodon/MastodonWrites.h"

#include <QObject>

#include <optional>

class QMenu;
class QWidget;

namespace gilde
{

class Engine;
class ForumActions;
class ReaderPane;

/// What the writing keys do to the item at hand: r replies (the composer,
/// the thread's people mentioned), f favourites, t boosts, B bookmarks (each
/// undone by the same key, as the post's meta says it is done); and the Write
/// button opens the composer. On a forum topic, r replies to it and f likes
/// its opening post (ForumActions). Every write is a queued outbox entry,
/// sent when the network is there; an item that is neither says so.
class PostActions : public QObject
{
    Q_OBJECT
public:
    PostActions(Engine &engine, QWidget *window);

    void write();
    void reply(qint64 itemId);
    void favourite(qint64 itemId);
    void boost(qint64 itemId);
    void bookmark(qint64 itemId);
    /// A vote for choice `choice` (from 0) of the post's poll.
    void vote(qint64 itemId, int choice);
    /// Asks, then deletes a post of one's own: queued, and gone from the cache at once.
    void deletePost(qint64 itemId);
    /// A post of one's own in the composer, its words as the server keeps
    /// them (fetched first: online only), to queue an edit.
    void editPost(qint64 itemId);
    /// The author's posts as a column: on the server the post was read from,
    /// as the account that read it (timelineRequested).
    void showAuthor(qint64 itemId);
    ForumActions &forum() { return *m_forum; }

    /// Reply, Boost, Favourite and Bookmark where the mouse finds them: a row
    /// under the reader's title, shown for a post an account can act on.
    void attachReader(ReaderPane *reader);
    /// The same at the end of a column row's menu (LinkActions::itemMenuAboutToShow).
    void addToMenu(QMenu *menu, qint64 itemId);

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// A post was favourited, boosted or bookmarked, or that was undone.
    void postChanged(qint64 itemId);
    /// A post of one's own was deleted: its rows go, the reader lets it go.
    void postDeleted(qint64 itemId);
    void timelineRequested(const gilde::MastodonTimeline &timeline, const QString &title);

private:
    struct Target {
        Item item;
        Source source;
        mastodon::ItemTarget target;
    };
    /// The item and who acts on it; says why not (on statusMessage) when nothing can.
    std::optional<Target> targetOf(qint64 itemId, const QString &nothingSelected);
    /// Who acts on the item, and whether it is theirs; `error` says when none can.
    mastodon::ItemTarget actingOn(const Item &item) const;
    /// The column of the post's author, when it names one.
    std::optional<MastodonTimeline> authorTimeline(const Item &item) const;
    /// Favourites, boosts or bookmarks the post, or undoes it when done before.
    void toggle(qint64 itemId, QLatin1String mark);
    static constexpr QLatin1String Favourited { "favourited" };
    static constexpr QLatin1String Reblogged { "reblogged" };
    static constexpr QLatin1String Bookmarked { "bookmarked" };
    /// What a mark's button says, its tooltip, and what the status bar says
    /// once it is queued: for the mark set (`on`) or undone.
    struct MarkWords {
        QString button;
        QString tip;
        QString done;
    };
    static MarkWords wordsOf(QLatin1String mark, bool on);

    Engine &m_engine;
    QWidget *m_window;
    ForumActions *m_forum;
};

} // namespace gilde
