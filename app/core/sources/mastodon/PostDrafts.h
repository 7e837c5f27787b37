#pragma once

#include "MastodonWrites.h"

#include <QList>
#include <QString>

#include <optional>

namespace gilde
{

/// Posts being written, kept in the profile (drafts.json) so that closing
/// the composer, or Gilde, loses nothing typed. One per subject: a new post,
/// or a reply to one item. A draft names the accounts it was to go from.
class PostDrafts
{
public:
    struct Draft {
        mastodon::PostDraft post;
        QList<qint64> accountIds;
        qint64 savedMs = 0;
    };

    explicit PostDrafts(const QString &profileDir);

    /// The subject of a new post, and of a reply to item `itemId`.
    static QString newPostKey() { return QStringLiteral("new"); }
    static QString replyKey(qint64 itemId) { return QStringLiteral("reply-%1").arg(itemId); }

    std::optional<Draft> load(const QString &key) const;
    /// Written whole, or not at all (a full disk leaves the last good file): false and `error` then.
    bool save(const QString &key, const Draft &draft, QString *error = nullptr);
    void remove(const QString &key);

private:
    QString m_path;
};

} // namespace gilde
