#pragma once

#include "MastodonWrites.h"
#include "net/HttpClient.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace gilde::mastodon
{

/// The largest file Gilde sends (Mastodon takes videos up to 99 MB, pictures up to 16 MB).
inline constexpr qint64 MaxMediaBytes = 99 * 1024 * 1024;

/// Keeps a copy of the file the user picked in `folder` (the profile's), so
/// that the queued post still has it when the original moves or the post goes
/// days later. Returns the copy's path, or empty with `error` (translated).
QString keepMediaFile(const QString &folder, const QString &path, QString *error);
/// Whether `path` is such a copy (under a folder named MediaFolder): only those are removed once sent.
bool isKeptMediaFile(const QString &path);
inline constexpr char MediaFolder[] = "outbox-media";

struct MediaUpload {
    QString id; ///< the server's id for the media; empty when it failed
    std::optional<HttpResult> refusal; ///< the server's answer that failed it
    QString problem; ///< translated: the file could not be read, or is still being processed
    bool gone = false; ///< the file is not there (nor will it come back)
};

/// Sends the file with its description (POST /api/v2/media, multipart; the
/// file is read off the GUI thread), then, for media the server processes
/// later (202), asks after it (GET /api/v1/media/:id) until it is ready.
/// `pollMs` is the wait between those questions.
void uploadMedia(HttpClient &http, const QUrl &server, const QString &token, const MediaDraft &media, int timeoutMs,
    std::function<void(const MediaUpload &)> done, int pollMs = 2000);

/// The multipart/form-data body of an upload and its boundary, for the server's parsers.
QByteArray multipartBody(const QByteArray &boundary, const QString &fileName, const QByteArray &contentType,
    const QByteArray &bytes, const QString &description);

} // namespace gilde::mastodon
