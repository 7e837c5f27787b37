#pragma once

#include "core/sources/mastodon/MastodonWrites.h"

#include <QWidget>

class QLineEdit;
class QVBoxLayout;

namespace gilde
{

/// The pictures (or videos, or sounds) a post takes, up to four: each a
/// thumbnail, its description for those who cannot see it, and a way to
/// take it off again. Thumbnails are made off the GUI thread.
class ComposerAttachments : public QWidget
{
    Q_OBJECT
public:
    explicit ComposerAttachments(QWidget *parent = nullptr);

    /// Adds files, as many as there is room for; says (returns) what was left out.
    QString addFiles(const QStringList &paths);
    void setMedia(const QList<mastodon::MediaDraft> &media);
    QList<mastodon::MediaDraft> media() const;
    int count() const { return int(m_rows.size()); }
    /// The description field of attachment `index`.
    QLineEdit *descriptionField(int index) const;

    /// File types offered when picking.
    static QString fileFilter();

Q_SIGNALS:
    void changed();

private:
    struct Row {
        QWidget *widget = nullptr;
        QString path;
        QLineEdit *description = nullptr;
    };
    void addRow(const mastodon::MediaDraft &media);
    void removeRow(QWidget *row);

    QVBoxLayout *m_layout;
    QList<Row> m_rows;
};

} // namespace gilde
