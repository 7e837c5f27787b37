#include "MentionAlerts.h"

#include "core/Engine.h"
#include "core/model/Column.h"
#include "core/sources/mastodon/MastodonTimeline.h"
#include "core/store/ItemStore.h"
#include "core/sync/SyncEngine.h"
#include "ui/common/DesktopNotifications.h"
#include "ui/common/SourceCache.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace gilde
{

namespace
{

QString settingOf(qint64 accountId)
{
    return QStringLiteral("notifications/mentions-%1").arg(accountId);
}

/// Who wrote it, as the row names them ("Anna (@anna@example.org)"), without the address.
QString nameOf(const Item &item)
{
    const qsizetype at = item.author.indexOf(QLatin1String(" (@"));
    return at > 0 ? item.author.left(at) : item.author;
}

QString excerpt(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() > 240 ? simple.left(239) + QChar(0x2026) : simple;
}

} // namespace

MentionAlerts::MentionAlerts(Engine &engine, const SourceCache &sources, QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_sources(sources)
    , m_settings(settings)
    , m_desktop(new DesktopNotifier(this))
{
    m_show = [this](const QString &summary, const QString &body, qint64 itemId) {
        m_desktop->notify(summary, body, QString::number(itemId));
    };
    connect(m_desktop, &DesktopNotifier::activated, this,
        [this](const QString &key) { emit openRequested(key.toLongLong()); });
    // What came while Gilde was closed is news at the first refresh; a
    // timeline new since (an account just added) starts from what it brings.
    for (const Source &source : m_sources.all()) {
        if (accountOf(source.id) <= 0)
            continue;
        StreamSpec spec;
        spec.kind = StreamSpec::Kind::Source;
        spec.sourceId = source.id;
        const QList<Item> newest = m_engine.items().page(spec, {}, 1);
        if (!newest.isEmpty())
            m_newestMs.insert(source.id, newest.first().publishedMs);
    }
    connect(&m_engine.sync(), &SyncEngine::sourceRefreshed, this,
        [this](qint64 sourceId, int added) { sourceRefreshed(sourceId, added); });
}

bool MentionAlerts::isOn(qint64 accountId) const
{
    return m_settings.value(settingOf(accountId), true).toBool();
}

void MentionAlerts::setOn(qint64 accountId, bool on)
{
    if (on)
        m_settings.remove(settingOf(accountId));
    else
        m_settings.setValue(settingOf(accountId), false);
}

qint64 MentionAlerts::accountOf(qint64 sourceId) const
{
    // From the window's cache of sources: this runs for every source refreshed.
    const Source *source = m_sources.source(sourceId);
    const auto timeline = source && source->kind == u"mastodon" ? MastodonTimeline::fromSourceUrl(source->url)
                                                                 : std::nullopt;
    return timeline && timeline->isNotifications() ? timeline->accountId : 0;
}

void MentionAlerts::sourceRefreshed(qint64 sourceId, int added)
{
    if (added <= 0)
        return;
    const qint64 accountId = accountOf(sourceId);
    if (accountId <= 0)
        return;
    StreamSpec spec;
    spec.kind = StreamSpec::Kind::Source;
    spec.sourceId = sourceId;
    const QList<Item> newest = m_engine.items().page(spec, {}, 40);
    if (newest.isEmpty())
        return;
    // The first time: what is there is known, not news.
    const auto seen = m_newestMs.constFind(sourceId);
    const qint64 since = seen == m_newestMs.cend() ? newest.first().publishedMs : *seen;
    m_newestMs.insert(sourceId, qMax(since, newest.first().publishedMs));
    if (seen == m_newestMs.cend() || !isOn(accountId))
        return;
    QList<Item> mentions;
    for (const Item &listed : newest) {
        if (listed.publishedMs <= since)
            break; // newest first: the rest is older
        const std::optional<Item> item = m_engine.items().item(listed.id);
        if (!item || m_told.contains(item->remoteId))
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(item->meta.toUtf8()).object();
        if (meta.value(QLatin1String("notification")).toString() != u"mention")
            continue;
        m_told.insert(item->remoteId);
        mentions << *item;
    }
    tell(mentions);
}

void MentionAlerts::tell(const QList<Item> &mentions)
{
    if (mentions.size() > MaxSingly) {
        QStringList who;
        for (const Item &m : mentions) {
            if (!who.contains(nameOf(m)))
                who << nameOf(m);
        }
        // Newest first, as the timeline lists them: a click opens the latest.
        m_show(tr("%n new mentions", nullptr, int(mentions.size())), who.join(QStringLiteral(", ")),
            mentions.first().id);
        return;
    }
    for (const Item &m : mentions) {
        const QJsonObject meta = QJsonDocument::fromJson(m.meta.toUtf8()).object();
        QString summary;
        if (meta.value(QLatin1String("visibility")).toString() == u"direct")
            summary = tr("Direct message from %1").arg(nameOf(m));
        else if (meta.value(QLatin1String("reply")).toBool())
            summary = tr("%1 replied").arg(nameOf(m));
        else
            summary = tr("%1 mentioned you").arg(nameOf(m));
        m_show(summary, excerpt(m.text), m.id);
    }
}

} // namespace gilde
