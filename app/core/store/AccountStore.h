#pragma once

#include "model/Account.h"

#include <QList>

#include <optional>

namespace gilde {

class Database;

/// All SQL about accounts. Secrets are not here (see SecretStore).
class AccountStore
{
public:
    explicit AccountStore(Database &db);
    qint64 add(const Account &account);
    std::optional<Account> byId(qint64 id) const;
    QList<Account> all() const;
    QList<Account> ofKind(const QString &kind) const;
    bool remove(qint64 id);

private:
    Database &m_db;
};

} // namespace gilde
