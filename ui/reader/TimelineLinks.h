#pragma once

#include <QObject>
#include <QUrl>

namespace gilde
{

class Engine;
struct Item;
struct MastodonTimeline;

/// The links in a Mastodon post that open in Gilde, as the web client opens
/// them, rather than in the browser: a hashtag as its timeline, a mentioned
/// person as their posts. Either is a column on the server the post was read
/// from, read by the same account.
class TimelineLinks : public QObject
{
    Q_OBJECT
public:
    explicit TimelineLinks(Engine &engine, QObject *parent = nullptr);

    /// Whether `url`, clicked in `item`, is one of them: then timelineRequested
    /// follows (for a person, once the server has looked them up) or, when
    /// the person cannot be looked up, unresolved.
    bool open(const Item &item, const QUrl &url);

Q_SIGNALS:
    void timelineRequested(const gilde::MastodonTimeline &timeline, const QString &title);
    /// The server did not find the person `url` names: their page is the next best thing.
    void unresolved(const QUrl &url);

private:
    Engine &m_engine;
};

} // namespace gilde
