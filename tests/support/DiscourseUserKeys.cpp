// The fake forum's side of signing in with a User API Key, as
// UserApiKeysController and the session route of Discourse answer.
#include "DiscourseServer.h"
#include "DiscourseServerSupport.h"

#include <QJsonDocument>
#include <QRandomGenerator>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>

namespace gilde::test
{

namespace
{

TestResponse invalidAccess()
{
    TestResponse r = TestResponse::error(403,
        R"({"errors":["You are not permitted to view the requested resource. The API username or key is invalid."],"error_type":"invalid_access"})");
    r.header("Content-Type", "application/json; charset=utf-8");
    return r;
}

/// `plain` encrypted to the PEM public key with PKCS#1 v1.5, base64 with a
/// line break every 60 characters, as Ruby's Base64.encode64 writes it.
QByteArray encryptTo(const QByteArray &pem, const QByteArray &plain)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr, &EVP_PKEY_free);
    if (!key)
        return {};
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(EVP_PKEY_CTX_new(key.get(), nullptr), &EVP_PKEY_CTX_free);
    size_t size = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(plain.constData());
    if (!ctx || EVP_PKEY_encrypt_init(ctx.get()) <= 0 || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) <= 0
        || EVP_PKEY_encrypt(ctx.get(), nullptr, &size, in, size_t(plain.size())) <= 0)
        return {};
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (EVP_PKEY_encrypt(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &size, in, size_t(plain.size())) <= 0)
        return {};
    out.truncate(qsizetype(size));
    const QByteArray base64 = out.toBase64();
    QByteArray lines;
    for (qsizetype i = 0; i < base64.size(); i += 60)
        lines += base64.mid(i, 60) + '\n';
    return lines;
}

} // namespace

QString DiscourseServer::signedInUser()
{
    return discourse::users().first().username;
}

QString DiscourseServer::lastPayload() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastPayload;
}

QStringList DiscourseServer::activeUserApiKeys() const
{
    QMutexLocker lock(&m_mutex);
    QStringList keys;
    for (auto it = m_userKeys.cbegin(); it != m_userKeys.cend(); ++it) {
        if (!it.value())
            keys << it.key();
    }
    return keys;
}

void DiscourseServer::revokeUserApiKey(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    if (m_userKeys.contains(key))
        m_userKeys[key] = true;
}

void DiscourseServer::setAdminKey(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    m_adminKey = key;
}

QString DiscourseServer::signedInAs(const TestRequest &request) const
{
    QMutexLocker lock(&m_mutex);
    const QString userKey = QString::fromUtf8(request.header("User-Api-Key"));
    if (!userKey.isEmpty())
        return m_userKeys.contains(userKey) && !m_userKeys.value(userKey) ? signedInUser() : QString();
    const QString apiKey = QString::fromUtf8(request.header("Api-Key"));
    return !apiKey.isEmpty() && apiKey == m_adminKey ? QString::fromUtf8(request.header("Api-Username")) : QString();
}

TestResponse DiscourseServer::userTopics(const QString &path, int pageNumber, const QString &user)
{
    if (user.isEmpty()) {
        return TestResponse::error(403,
            R"({"errors":["You need to be logged in to do that."],"error_type":"not_logged_in"})")
            .header("Content-Type", "application/json; charset=utf-8");
    }
    QMutexLocker lock(&m_mutex);
    if (path.startsWith(u"/topics/private-messages/")) {
        const QString whose = path.mid(25).chopped(5);
        if (whose != user)
            return invalidAccess();
        const QJsonObject list = topicListLocked(
            orderedLocked([](const Topic &t) { return t.categoryId == 0; }), pageNumber, QString());
        return discourse::jsonResponse(list, "list/private_messages");
    }
    const int remainder = path == u"/new.json" ? 0 : 1;
    const QJsonObject list = topicListLocked(
        orderedLocked([remainder](const Topic &t) { return t.categoryId != 0 && t.id % 3 == remainder; }),
        pageNumber, path.chopped(5), user);
    return discourse::jsonResponse(list, path == u"/new.json" ? "list/new" : "list/unread");
}

