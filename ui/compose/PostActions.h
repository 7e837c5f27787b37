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

/// What the writing keys do to the item at hand: r replies (the composer,
/// the thread's people mentioned), f favourites, t boosts; and the Write
/// button opens the composer. Every write is a queued outbox entry, sent
/// when the network is there; an item that is not a Mastodon post says so.
class PostActions : public QObject
{
    Q_OBJECT
public:
    PostActions(Engine &engine, QWidget *window);

    void write();
    void reply(qint64 itemId);
    void favourite(qint64 itemId);
    void boost(qint64 itemId);

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
};

} // namespace gilde
