#include "DiscourseUserApiKey.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace gilde
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiscourseUserApiKey)
};

struct PkeyFree {
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct CtxFree {
    void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); }
};
struct BioFree {
    void operator()(BIO *b) const { BIO_free(b); }
};

constexpr int KeyBits = 2048;

} // namespace

struct DiscourseUserApiKey::Keys {
    std::unique_ptr<EVP_PKEY, PkeyFree> pair;
};

DiscourseUserApiKey::DiscourseUserApiKey()
    : m_keys(std::make_unique<Keys>())
{
}

DiscourseUserApiKey::~DiscourseUserApiKey() = default;
DiscourseUserApiKey::DiscourseUserApiKey(DiscourseUserApiKey &&) noexcept = default;
DiscourseUserApiKey &DiscourseUserApiKey::operator=(DiscourseUserApiKey &&) noexcept = default;

QString DiscourseUserApiKey::scopes()
{
    return QStringLiteral("read,write,notifications,session_info");
}

QString DiscourseUserApiKey::applicationName()
{
    return QStringLiteral("Gilde");
}

std::optional<DiscourseUserApiKey> DiscourseUserApiKey::create(QString *error)
{
    auto fail = [error] {
        if (error)
            *error = Text::tr("Could not make a key pair for signing in to the forum.");
        return std::nullopt;
    };
    std::unique_ptr<EVP_PKEY_CTX, CtxFree> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) <= 0 || EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), KeyBits) <= 0
        || EVP_PKEY_keygen(ctx.get(), &raw) <= 0)
        return fail();
    DiscourseUserApiKey request;
    request.m_keys->pair.reset(raw);
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), raw) != 1)
        return fail();
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    request.m_publicPem = QByteArray(data, int(size));
    // 128 random bits each: the nonce ties the payload to this request.
    const auto random = [] {
        quint32 words[4];
        QRandomGenerator::system()->fillRange(words);
        return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
    };
    request.m_nonce = QString::fromLatin1(random());
    request.m_clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return request;
}

QUrl DiscourseUserApiKey::authorizationUrl(const QUrl &base, const QUrl &redirect) const
{
    QUrl url = base;
    url.setPath(base.path() + QStringLiteral("/user-api-key/new"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("application_name"), applicationName());
    query.addQueryItem(QStringLiteral("client_id"), m_clientId);
    query.addQueryItem(QStringLiteral("scopes"), scopes());
    query.addQueryItem(QStringLiteral("public_key"), QString::fromLatin1(m_publicPem));
    query.addQueryItem(QStringLiteral("nonce"), m_nonce);
    if (!redirect.isEmpty())
        query.addQueryItem(QStringLiteral("auth_redirect"), redirect.toString(QUrl::FullyEncoded));
    // Every reserved character escaped: a PEM has '+', '/' and '=' that a
    // forum would otherwise read as a space or a separator.
    QString encoded;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += u'&';
        encoded += name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    url.setQuery(encoded, QUrl::StrictMode);
    return url;
}

bool DiscourseUserApiKey::isWholePayload(const QString &text) const
{
    const int bytes = EVP_PKEY_get_size(m_keys->pair.get());
    const qsizetype wanted = 4 * ((bytes + 2) / 3);
    qsizetype have = 0;
    for (const QChar c : text)
        have += c.isLetterOrNumber() || c == u'+' || c == u'/' || c == u'=' || c == u' ' ? 1 : 0;
    return have >= wanted;
}

std::optional<QString> DiscourseUserApiKey::keyFromPayload(const QString &payload, QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    // As the forum sends it (CGI-escaped on the redirect), or as pasted from
    // its page or an address bar: line breaks, escapes and '+' read as spaces.
    QString text = payload.trimmed();
    if (text.startsWith(QLatin1String("payload=")))
        text = text.mid(8);
    text = QUrl::fromPercentEncoding(text.toLatin1());
    QByteArray base64;
    for (const QChar c : std::as_const(text)) {
        if (c == u' ')
            base64 += '+';
        else if (!c.isSpace())
            base64 += char(c.toLatin1());
    }
    const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return fail(Text::tr("That is not the text the forum showed: it is not base64."));

    std::unique_ptr<EVP_PKEY_CTX, CtxFree> ctx(EVP_PKEY_CTX_new(m_keys->pair.get(), nullptr));
    size_t size = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(decoded.decoded.constData());
    const size_t inSize = size_t(decoded.decoded.size());
    if (!ctx || EVP_PKEY_decrypt_init(ctx.get()) <= 0 || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) <= 0
        || EVP_PKEY_decrypt(ctx.get(), nullptr, &size, in, inSize) <= 0)
        return fail(Text::tr("The forum's answer could not be decrypted."));
    QByteArray plain(qsizetype(size), Qt::Uninitialized);
    if (EVP_PKEY_decrypt(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &size, in, inSize) <= 0)
        return fail(Text::tr("The forum's answer is not for this sign-in: it was made for another request."));
    plain.truncate(qsizetype(size));

    const QJsonObject o = QJsonDocument::fromJson(plain).object();
    const QString key = o.value(QLatin1String("key")).toString();
    if (key.isEmpty())
        return fail(Text::tr("The forum's answer holds no key."));
    if (o.value(QLatin1String("nonce")).toString() != m_nonce)
        return fail(Text::tr("The forum's answer is not for this sign-in: it was made for another request."));
    return key;
}

} // namespace gilde
