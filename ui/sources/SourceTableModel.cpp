#include "ui/sources/SourceTableModel.h"

#include "core/Engine.h"
#include "core/model/Column.h"
#include "core/sources/feeds/Subscriptions.h"
#include "core/store/ItemStore.h"
#include "core/store/SourceStore.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <QTimer>

namespace gilde
{

namespace
{

QString fullDate(qint64 ms)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toLocalTime();
    return QLocale().toString(local, QLocale::ShortFormat);
}

} // namespace

SourceTableModel::SourceTableModel(Engine &engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
{
    // "5 min ago" goes stale; a minute is as fine as the text gets.
    auto *ageTimer = new QTimer(this);
    ageTimer->setInterval(60 * 1000);
    connect(ageTimer, &QTimer::timeout, this, &SourceTableModel::refreshAges);
    ageTimer->start();
    reload();
}

int SourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SourceTableModel::relativeAge(qint64 thenMs, qint64 nowMs)
{
    if (thenMs <= 0)
        return tr("never");
    const qint64 secs = qMax<qint64>(0, (nowMs - thenMs) / 1000);
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%n min ago", nullptr, int(secs / 60));
    if (secs < 24 * 3600)
        return tr("%n h ago", nullptr, int(secs / 3600));
    if (secs < 30 * 24 * 3600)
        return tr("%n day(s) ago", nullptr, int(secs / (24 * 3600)));
    return QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(thenMs, QTimeZone::utc()).toLocalTime().date(), QLocale::ShortFormat);
}

QString SourceTableModel::statusText(const Row &row) const
{
    if (m_refreshing.contains(row.source.id))
        return tr("Refreshing…");
    if (!row.source.lastError.isEmpty())
        return row.source.lastError.section(QLatin1Char('\n'), 0, 0);
    if (row.source.lastRefreshMs <= 0)
        return tr("Not fetched yet");
    return tr("OK");
}

QString SourceTableModel::statusToolTip(const Row &row) const
{
    const Source &s = row.source;
    QStringList lines;
    if (!s.lastError.isEmpty()) {
        lines << s.lastError;
        lines << tr("Failed %n time(s) in a row.", nullptr, s.errorCount);
        if (s.lastSuccessMs > 0)
            lines << tr("Last success: %1").arg(fullDate(s.lastSuccessMs));
    }
    if (s.nextRefreshMs > 0)
        lines << tr("Next refresh: %1").arg(fullDate(s.nextRefreshMs));
    return lines.join(QLatin1Char('\n'));
}

QVariant SourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Source &s = row.source;
    const bool failing = !s.lastError.isEmpty() && !m_refreshing.contains(s.id);

    switch (role) {
    case SourceIdRole:
        return s.id;
    case HasErrorRole:
        return failing;
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return s.title;
        case FolderColumn:
            return s.folder;
        case UrlColumn:
            return role == Qt::EditRole ? QVariant(s.url) : QVariant(s.url.toDisplayString());
        case LastRefreshColumn:
            if (role == SortRole)
                return s.lastRefreshMs;
            return relativeAge(s.lastRefreshMs, QDateTime::currentMSecsSinceEpoch());
        case StatusColumn:
            if (role == SortRole)
                return failing ? 0 : 1;
            return statusText(row);
        case UnreadColumn:
            if (role == SortRole)
                return row.unread;
            return row.unread > 0 ? QLocale().toString(row.unread) : QString();
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case UrlColumn:
            return s.url.toDisplayString();
        case LastRefreshColumn:
            return s.lastRefreshMs > 0 ? fullDate(s.lastRefreshMs) : QVariant();
        case StatusColumn: {
            const QString tip = statusToolTip(row);
            return tip.isEmpty() ? QVariant() : QVariant(tip);
        }
        case TitleColumn:
            return s.siteUrl.isValid() ? QVariant(s.siteUrl.toDisplayString()) : QVariant();
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && failing)
            return m_error;
        if (index.column() == LastRefreshColumn || index.column() == UrlColumn
            || index.column() == StatusColumn)
            return m_muted;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == UnreadColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant SourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case FolderColumn:
        return tr("Folder");
    case UrlColumn:
        return tr("Address");
    case LastRefreshColumn:
        return tr("Last refresh");
    case StatusColumn:
        return tr("Status");
    case UnreadColumn:
        return tr("Unread");
    }
    return {};
}

Qt::ItemFlags SourceTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == TitleColumn || index.column() == FolderColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool SourceTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows.size())
        return false;
    Row &row = m_rows[index.row()];
    const QString text = value.toString().trimmed();
    bool ok = false;
    // Subscriptions emits sourcesChanged; the dialog reloads later, and in
    // place, so this edit is not disturbed by a reset under the editor.
    if (index.column() == TitleColumn) {
        if (text.isEmpty() || text == row.source.title)
            return false;
        ok = m_engine.subscriptions().rename(row.source.id, text);
    } else if (index.column() == FolderColumn) {
        if (text == row.source.folder)
            return false;
        ok = m_engine.subscriptions().moveToFolder(row.source.id, text);
    }
    if (!ok)
        return false;
    if (const std::optional<Source> fresh = m_engine.sources().byId(row.source.id))
        row.source = *fresh;
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    return true;
}

SourceTableModel::Row SourceTableModel::readRow(const Source &source) const
{
    Row row;
    row.source = source;
    StreamSpec spec;
    spec.kind = StreamSpec::Kind::Source;
    spec.sourceId = source.id;
    row.unread = m_engine.items().unreadCount(spec);
    return row;
}

void SourceTableModel::reload()
{
    const QList<Source> sources = m_engine.sources().all();
    QList<Row> rows;
    rows.reserve(sources.size());
    for (const Source &s : sources)
        rows.append(readRow(s));

    bool sameIds = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows.at(i).source.id == m_rows.at(i).source.id;
    if (sameIds) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void SourceTableModel::updateSource(qint64 sourceId)
{
    m_refreshing.remove(sourceId);
    const int r = rowOf(sourceId);
    if (r < 0)
        return;
    const std::optional<Source> fresh = m_engine.sources().byId(sourceId);
    if (!fresh) {
        beginRemoveRows({}, r, r);
        m_rows.removeAt(r);
        endRemoveRows();
        return;
    }
    m_rows[r] = readRow(*fresh);
    Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

void SourceTableModel::setRefreshing(const QList<qint64> &sourceIds, bool refreshing)
{
    for (qint64 id : sourceIds) {
        if (refreshing)
            m_refreshing.insert(id);
        else
            m_refreshing.remove(id);
        if (const int r = rowOf(id); r >= 0)
            Q_EMIT dataChanged(index(r, StatusColumn), index(r, StatusColumn));
    }
}

void SourceTableModel::clearRefreshing()
{
    const QList<qint64> ids(m_refreshing.cbegin(), m_refreshing.cend());
    setRefreshing(ids, false);
}

qint64 SourceTableModel::sourceIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).source.id : 0;
}

int SourceTableModel::rowOf(qint64 sourceId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).source.id == sourceId)
            return int(i);
    }
    return -1;
}

const Source *SourceTableModel::sourceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).source : nullptr;
}

void SourceTableModel::setColours(const QColor &error, const QColor &muted)
{
    m_error = error;
    m_muted = muted;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(
            index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), { Qt::ForegroundRole });
}

void SourceTableModel::refreshAges()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, LastRefreshColumn), index(int(m_rows.size()) - 1, LastRefreshColumn),
            { Qt::DisplayRole });
}

} // namespace gilde