TestResponse DiscourseServer::keyRoute(const TestRequest &request, const QString &path, const QUrlQuery &query)
{
    QMutexLocker lock(&m_mutex);
    const QString userKey = QString::fromUtf8(request.header("User-Api-Key"));
    const bool validUserKey = !userKey.isEmpty() && m_userKeys.contains(userKey) && !m_userKeys.value(userKey);

    if (path == u"/user-api-key/new" && request.method == "GET") {
        const QString pem = query.queryItemValue(QStringLiteral("public_key"), QUrl::FullyDecoded);
        const QString nonce = query.queryItemValue(QStringLiteral("nonce"), QUrl::FullyDecoded);
        for (const char *required : { "application_name", "client_id", "scopes", "public_key", "nonce" }) {
            if (!query.hasQueryItem(QLatin1String(required)))
                return TestResponse::error(400, R"({"errors":["param is missing or the value is empty"]})");
        }
        const QString key = QString::number(QRandomGenerator::global()->generate64(), 16) + QStringLiteral("cafe");
        const QJsonObject payload { { QStringLiteral("key"), key }, { QStringLiteral("nonce"), nonce },
            { QStringLiteral("push"), false }, { QStringLiteral("api"), 4 } };
        const QByteArray encrypted = encryptTo(pem.toLatin1(), QJsonDocument(payload).toJson(QJsonDocument::Compact));
        if (encrypted.isEmpty())
            return TestResponse::error(500, "<html>could not read the public key</html>");
        m_userKeys.insert(key, false);
        m_lastPayload = QString::fromLatin1(encrypted);
        const QString redirect = query.queryItemValue(QStringLiteral("auth_redirect"), QUrl::FullyDecoded);
        if (!redirect.isEmpty()) {
            // CGI.escape: every reserved character, the line breaks included.
            const QByteArray location = redirect.toUtf8() + (redirect.contains(u'?') ? "&" : "?") + "payload="
                + QUrl::toPercentEncoding(QString::fromLatin1(encrypted));
            return TestResponse::redirect(302, location);
        }
        TestResponse page = TestResponse::ok(
            "<html><body><p>Paste this in the application:</p><pre>" + encrypted + "</pre></body></html>",
            "text/html; charset=utf-8");
        return page;
    }
    if (path == u"/user-api-key/revoke" && request.method == "POST") {
        if (!validUserKey)
            return invalidAccess();
        m_userKeys[userKey] = true;
        return discourse::jsonResponse(QJsonObject { { QStringLiteral("success"), QStringLiteral("OK") } }, "user-api-keys/revoke");
    }
    if (path == u"/session/current.json" && request.method == "GET") {
        const QString apiKey = QString::fromUtf8(request.header("Api-Key"));
        const QString apiUser = QString::fromUtf8(request.header("Api-Username"));
        const discourse::User *who = nullptr;
        if (validUserKey) {
            who = &discourse::users().first();
        } else if (!apiKey.isEmpty() && apiKey == m_adminKey) {
            for (const discourse::User &u : discourse::users()) {
                if (u.username == apiUser)
                    who = &u;
            }
        }
        if (!userKey.isEmpty() && !validUserKey)
            return invalidAccess();
        if (!apiKey.isEmpty() && !who)
            return invalidAccess();
        if (!who)
            return discourse::notFound(); // nobody signed in
        const QJsonObject user { { QStringLiteral("id"), who->id }, { QStringLiteral("username"), who->username },
            { QStringLiteral("name"), who->name },
            { QStringLiteral("avatar_template"), avatarTemplate(who->username) }, { QStringLiteral("trust_level"), 2 } };
        return discourse::jsonResponse(QJsonObject { { QStringLiteral("current_user"), user } }, "session/current");
    }
    return discourse::notFound();
}

} // namespace gilde::test
