#include "TagCompletionModel.h"

namespace gilde
{

TagCompletionModel::TagCompletionModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void TagCompletionModel::setTags(const QList<TagCount> &tags)
{
    if (tags == m_tags)
        return;
    beginResetModel();
    m_tags = tags;
    endResetModel();
}

int TagCompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

QString TagCompletionModel::countText(int count)
{
    return tr("%1×", "how many links carry a tag").arg(count);
}

QVariant TagCompletionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tags.size())
        return {};
    const TagCount &t = m_tags.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return t.tag;
    case Qt::AccessibleTextRole:
        return tr("%1, %n link(s)", nullptr, t.count).arg(t.tag);
    case Qt::ToolTipRole:
        return tr("On %n link(s)", nullptr, t.count);
    case CountRole:
        return t.count;
    case CountTextRole:
        return countText(t.count);
    default:
        return {};
    }
}

} // namespace gilde
