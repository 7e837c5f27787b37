#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QProcess;

namespace gilde::test
{

/// A real Shaarli for tests: Debian's package (/usr/share/shaarli) copied
/// into a temporary folder, its hard-coded paths pointed at the copy, a
/// config with the REST API enabled and a random secret, served by
/// `php -S 127.0.0.1:PORT`. start() fails with a clear error() when php or
/// shaarli is not installed: the tests that need it must fail, not skip.
/// The API helpers below block (running the event loop, bounded) and talk to
/// the server directly, for a test's own checks.
class ShaarliServer
{
public:
    ShaarliServer();
    ~ShaarliServer();
    ShaarliServer(const ShaarliServer &) = delete;
    ShaarliServer &operator=(const ShaarliServer &) = delete;

    /// Copies, configures and starts Shaarli, waits until its API answers, and
    /// deletes the welcome links a new Shaarli makes. False with error() set.
    bool start();
    void stop();
    QString error() const { return m_error; }
    /// What php printed, for a failing test's message.
    QString log() const;

    quint16 port() const { return m_port; }
    QUrl url() const;
    QString secret() const { return m_secret; }

    struct Reply {
        int status = 0; ///< 0: no answer
        QByteArray body;
        QJsonDocument json;
    };
    /// One API call, e.g. request("GET", "/api/v1/links?limit=all").
    Reply request(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body = {});
    QList<QJsonObject> links();
    /// The id of the new link, -1 on failure.
    qint64 addLink(
        const QString &url, const QString &title, const QString &description, const QStringList &tags);
    /// Changes the given fields of a link (GET, change, PUT); false on failure.
    bool editLink(qint64 id, const QJsonObject &fields);
    QJsonObject link(qint64 id);

private:
    bool copyTree(const QString &from, const QString &to);
    bool rewrite(const QString &relativePath, const QList<std::pair<QString, QString>> &replacements);
    bool launch();

    QTemporaryDir m_dir;
    QString m_root; ///< the copy
    QString m_secret;
    quint16 m_port = 0;
    QString m_error;
    std::unique_ptr<QProcess> m_php;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace gilde::test
