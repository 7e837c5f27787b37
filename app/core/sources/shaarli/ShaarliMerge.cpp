#include "ShaarliMerge.h"

#include "links/UrlNormalizer.h"
#include "store/LinkStore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace gilde::shaarli
{

namespace
{

QUrl normalized(const QUrl &url)
{
    const QUrl n = normalizeUrl(url);
    return n.isEmpty() ? url : n;
}

} // namespace

ShaarliLink toShaarli(const Link &link)
{
    ShaarliLink s;
    bool ok = false;
    const qint64 id = link.remoteId.toLongLong(&ok);
    s.id = ok ? id : -1;
    s.url = link.url;
    s.title = link.title;
    s.description = link.note;
    s.tags = tagsTo(link);
    s.isPrivate = link.isPrivate;
    s.createdMs = link.savedMs;
    s.updatedMs = link.updatedMs;
    return s;
}

QStringList tagsFrom(const QStringList &remoteTags)
{
    // The library's own rules, so that an unchanged link compares equal.
    return LinkStore::normalizedTags(remoteTags);
}

bool isReadLater(const QStringList &remoteTags)
{
    return tagsFrom(remoteTags).contains(ReadLaterTag);
}

QStringList tagsTo(const Link &link)
{
    // A library tag spelled like the flag counts as the flag: on the server
    // the two cannot be told apart.
    QStringList tags = link.tags;
    if (link.readLater)
        tags << QString(ReadLaterTag);
    return tagsFrom(tags);
}

namespace
{

QStringList withoutReadLater(QStringList tags)
{
    tags.removeAll(ReadLaterTag);
    return tags;
}

} // namespace

Link fromShaarli(const ShaarliLink &remote)
{
    Link l;
    l.url = normalized(remote.url);
    // Shaarli shows an untitled link with its address as the title.
    l.title = remote.title == remote.url.toString() ? QString() : remote.title;
    l.note = remote.description;
    const QStringList tags = tagsFrom(remote.tags);
    l.tags = withoutReadLater(tags);
    l.readLater = tags.contains(ReadLaterTag);
    l.isPrivate = remote.isPrivate;
    l.savedMs = remote.createdMs;
    l.updatedMs = remote.updatedMs;
    l.remoteId = remote.id >= 0 ? QString::number(remote.id) : QString();
    l.remoteUpdatedMs = remote.updatedMs;
    l.textState = Link::TextState::Pending;
    return l;
}

bool sameUrl(const QUrl &a, const QUrl &b)
{
    return normalized(a) == normalized(b);
}

Merge merge(const Link &local, const ShaarliLink &remote)
{
    Merge m;
    m.link = local;
    // The read-later flag is not a tag here: like the visibility, the newer side's wins.
    const QStringList localTags = withoutReadLater(tagsFrom(local.tags));
    const QStringList remoteTags = withoutReadLater(tagsFrom(remote.tags));
    const bool sameTags = localTags == remoteTags;
    const bool sameNote = local.note == remote.description;
    m.conflict = !sameTags || !sameNote;

    const bool serverNewer = remote.updatedMs > local.updatedMs;
    m.link.tags = tagsFrom(localTags + remoteTags);
    m.link.readLater = local.readLater || tagsFrom(local.tags).contains(ReadLaterTag);
    if (serverNewer) {
        m.link.note = remote.description;
        if (!remote.title.isEmpty())
            m.link.title = remote.title;
        m.link.isPrivate = remote.isPrivate;
        m.link.readLater = isReadLater(remote.tags);
    } else if (m.link.title.isEmpty()) {
        m.link.title = remote.title;
    }
    m.link.updatedMs = std::max(local.updatedMs, remote.updatedMs);
    m.noteFromServer = serverNewer && !sameNote;

    if (!m.conflict)
        return m;
    const QString url = local.url.toDisplayString();
    if (sameNote)
        m.message = QCoreApplication::translate("ShaarliSync", "Merged changes to %1: kept tags from both.")
                        .arg(url);
    else if (sameTags)
        m.message = serverNewer ? QCoreApplication::translate(
                        "ShaarliSync", "Merged changes to %1: kept the newer note from the server.")
                                      .arg(url)
                                : QCoreApplication::translate(
                                    "ShaarliSync", "Merged changes to %1: kept the newer note from Gilde.")
                                      .arg(url);
    else
        m.message = serverNewer ? QCoreApplication::translate("ShaarliSync",
                        "Merged changes to %1: kept tags from both, the newer note from the server.")
                                      .arg(url)
                                : QCoreApplication::translate("ShaarliSync",
                                    "Merged changes to %1: kept tags from both, the newer note from Gilde.")
                                      .arg(url);
    return m;
}

} // namespace gilde::shaarli
