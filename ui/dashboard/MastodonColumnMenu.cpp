#include "MastodonColumnMenu.h"

#include "core/sources/mastodon/MastodonTimeline.h"

#include <QMenu>

namespace gilde
{

const QStringList &MastodonColumnMenu::notificationKinds()
{
    static const QStringList kinds { QStringLiteral("mention"), QStringLiteral("reblog"), QStringLiteral("favourite"),
        QStringLiteral("follow"), QStringLiteral("poll"), QStringLiteral("update") };
    return kinds;
}

MastodonColumnMenu::MastodonColumnMenu(QMenu &menu, const MastodonTimeline &timeline, const StreamSpec &spec, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
{
    if (timeline.kind == MastodonTimeline::Kind::Notifications) {
        QMenu *show = menu.addMenu(tr("Show"));
        const QStringList names { tr("Mentions"), tr("Boosts"), tr("Favourites"), tr("Follows"), tr("Polls"), tr("Edits") };
        for (qsizetype i = 0; i < notificationKinds().size(); ++i) {
            const QString kind = notificationKinds().at(i);
            QAction *tick = show->addAction(names.at(i), this, [this, kind](bool on) {
                edit([&](StreamSpec &s) {
                    s.hiddenNotifications.removeAll(kind);
                    if (!on)
                        s.hiddenNotifications << kind;
                });
            });
            tick->setCheckable(true);
            m_kinds.append({ kind, tick });
        }
    } else if (!timeline.isNotifications()) {
        // Not in mentions either: a mention may well be a reply.
        m_hideBoosts = menu.addAction(tr("Hide boosts"), this, [this](bool on) { edit([&](StreamSpec &s) { s.hideBoosts = on; }); });
        m_hideReplies = menu.addAction(tr("Hide replies"), this, [this](bool on) { edit([&](StreamSpec &s) { s.hideReplies = on; }); });
        m_hideBoosts->setCheckable(true);
        m_hideReplies->setCheckable(true);
    }
    setSpec(spec);
}

void MastodonColumnMenu::setSpec(const StreamSpec &spec)
{
    m_spec = spec;
    if (m_hideBoosts)
        m_hideBoosts->setChecked(spec.hideBoosts);
    if (m_hideReplies)
        m_hideReplies->setChecked(spec.hideReplies);
    for (const auto &[kind, tick] : std::as_const(m_kinds))
        tick->setChecked(!spec.hiddenNotifications.contains(kind));
}

void MastodonColumnMenu::edit(const std::function<void(StreamSpec &)> &change)
{
    StreamSpec spec = m_spec;
    change(spec);
    Q_EMIT specEdited(spec);
}

} // namespace gilde
