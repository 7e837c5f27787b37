#pragma once

#include "core/model/Item.h"
#include "core/model/Source.h"
#include "core/sources/mastodon/MastodonWrites.h"

#include <QObject>

#include <optional>

class QWidget;

namespace gilde
{

class Engine;
class ForumActions;

/// What the writing keys do to the item at hand: r replies (the composer,
/// the thread's people mentioned), f favourites, t boosts, B bookmarks; and the Write
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
    ForumActions &forum() { return *m_forum; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    struct Target {
        Item item;
        Source source;
        mastodon::ItemTarget target;
    };
    /// The item and who acts on it; says why not (on statusMessage) when nothing can.
    std::optional<Target> targetOf(qint64 itemId, const QString &nothingSelected);
    void act(qint64 itemId, const QString &action, const QString &done);

    Engine &m_engine;
    QWidget *m_window;
    ForumActions *m_forum;
};

} // namespace gilde
