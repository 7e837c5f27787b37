#include "OutboxModel.h"

#include "core/sources/mastodon/MastodonWrites.h"
#include "core/store/AccountStore.h"
#include "core/store/OutboxStore.h"
#include "ui/common/AccessibleText.h"
#include "ui/common/RelativeTime.h"
#include "ui/common/Theme.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLocale>
#include <QUrl>

namespace gilde
{

OutboxModel::OutboxModel(OutboxStore &store, AccountStore &accounts, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_accounts(accounts)
{
    reload();
}

void OutboxModel::reload()
{
    beginResetModel();
    m_rows = m_store.all();
    rebuildIndex();
    endResetModel();
}

void OutboxModel::entryChanged(qint64 entryId)
{
    const std::optional<OutboxEntry> entry = m_store.byId(entryId);
    const int row = rowOf(entryId);
    if (!entry) {
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        rebuildIndex();
        endRemoveRows();
        return;
    }
    if (row >= 0) {
        m_rows[row] = *entry;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // New entries are the newest: they go on top.
    beginInsertRows({}, 0, 0);
    m_rows.prepend(*entry);
    rebuildIndex();
    endInsertRows();
}

void OutboxModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, NextColumn), index(int(m_rows.size()) - 1, NextColumn));
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const OutboxEntry *OutboxModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int OutboxModel::rowOf(qint64 entryId) const
{
    return m_rowOf.value(entryId, -1);
}

void OutboxModel::rebuildIndex()
{
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).id, i);
}

QString OutboxModel::stateText(const OutboxEntry &e)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto when = [](qint64 ms) { return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat); };
    switch (e.state) {
    case OutboxEntry::State::Queued:
        if (e.notBeforeMs > now)
            return tr("Scheduled for %1").arg(when(e.notBeforeMs));
        return e.attempts > 0 ? tr("Waiting to retry") : tr("Queued");
    case OutboxEntry::State::Sending:
        return tr("Sending…");
    case OutboxEntry::State::Sent:
        if (const qint64 at = mastodon::scheduledOnServerAt(e, now); at > 0)
            return tr("Scheduled for %1, on the server").arg(when(at));
        return tr("Sent");
    case OutboxEntry::State::Failed:
        return tr("Failed");
    }
    return {};
}

QString OutboxModel::actionText(const QString &action)
{
    if (action.endsWith(QLatin1String(".post")))
        return tr("Post");
    if (action.endsWith(QLatin1String(".reply")))
        return tr("Reply");
    // Looked up each time: the words follow the language the window speaks.
    const std::pair<const char *, QString> names[] = {
        { "shaarli.save", tr("Save link") },
        { "shaarli.delete", tr("Delete link") },
        { "discourse.topic", tr("New topic") },
        { "discourse.like", tr("Like") },
        { "discourse.unlike", tr("Take back like") },
        { "mastodon.favourite", tr("Favourite") },
        { "mastodon.unfavourite", tr("Undo favourite") },
        { "mastodon.reblog", tr("Boost") },
        { "mastodon.unreblog", tr("Undo boost") },
        { "mastodon.delete", tr("Delete post") },
        { mastodon::UnscheduleAction, tr("Cancel scheduled post") },
        { "mastodon.vote", tr("Vote") },
        { "mastodon.bookmark", tr("Bookmark") },
        { "mastodon.unbookmark", tr("Remove bookmark") },
        { "mastodon.follow", tr("Follow") },
        { "mastodon.unfollow", tr("Unfollow") },
        { "mastodon.mute", tr("Mute") },
        { "mastodon.unmute", tr("Unmute") },
        { "mastodon.block", tr("Block") },
        { "mastodon.unblock", tr("Unblock") },
    };
    for (const auto &[name, text] : names) {
        if (action == QLatin1String(name))
            return text;
    }
    return action;
}

QString OutboxModel::targetText(const OutboxEntry &e)
{
    const QJsonObject &p = e.payload;
    const QString url = QUrl(p.value(QStringLiteral("url")).toString()).toDisplayString();
    const QString title = p.value(QStringLiteral("title")).toString().simplified();
    if (!title.isEmpty() && !url.isEmpty())
        return QStringLiteral("%1 — %2").arg(title, url);
    if (!title.isEmpty() || !url.isEmpty())
        return title.isEmpty() ? url : title;
    for (const char *key : { "text", "status", "raw" }) {
        const QString text = p.value(QLatin1String(key)).toString().simplified();
        if (!text.isEmpty())
            return text.left(200);
    }
    return {};
}

QString OutboxModel::accountName(qint64 accountId) const
{
    const std::optional<Account> a = m_accounts.byId(accountId);
    if (!a)
        return {};
    const QString who = a->displayName.isEmpty() ? a->userName : a->displayName;
    return who.isEmpty() ? a->server.host() : QStringLiteral("%1 (%2)").arg(who, a->server.host());
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    const OutboxEntry *e = entryAt(index.row());
    if (!e)
        return {};
    switch (role) {
    case EntryIdRole:
        return e->id;
    case StateRole:
        return int(e->state);
    case ErrorRole:
        return e->lastError;
    case Qt::AccessibleTextRole:
        // The first cell speaks for the row, the way the colours of the row do.
        if (index.column() != StateColumn)
            return {};
        return AccessibleText::row(stateText(*e), targetText(*e), actionText(e->action));
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn:
            return stateText(*e);
        case ActionColumn:
            return actionText(e->action);
        case TargetColumn:
            return targetText(*e);
        case AttemptsColumn:
            return e->attempts;
        case NextColumn: {
            if (e->state != OutboxEntry::State::Queued)
                return QString();
            const qint64 next = std::max(e->nextAttemptMs, e->notBeforeMs);
            return next > QDateTime::currentMSecsSinceEpoch() ? RelativeTime::until(next) : tr("now");
        }
        case ErrorColumn:
            return e->lastError.simplified();
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ErrorColumn:
            return e->lastError;
        case NextColumn:
            return RelativeTime::full(std::max(e->nextAttemptMs, e->notBeforeMs));
        default: {
            QStringList lines { targetText(*e) };
            if (const QString account = accountName(e->accountId); !account.isEmpty())
                lines << tr("Account: %1").arg(account);
            lines << tr("Queued %1").arg(RelativeTime::full(e->createdMs));
            return lines.join(QLatin1Char('\n'));
        }
        }
    case Qt::ForegroundRole: {
        const QPalette pal = QGuiApplication::palette();
        if (index.column() == ErrorColumn)
            return Theme::error(pal);
        if (e->state == OutboxEntry::State::Failed && index.column() == StateColumn)
            return Theme::error(pal);
        if (e->state == OutboxEntry::State::Sent)
            return Theme::mutedText(pal);
        return {};
    }
    case Qt::BackgroundRole:
        if (e->state == OutboxEntry::State::Failed)
            return Theme::errorBackground(QGuiApplication::palette());
        return {};
    case Qt::FontRole:
        if (index.column() == StateColumn && e->state != OutboxEntry::State::Sent) {
            QFont f;
            f.setWeight(QFont::DemiBold);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("What");
    case AttemptsColumn:
        return tr("Attempts");
    case NextColumn:
        return tr("Next attempt");
    case ErrorColumn:
        return tr("Last error");
    }
    return {};
}

} // namespace gilde
