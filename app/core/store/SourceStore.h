#pragma once

#include "model/Source.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace gilde
{

class Database;

/// All SQL about sources (feeds) and their refresh state.
class SourceStore
{
public:
    explicit SourceStore(Database &db);

    /// Inserts and returns the id; an existing source with the same URL is
    /// returned instead (no duplicate). 0 on failure.
    qint64 add(const Source &source);
    std::optional<Source> byId(qint64 id) const;
    std::optional<Source> byUrl(const QUrl &url) const;
    QList<Source> all() const; ///< ordered by folder, then title
    QList<Source> due(qint64 nowMs) const; ///< nextRefreshMs <= now
    QList<Source> inFolder(const QString &folder) const; ///< and its subfolders
    QStringList folders() const; ///< every folder in use and its parents ("A" for "A/B"), sorted

    bool rename(qint64 id, const QString &title);
    bool setFolder(qint64 id, const QString &folder);
    bool remove(qint64 id); ///< with its items
    /// Stores everything a refresh learned: validators, url, title, times, errors.
    /// A new url that another source already has is not taken (the rest is saved).
    bool saveRefreshState(const Source &source);

private:
    Database &m_db;
};

} // namespace gilde
