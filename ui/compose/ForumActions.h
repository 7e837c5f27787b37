#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace gilde
{

class Engine;

/// What the user does to a forum topic: reply to it or to one of its posts
/// (quoting the text they selected), like a post, start a topic in the
/// category a column follows. Each is a queued outbox entry from the account
/// signed in to that forum; without one, or for anything that is no forum
/// topic, it says why on statusMessage.
class ForumActions : public QObject
{
    Q_OBJECT
public:
    ForumActions(Engine &engine, QWidget *window);

    /// Whether `itemId` is a forum topic, or a post in a followed topic's
    /// column (so the writing keys act here).
    bool isForumItem(qint64 itemId) const;
    /// The composer for a reply to post `postNumber` of the topic (0 or 1: the
    /// topic itself); for a post's row, a reply to that post.
    void reply(qint64 itemId, int postNumber, const QString &quoted);
    /// Likes post `postNumber` of the topic's cached thread (1: its opening
    /// post); for a post's row, that post.
    void like(qint64 itemId, int postNumber);
    /// The composer for a new topic in the category `sourceId` follows.
    void newTopic(qint64 sourceId);
    /// Whether the user may write to the forum of `sourceId` (signed in to it).
    bool canWrite(qint64 sourceId) const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    qint64 accountOf(qint64 sourceId) const;

    Engine &m_engine;
    QWidget *m_window;
};

} // namespace gilde
