#pragma once

#include <QString>

namespace gilde
{

class Engine;

/// What the first start of a profile adds so that the dashboard is not empty.
struct SeedResult {
    int feedsAdded = 0;
    qint64 tabId = 0;
    QString error; ///< translated; empty on success
};

/// Seeds a new profile: imports the starter OPML (a Qt resource in the program,
/// or any file) and adds a "Welcome" tab with an "All unread" column, one
/// column per starter folder and a "Starred" column. The caller decides that
/// the profile is new (Engine::isNewProfile()).
SeedResult seedNewProfile(Engine &engine, const QString &opmlPath = QStringLiteral(":/starter.opml"));

/// A profile with feeds but not a single column (feeds imported from the
/// command line, say) gets "All unread" and a column per top-level folder,
/// in its first tab or a new "Feeds" tab. Returns the tab, 0 when the profile
/// has columns already or no feeds.
qint64 addColumnsForFeeds(Engine &engine);

/// A source followed from the command line shows somewhere, as one added in
/// the window does: a column of its own in the first tab unless a column
/// shows it already. Returns the new column's id, 0 when none was needed.
qint64 addColumnFor(Engine &engine, qint64 sourceId);

} // namespace gilde
