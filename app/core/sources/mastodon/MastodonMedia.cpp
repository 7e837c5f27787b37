#include "MastodonMedia.h"

#include "MastodonHttp.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace gilde::mastodon
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MastodonMedia)
};

/// Ready ones have an address; 206 (or a null url) means the server is still at it.
constexpr int MaxPolls = 30;

struct ReadFile {
    QByteArray bytes;
    QByteArray contentType;
    QString fileName;
    QString problem;
    bool gone = false;
};

ReadFile readFile(const QString &path)
{
    ReadFile read;
    QFile file(path);
    if (!file.exists()) {
        read.gone = true;
        read.problem = Text::tr("The picture %1 is no longer there.").arg(QFileInfo(path).fileName());
        return read;
    }
    if (file.size() > MaxMediaBytes) {
        read.gone = true;
        read.problem = Text::tr("%1 is larger than servers take (99 MB).").arg(QFileInfo(path).fileName());
        return read;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        read.problem = Text::tr("Could not read %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return read;
    }
    read.bytes = file.readAll();
    read.contentType = QMimeDatabase().mimeTypeForFileNameAndData(path, read.bytes.left(4096)).name().toLatin1();
    read.fileName = QFileInfo(path).fileName();
    return read;
}

void waitUntilReady(HttpClient *http, QUrl server, QString token, QString id, int timeoutMs, int pollMs, int polls,
    std::function<void(const MediaUpload &)> done)
{
    server.setPath(QStringLiteral("/api/v1/media/") + id);
    HttpRequest request = apiRequest(server, token);
    request.timeoutMs = timeoutMs;
    http->get(request, [=](const HttpResult &r) {
        MediaUpload upload;
        if (r.outcome != HttpResult::Outcome::Ok) {
            upload.refusal = r;
            done(upload);
            return;
        }
        const bool ready = r.status == 200 && !QJsonDocument::fromJson(r.body).object().value(QLatin1String("url")).isNull();
        if (ready) {
            upload.id = id;
            done(upload);
            return;
        }
        if (polls + 1 >= MaxPolls) {
            upload.problem = Text::tr("The server is still processing the media; Gilde tries again later.");
            done(upload);
            return;
        }
        // With the client as context: gone with it (the program closing), the wait ends.
        QTimer::singleShot(pollMs, http, [=] { waitUntilReady(http, server, token, id, timeoutMs, pollMs, polls + 1, done); });
    });
}

QString quotedName(QString name)
{
    // Inside a quoted header value: no quotes, no line breaks.
    name.remove(u'"').remove(u'\r').remove(u'\n');
    return name.isEmpty() ? QStringLiteral("media") : name;
}

} // namespace

QString keepMediaFile(const QString &folder, const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        if (error)
            *error = Text::tr("%1 is not a file.").arg(path);
        return {};
    }
    if (info.size() > MaxMediaBytes) {
        if (error)
            *error = Text::tr("%1 is larger than servers take (99 MB).").arg(info.fileName());
        return {};
    }
    const QDir dir(QDir(folder).filePath(QLatin1String(MediaFolder)));
    if (!dir.mkpath(QStringLiteral("."))) {
        if (error)
            *error = Text::tr("Could not make the folder %1.").arg(dir.path());
        return {};
    }
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    const QString copy = dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + suffix);
    QFile source(path);
    if (!source.copy(copy)) {
        if (error)
            *error = Text::tr("Could not keep a copy of %1: %2. Is the disk full?").arg(info.fileName(), source.errorString());
        QFile::remove(copy);
        return {};
    }
    return copy;
}

bool isKeptMediaFile(const QString &path)
{
    return QFileInfo(path).dir().dirName() == QLatin1String(MediaFolder);
}

QByteArray multipartBody(const QByteArray &boundary, const QString &fileName, const QByteArray &contentType,
    const QByteArray &bytes, const QString &description)
{
    QByteArray body;
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"description\"\r\n";
    body += "Content-Type: text/plain; charset=utf-8\r\n\r\n";
    body += description.toUtf8() + "\r\n";
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"file\"; filename=\"" + quotedName(fileName).toUtf8() + "\"\r\n";
    body += "Content-Type: " + (contentType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : contentType) + "\r\n\r\n";
    body += bytes;
    body += "\r\n--" + boundary + "--\r\n";
    return body;
}

void uploadMedia(HttpClient &http, const QUrl &server, const QString &token, const MediaDraft &media, int timeoutMs,
    std::function<void(const MediaUpload &)> done, int pollMs)
{
    HttpClient *client = &http;
    // Owned by the client: the answer is dropped if the client goes first.
    auto *watcher = new QFutureWatcher<ReadFile>(client);
    QObject::connect(watcher, &QFutureWatcher<ReadFile>::finished, watcher,
        [=, description = media.description, done = std::move(done)]() {
            watcher->deleteLater();
            const ReadFile read = watcher->result();
            if (!read.problem.isEmpty()) {
                MediaUpload upload;
                upload.problem = read.problem;
                upload.gone = read.gone;
                done(upload);
                return;
            }
            QUrl url = server;
            url.setPath(QStringLiteral("/api/v2/media"));
            HttpRequest request = apiRequest(url, token);
            request.method = QByteArrayLiteral("POST");
            const QByteArray boundary = "gilde-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
            request.body = multipartBody(boundary, read.fileName, read.contentType, read.bytes, description);
            request.headers.append({ QByteArrayLiteral("Content-Type"), "multipart/form-data; boundary=" + boundary });
            request.timeoutMs = timeoutMs;
            client->get(request, [=](const HttpResult &r) {
                MediaUpload upload;
                if (r.outcome != HttpResult::Outcome::Ok) {
                    upload.refusal = r;
                    done(upload);
                    return;
                }
                const QJsonObject answer = QJsonDocument::fromJson(r.body).object();
                const QString id = answer.value(QLatin1String("id")).toString();
                // The id goes in a path when asked after.
                if (id.isEmpty() || !std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.isLetterOrNumber(); })) {
                    upload.problem = Text::tr("The server's answer to the upload names no media.");
                    done(upload);
                    return;
                }
                // 202: accepted, processed later; its address comes when it is ready.
                if (r.status == 202 || answer.value(QLatin1String("url")).isNull()) {
                    waitUntilReady(client, server, token, id, timeoutMs, pollMs, 0, done);
                    return;
                }
                upload.id = id;
                done(upload);
            });
        });
    watcher->setFuture(QtConcurrent::run(readFile, media.path));
}

} // namespace gilde::mastodon
