#pragma once

#include "core/sources/mastodon/MastodonTimeline.h"

#include <QObject>

class QAction;
class QMenu;

namespace gilde
{

class ColumnWidget;
class Engine;

/// The *Follow*, *Mute* and *Block* ticks in a person's column menu: ticked
/// as the server says the reading account stands to them (asked each time
/// the menu opens), a click queues the change in the outbox. Muting or
/// blocking someone takes their posts out of the account's other timelines
/// here at once, as the server leaves them out from then on; a block is
/// asked first.
class PersonEntries : public QObject
{
    Q_OBJECT
public:
    PersonEntries(Engine &engine, QMenu &menu, const MastodonTimeline &person, QObject *parent = nullptr);
    /// The entries in the column's menu when it is a person's, read as an account; else none.
    static PersonEntries *attachTo(Engine &engine, ColumnWidget *column);

    QAction *followAction() const { return m_follow; }
    QAction *muteAction() const { return m_mute; }
    QAction *blockAction() const { return m_block; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void ask();
    /// Queues "mastodon.VERB" or "mastodon.unVERB"; false (the tick put back) when it cannot.
    bool queue(QAction *action, const QString &verb, bool on);
    void block(bool on);
    /// Their posts leave the account's timelines but their own column.
    void withdrawTheirPosts();

    Engine &m_engine;
    MastodonTimeline m_person;
    QAction *m_follow;
    QAction *m_mute;
    QAction *m_block;
};

} // namespace gilde
