#pragma once

#include "sync/Outbox.h"

#include <QObject>

namespace gilde
{

class Accounts;
class HttpClient;
class LinkStore;
struct Link;
struct ShaarliLink;
class ShaarliClient;

/// Delivers the outbox's "shaarli.save" and "shaarli.delete" entries.
///
/// shaarli.save, payload {linkId, url, title, note, tags, private, readLater,
/// updatedMs}: sends the library's current state of the link (the payload when
/// the link is gone); read later goes as the tag "toread" (see
/// shaarli::ReadLaterTag), so clearing it removes the tag there. A link with
/// a remote id is compared with the server's copy first (a change on both
/// sides is merged: both sides' tags, the newer note) and PUT; one without is
/// looked up by URL (so a resend after a crash finds what the first attempt
/// created) and PUT, or else POSTed. On success the link's remote id and the
/// server's updated time are stored (the edit's own second when the server
/// wrote no newer time).
///
/// shaarli.delete, payload {linkId, remoteId, url}: DELETE by remote id, or
/// by a look-up of the URL; a link the server no longer has counts as done.
class ShaarliDeliverer : public QObject, public OutboxDeliverer
{
    Q_OBJECT
public:
    ShaarliDeliverer(Accounts &accounts, LinkStore &links, HttpClient &http, QObject *parent = nullptr);

    void deliver(const OutboxEntry &entry, bool resumed, Done done) override;
    /// Idle time before a request counts as timed out (default 30 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    /// A change on both sides was merged; `message` says what was kept.
    void merged(qint64 linkId, const QString &message);
    /// The library's link changed (remote id, or merged fields).
    void linkChanged(qint64 linkId);

private:
    struct Job;
    void save(std::shared_ptr<Job> job);
    void remove(std::shared_ptr<Job> job);
    void lookUp(std::shared_ptr<Job> job);
    void push(std::shared_ptr<Job> job, const ShaarliLink *remote);
    void finish(std::shared_ptr<Job> job, const ShaarliLink &stored);

    Accounts &m_accounts;
    LinkStore &m_links;
    HttpClient &m_http;
    int m_timeoutMs = 30000;
};

} // namespace gilde
