#include "SecretStore.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "gilde.accounts", QtWarningMsg)

namespace gilde
{

namespace
{

const QString Service = QStringLiteral("Gilde");

QString errorText(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return SecretStore::tr("There is no secret for %1 in the keychain.").arg(job->key());
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStore::tr("The keychain refused access to the secret for %1.").arg(job->key());
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::tr("No keychain is available (is a Secret Service such as GNOME Keyring or "
                               "KWallet running?): %1")
            .arg(job->errorString());
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretStore::tr("The keychain failed: %1").arg(job->errorString());
}

// Jobs have no parent and delete themselves when finished: the keychain
// backend calls back into a running job, so one must outlive a SecretStore
// (a profile) that closes while it runs. Their results are connected with the
// store as context, so they reach no one once it is gone.
template <typename J> void prepare(J *job, const QString &key)
{
    job->setKey(key);
    job->setAutoDelete(true);
    // A secret must never end up in a plain file when there is no keychain.
    job->setInsecureFallback(false);
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

QString SecretStore::keyFor(qint64 accountId)
{
    return QStringLiteral("account-%1").arg(accountId);
}

void SecretStore::write(const QString &key, const QString &secret, std::function<void(bool, QString)> done)
{
    auto *job = new QKeychain::WritePasswordJob(Service);
    prepare(job, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            qCWarning(lcSecrets) << "writing" << j->key() << "failed:" << j->errorString();
        done(j->error() == QKeychain::NoError, errorText(j));
    });
    job->start();
}

void SecretStore::read(const QString &key, std::function<void(bool, QString, QString)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(Service);
    prepare(job, key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() != QKeychain::NoError) {
            if (j->error() != QKeychain::EntryNotFound)
                qCWarning(lcSecrets) << "reading" << j->key() << "failed:" << j->errorString();
            done(false, QString(), errorText(j));
            return;
        }
        done(true, read->textData(), QString());
    });
    job->start();
}

void SecretStore::remove(const QString &key, std::function<void(bool, QString)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(Service);
    prepare(job, key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            qCWarning(lcSecrets) << "deleting" << j->key() << "failed:" << j->errorString();
        // Removing what is not there leaves the keychain as asked.
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : errorText(j));
    });
    job->start();
}

} // namespace gilde
