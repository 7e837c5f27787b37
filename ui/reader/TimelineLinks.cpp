#include "ui/reader/TimelineLinks.h"

#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/model/Item.h"
#include "core/sources/mastodon/MastodonMentions.h"
#include "core/sources/mastodon/MastodonProbe.h"
#include "core/sources/mastodon/MastodonTimeline.h"
#include "core/store/SourceStore.h"

#include <QPointer>

namespace gilde
{

TimelineLinks::TimelineLinks(Engine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
}

bool TimelineLinks::open(const Item &item, const QUrl &url)
{
    if (item.kind != u"status" && item.kind != u"notification")
        return false;
    const auto source = m_engine.sources().byId(item.sourceId);
    const auto read = source ? MastodonTimeline::fromSourceUrl(source->url) : std::nullopt;
    const auto address = MastodonAddress::parse(url.toString());
    if (!read || !address)
        return false;
    if (address->kind == MastodonAddress::Kind::Hashtag) {
        MastodonTimeline tag;
        tag.kind = MastodonTimeline::Kind::Hashtag;
        tag.server = read->server;
        tag.accountId = read->accountId;
        tag.arg = address->value;
        Q_EMIT timelineRequested(tag, tag.title());
        return true;
    }
    const QString acct = mastodon::mentionedAcct(item, url, read->server);
    if (acct.isEmpty())
        return false;
    // The reading server's id of the person, which only it can tell.
    QPointer<TimelineLinks> self(this);
    const MastodonTimeline reading = *read;
    const auto lookUp = [self, url, reading, acct](const QString &token) {
        if (!self)
            return;
        mastodon::lookupPerson(self->m_engine.http(), reading.server, acct, token,
            [self, url, reading](const mastodon::ProbeResult &found) {
                if (!self)
                    return;
                auto person = found.timeline ? MastodonTimeline::fromSourceUrl(found.timeline->url) : std::nullopt;
                if (!person) {
                    Q_EMIT self->unresolved(url);
                    return;
                }
                person->accountId = reading.accountId;
                Q_EMIT self->timelineRequested(*person, found.timeline->title);
            });
    };
    if (reading.accountId <= 0) {
        lookUp({});
        return true;
    }
    m_engine.accounts().secret(reading.accountId,
        [lookUp](bool ok, const QString &token, const QString &) { lookUp(ok ? token : QString()); });
    return true;
}

} // namespace gilde
