#include "PostDrafts.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace gilde
{

namespace
{

QJsonObject readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // A file that is not JSON (a crash in an old version, an edit by hand) holds no drafts.
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeAll(const QString &path, const QJsonObject &all, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(all).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

PostDrafts::PostDrafts(const QString &profileDir)
    : m_path(QDir(profileDir).filePath(QStringLiteral("drafts.json")))
{
}

std::optional<PostDrafts::Draft> PostDrafts::load(const QString &key) const
{
    const QJsonObject o = readAll(m_path).value(key).toObject();
    if (o.isEmpty())
        return std::nullopt;
    Draft d;
    d.post = mastodon::draftOf(o.value(QLatin1String("post")).toObject());
    for (const QJsonValue &id : o.value(QLatin1String("accounts")).toArray())
        d.accountIds << id.toInteger();
    d.savedMs = o.value(QLatin1String("saved")).toInteger();
    return d;
}

bool PostDrafts::save(const QString &key, const Draft &draft, QString *error)
{
    QJsonObject all = readAll(m_path);
    QJsonArray accounts;
    for (qint64 id : draft.accountIds)
        accounts.append(id);
    all.insert(key, QJsonObject { { QStringLiteral("post"), mastodon::postPayload(draft.post) },
                        { QStringLiteral("accounts"), accounts },
                        { QStringLiteral("saved"), draft.savedMs > 0 ? draft.savedMs : QDateTime::currentMSecsSinceEpoch() } });
    return writeAll(m_path, all, error);
}

void PostDrafts::remove(const QString &key)
{
    QJsonObject all = readAll(m_path);
    if (!all.contains(key))
        return;
    all.remove(key);
    writeAll(m_path, all, nullptr);
}

} // namespace gilde
