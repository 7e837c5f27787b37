#pragma once

#include <QString>
#include <QUrl>

namespace gilde {

/// An account on a server. Its secret (token, API secret) is never here: it
/// lives in the keychain under SecretStore::keyFor(account).
struct Account {
    qint64 id = 0;
    QString kind;     ///< "feeds", "mastodon", "discourse", "shaarli"
    QUrl server;
    QString userName;
    QString displayName;
};

} // namespace gilde
