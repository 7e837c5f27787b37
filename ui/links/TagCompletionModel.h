#pragma once

#include "core/model/Link.h"

#include <QAbstractListModel>

namespace gilde
{

/// The tags offered while typing a tag: each with how many links carry it,
/// most used first. Display and edit roles are the tag itself (what the
/// completion inserts); the count comes in its own roles for the delegate.
class TagCompletionModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        CountRole = Qt::UserRole + 1, ///< int
        CountTextRole, ///< "12×"
    };

    explicit TagCompletionModel(QObject *parent = nullptr);

    void setTags(const QList<TagCount> &tags);
    const QList<TagCount> &tags() const { return m_tags; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// "12×": how a use count is shown next to a tag.
    static QString countText(int count);

private:
    QList<TagCount> m_tags;
};

} // namespace gilde
