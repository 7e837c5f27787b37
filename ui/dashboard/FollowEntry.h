#pragma once

#include "core/sources/mastodon/MastodonTimeline.h"

#include <QObject>

class QAction;
class QMenu;

namespace gilde
{

class ColumnWidget;
class Engine;

/// The *Follow* tick in a person's column menu: ticked when the reading
/// account follows them (asked of the server each time the menu opens), a
/// click queues a follow or an unfollow in the outbox.
class FollowEntry : public QObject
{
    Q_OBJECT
public:
    FollowEntry(Engine &engine, QMenu &menu, const MastodonTimeline &person, QObject *parent = nullptr);
    /// The entry in the column's menu when it is a person's, read as an account; else none.
    static FollowEntry *attachTo(Engine &engine, ColumnWidget *column);

    QAction *action() const { return m_action; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void ask();
    void toggled(bool follow);

    Engine &m_engine;
    MastodonTimeline m_person;
    QAction *m_action;
};

} // namespace gilde
