#pragma once

#include "core/model/Column.h"
#include "core/model/Link.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QStackedWidget;

namespace gilde
{

class SourceCache;

/// Asks what a new column shows: one feed, a folder, all items, all unread,
/// starred, a full-text search, or saved links (by tag, all, or to read
/// later); with a title and an unread-only switch.
class AddColumnDialog : public QDialog
{
    Q_OBJECT
public:
    AddColumnDialog(const SourceCache &sources, const QStringList &folders, QWidget *parent = nullptr);

    void setKind(StreamSpec::Kind kind);
    void setSourceId(qint64 sourceId);
    void setFolder(const QString &folder);
    void setQuery(const QString &query);
    void setTitle(const QString &title);
    void setUnreadOnly(bool unreadOnly);
    /// The library's tags, offered for a column of saved links.
    void setTags(const QList<TagCount> &tags);
    void setTag(const QString &tag);
    void setReadLaterOnly(bool readLaterOnly);

    StreamSpec spec() const;
    QString title() const;
    /// Whether what is filled in makes a column (drives the OK button).
    bool isComplete() const;

private:
    void kindChanged();
    void suggestTitle();
    QString suggestedTitle() const;

    QComboBox *m_kind;
    QStackedWidget *m_detail;
    QComboBox *m_source;
    QComboBox *m_folder;
    QLineEdit *m_query;
    QComboBox *m_tag;
    QCheckBox *m_readLater;
    QLineEdit *m_title;
    QCheckBox *m_unreadOnly;
    QPushButton *m_ok = nullptr;
    bool m_titleEdited = false;
};

} // namespace gilde
