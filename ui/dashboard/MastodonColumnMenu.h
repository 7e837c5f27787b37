#pragma once

#include "core/model/Column.h"

#include <QObject>

class QAction;
class QMenu;

namespace gilde
{

struct MastodonTimeline;

/// The entries a Mastodon timeline's column adds to its menu, as the web
/// client's column settings have them: a timeline of posts hides boosts or
/// replies to others; the notifications show only the kinds ticked
/// (mentions, boosts, favourites, follows, polls, edits). Each changes the
/// column's spec (specEdited); the ticks follow the spec (setSpec).
class MastodonColumnMenu : public QObject
{
    Q_OBJECT
public:
    MastodonColumnMenu(QMenu &menu, const MastodonTimeline &timeline, const StreamSpec &spec, QObject *parent = nullptr);

    void setSpec(const StreamSpec &spec);

    /// The notification kinds a column can leave out, as the server names them.
    static const QStringList &notificationKinds();

Q_SIGNALS:
    void specEdited(const gilde::StreamSpec &spec);

private:
    void edit(const std::function<void(StreamSpec &)> &change);

    StreamSpec m_spec;
    QAction *m_hideBoosts = nullptr;
    QAction *m_hideReplies = nullptr;
    QList<std::pair<QString, QAction *>> m_kinds; ///< notification kind → its "show" tick
};

} // namespace gilde
