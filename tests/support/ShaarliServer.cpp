#include "ShaarliServer.h"

#include "TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>

namespace gilde::test
{

namespace
{

const QString Installed = QStringLiteral("/usr/share/shaarli");

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// Written here again rather than taken from the client under test.
QByteArray token(const QString &secret)
{
    const QByteArray header = base64Url(R"({"typ":"JWT","alg":"HS512"})");
    const QByteArray payload
        = base64Url("{\"iat\":" + QByteArray::number(QDateTime::currentSecsSinceEpoch() - 5) + "}");
    const QByteArray sig = QMessageAuthenticationCode::hash(
        header + '.' + payload, secret.toUtf8(), QCryptographicHash::Sha512);
    return header + '.' + payload + '.' + base64Url(sig);
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

ShaarliServer::ShaarliServer()
    : m_nam(std::make_unique<QNetworkAccessManager>())
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ShaarliServer::~ShaarliServer()
{
    stop();
}

QUrl ShaarliServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QString ShaarliServer::log() const
{
    QFile f(m_dir.filePath(QStringLiteral("php.log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll().right(4000));
}

bool ShaarliServer::copyTree(const QString &from, const QString &to)
{
    // Real copies where PHP's __DIR__ must name the copy (the entry points and
    // the autoloader beside them) and of the files rewritten below; links to
    // the package for the rest, which is much faster than copying it all.
    const QStringList copied { QStringLiteral("application/config/ConfigManager.php") };
    const auto fail = [this](const QString &what, const QString &path) {
        m_error = QStringLiteral("cannot %1 %2 in the Shaarli copy").arg(what, path);
        return false;
    };
    const QDir source(from);
    for (const QFileInfo &top :
        source.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString name = top.fileName();
        if (name == u"doc" || name == u"cache")
            continue;
        const QString target = to + u'/' + name;
        if (top.isFile()) {
            if (!QFile::copy(top.filePath(), target))
                return fail(QStringLiteral("copy"), name);
        } else if (name != u"application") {
            if (!QFile::link(top.filePath(), target))
                return fail(QStringLiteral("link"), name);
        }
    }
    if (!QDir().mkpath(to + QStringLiteral("/application")))
        return fail(QStringLiteral("create"), QStringLiteral("application"));
    QDirIterator it(from + QStringLiteral("/application"),
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = source.relativeFilePath(path);
        const QString target = to + u'/' + relative;
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return fail(QStringLiteral("create"), relative);
        } else if (copied.contains(relative)) {
            if (!QFile::copy(path, target))
                return fail(QStringLiteral("copy"), relative);
        } else if (!QFile::link(path, target)) {
            return fail(QStringLiteral("link"), relative);
        }
    }
    return true;
}

bool ShaarliServer::rewrite(
    const QString &relativePath, const QList<std::pair<QString, QString>> &replacements)
{
    QFile f(m_root + u'/' + relativePath);
    if (!f.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read %1 of the Shaarli copy").arg(relativePath);
        return false;
    }
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    for (const auto &[from, to] : replacements) {
        if (!text.contains(from)) {
            m_error = QStringLiteral("%1 of Debian's Shaarli no longer contains %2: the test fixture must "
                                     "learn its new layout")
                          .arg(relativePath, from);
            return false;
        }
        text.replace(from, to);
    }
    f.setPermissions(f.permissions() | QFileDevice::WriteOwner);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("cannot write %1 of the Shaarli copy").arg(relativePath);
        return false;
    }
    f.write(text.toUtf8());
    return true;
}

bool ShaarliServer::start()
{
    const QString php = QStandardPaths::findExecutable(QStringLiteral("php"));
    if (php.isEmpty()) {
        m_error = QStringLiteral("php is not installed: the Shaarli tests need it (apt-get install php-cli "
                                 "php-cgi shaarli)");
        return false;
    }
    if (!QFileInfo::exists(Installed + QStringLiteral("/index.php"))) {
        m_error = QStringLiteral("Shaarli is not installed in %1: the Shaarli tests need it (apt-get install "
                                 "shaarli)")
                      .arg(Installed);
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    m_root = m_dir.filePath(QStringLiteral("shaarli"));
    if (!QDir().mkpath(m_root) || !copyTree(Installed, m_root))
        return false;
    for (const char *sub : { "data", "var-cache/tmp", "var-cache/cache", "var-cache/pagecache", "cache" })
        QDir().mkpath(m_root + u'/' + QLatin1String(sub));

    const QString autoload = Installed + QStringLiteral("/autoload.php");
    if (!rewrite(QStringLiteral("index.php"), { { autoload, m_root + QStringLiteral("/autoload.php") } })
        || !rewrite(QStringLiteral("init.php"), { { autoload, m_root + QStringLiteral("/autoload.php") } })
        || !rewrite(QStringLiteral("application/config/ConfigManager.php"),
            { { QStringLiteral("/var/lib/shaarli/data"), m_root + QStringLiteral("/data") },
                { QStringLiteral("/var/cache/shaarli"), m_root + QStringLiteral("/var-cache") } }))
        return false;

    m_secret = QString::number(QRandomGenerator::global()->generate64(), 36)
        + QString::number(QRandomGenerator::global()->generate64(), 36);
    const QJsonObject config {
        { QStringLiteral("credentials"),
            QJsonObject { { QStringLiteral("login"), QStringLiteral("gilde") },
                { QStringLiteral("hash"), QStringLiteral("unused") },
                { QStringLiteral("salt"), QStringLiteral("unused") } } },
        { QStringLiteral("general"),
            QJsonObject { { QStringLiteral("timezone"), QStringLiteral("UTC") },
                { QStringLiteral("title"), QStringLiteral("Gilde test Shaarli") },
                { QStringLiteral("enabled_plugins"), QJsonArray() } } },
        { QStringLiteral("api"),
            QJsonObject { { QStringLiteral("enabled"), true }, { QStringLiteral("secret"), m_secret } } },
        { QStringLiteral("updates"), QJsonObject { { QStringLiteral("check_updates"), false } } },
        { QStringLiteral("privacy"), QJsonObject { { QStringLiteral("default_private_links"), false } } },
        { QStringLiteral("thumbnails"), QJsonObject { { QStringLiteral("mode"), QStringLiteral("none") } } },
    };
    QFile configFile(m_root + QStringLiteral("/data/config.json.php"));
    if (!configFile.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write the Shaarli config");
        return false;
    }
    // Shaarli's own format: the JSON hidden in a PHP comment.
    configFile.write("<?php /*" + QJsonDocument(config).toJson(QJsonDocument::Compact) + "*/ ?>");
    configFile.close();

    bool up = false;
    for (int attempt = 0; attempt < 3 && !up; ++attempt)
        up = launch();
    if (!up)
        return false;

    // A new Shaarli greets with a few links of its own: start empty.
    for (const QJsonObject &l : links())
        request("DELETE", QStringLiteral("/api/v1/links/%1").arg(l.value(QLatin1String("id")).toInteger()));
    if (!links().isEmpty()) {
        m_error = QStringLiteral("could not empty the new Shaarli");
        return false;
    }
    return true;
}

bool ShaarliServer::launch()
{
    stop();
    m_port = freePort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free port on 127.0.0.1");
        return false;
    }
    m_php = std::make_unique<QProcess>();
    m_php->setProcessChannelMode(QProcess::MergedChannels);
    m_php->setStandardOutputFile(m_dir.filePath(QStringLiteral("php.log")), QIODevice::Append);
    m_php->setWorkingDirectory(m_root);
    m_php->start(QStandardPaths::findExecutable(QStringLiteral("php")),
        { // As on a real server: PHP's notices go to the log, never into an answer.
            QStringLiteral("-d"), QStringLiteral("display_errors=0"), QStringLiteral("-d"),
            QStringLiteral("log_errors=1"), QStringLiteral("-S"), QStringLiteral("127.0.0.1:%1").arg(m_port),
            QStringLiteral("-t"), m_root, m_root + QStringLiteral("/index.php") });
    if (!m_php->waitForStarted(5000)) {
        m_error = QStringLiteral("php did not start: %1").arg(m_php->errorString());
        return false;
    }
    Reply info;
    const bool answered = waitUntil(
        [&] {
            if (m_php->state() != QProcess::Running)
                return true;
            info = request("GET", QStringLiteral("/api/v1/info"));
            return info.status == 200;
        },
        15000);
    if (!answered || info.status != 200) {
        m_error = QStringLiteral("Shaarli did not answer on port %1 (last status %2). php said:\n%3")
                      .arg(m_port)
                      .arg(info.status)
                      .arg(log());
        return false;
    }
    m_error.clear();
    return true;
}

void ShaarliServer::stop()
{
    if (!m_php)
        return;
    if (m_php->state() != QProcess::NotRunning) {
        m_php->terminate();
        if (!m_php->waitForFinished(3000)) {
            m_php->kill();
            m_php->waitForFinished(3000);
        }
    }
    m_php.reset();
}

ShaarliServer::Reply ShaarliServer::request(
    const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body)
{
    Reply reply;
    QNetworkRequest req(QUrl(url().toString() + pathAndQuery));
    req.setRawHeader("Authorization", "Bearer " + token(m_secret));
    req.setTransferTimeout(10000);
    QByteArray data;
    if (method == "POST" || method == "PUT") {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        data = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *r = m_nam->sendCustomRequest(req, method, data);
    bool done = false;
    QObject::connect(r, &QNetworkReply::finished, [&done] { done = true; });
    waitUntil([&] { return done; }, 12000);
    if (!done) {
        r->abort();
    } else {
        reply.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply.body = r->readAll();
        reply.json = QJsonDocument::fromJson(reply.body);
    }
    r->deleteLater();
    return reply;
}

QList<QJsonObject> ShaarliServer::links()
{
    QList<QJsonObject> out;
    const Reply r = request("GET", QStringLiteral("/api/v1/links?limit=all"));
    for (const QJsonValue &v : r.json.array())
        out << v.toObject();
    return out;
}

qint64 ShaarliServer::addLink(
    const QString &url, const QString &title, const QString &description, const QStringList &tags)
{
    const Reply r = request("POST", QStringLiteral("/api/v1/links"),
        QJsonObject { { QStringLiteral("url"), url }, { QStringLiteral("title"), title },
            { QStringLiteral("description"), description },
            { QStringLiteral("tags"), QJsonArray::fromStringList(tags) },
            { QStringLiteral("private"), false } });
    if (r.status != 201)
        return -1;
    return r.json.object().value(QLatin1String("id")).toInteger(-1);
}

QJsonObject ShaarliServer::link(qint64 id)
{
    const Reply r = request("GET", QStringLiteral("/api/v1/links/%1").arg(id));
    return r.status == 200 ? r.json.object() : QJsonObject();
}

bool ShaarliServer::editLink(qint64 id, const QJsonObject &fields)
{
    QJsonObject current = link(id);
    if (current.isEmpty())
        return false;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        current.insert(it.key(), it.value());
    return request("PUT", QStringLiteral("/api/v1/links/%1").arg(id), current).status == 200;
}

} // namespace gilde::test
