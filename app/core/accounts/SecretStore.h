#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace gilde
{

/// Secrets (tokens, API secrets) in the system keychain through QtKeychain,
/// never in SQLite or settings. Asynchronous: the callbacks run later on this
/// object's thread. Service name "Gilde"; key "account-<id>" (Accounts adds
/// the profile's scope to it, see Accounts::secretKey).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);
    static QString keyFor(qint64 accountId);

    void write(const QString &key, const QString &secret, std::function<void(bool ok, QString error)> done);
    void read(const QString &key, std::function<void(bool ok, QString secret, QString error)> done);
    void remove(const QString &key, std::function<void(bool ok, QString error)> done);
};

} // namespace gilde
