#pragma once

#include <QJsonObject>
#include <QString>

namespace gilde
{

/// One queued write to a server (a post, a reply, a like, a saved link...).
/// Rows are durable: Outbox::enqueue commits before it returns.
struct OutboxEntry {
    enum class State { Queued, Sending, Sent, Failed };
    /// The state as a word: how the outbox table stores it and how the
    /// command line shows it (not translated: scripts read it).
    static QString stateName(State s)
    {
        switch (s) {
        case State::Queued:
            return QStringLiteral("queued");
        case State::Sending:
            return QStringLiteral("sending");
        case State::Sent:
            return QStringLiteral("sent");
        case State::Failed:
            return QStringLiteral("failed");
        }
        return QStringLiteral("queued");
    }

    qint64 id = 0;
    qint64 accountId = 0;
    QString action; ///< e.g. "shaarli.save", "shaarli.delete", "mastodon.post"
    QJsonObject payload;
    QString idempotencyKey; ///< unique; sent to servers that take one, used to look up after a crash
    State state = State::Queued;
    int attempts = 0;
    qint64 nextAttemptMs = 0; ///< not before this (backoff, Retry-After)
    qint64 notBeforeMs = 0; ///< scheduled by the user
    QString lastError; ///< the server's last answer, for the user
    QString remoteId; ///< what the server called it once sent
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
};

} // namespace gilde
