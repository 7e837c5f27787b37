#include "FuzzSupport.h"

#include <QtGlobal>

#include <array>
#include <cstdio>
#include <cstdlib>

namespace gilde::fuzz
{

namespace
{

void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // Fatal messages still stop the run: Qt aborts after the handler returns.
    if (type == QtFatalMsg)
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
}

} // namespace

QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

QByteArray contentTypeFor(uint8_t selector)
{
    static constexpr std::array<const char *, 24> types = {
        "",
        "application/rss+xml",
        "application/xml; charset=utf-8",
        "text/xml; charset=iso-8859-1",
        "text/xml; charset=windows-1252",
        "application/atom+xml; charset=\"UTF-16\"",
        "text/xml; charset=utf-16le",
        "text/xml; charset=utf-16be",
        "text/xml; charset=utf-32",
        "text/xml; charset=iso-8859-15",
        "text/xml; charset=koi8-r",
        "text/xml; charset=shift_jis",
        "text/xml; charset=euc-jp",
        "text/xml; charset=gb18030",
        "text/xml; charset=big5",
        "text/xml; charset=us-ascii",
        "text/xml; charset=ebcdic-cp-us",
        "text/xml; charset=no-such-charset",
        "text/xml; charset=",
        "text/xml;charset=UTF-8;charset=latin1",
        "application/feed+json",
        "application/json; charset=utf-8",
        "text/html; charset=windows-1251",
        "text/xml; charset=utf-7",
    };
    return QByteArray(types[selector % types.size()]);
}

void finding(const char *what, QStringView detail)
{
    std::fprintf(stderr, "\n== FINDING: %s\n%s\n", what, qPrintable(detail.left(4000).toString()));
    std::abort();
}

QString schemeOf(QStringView url)
{
    QString clean;
    for (const QChar c : url) {
        if (c.unicode() > 0x20)
            clean.append(c.toLower());
    }
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const QChar c = clean[i];
        if (c == u':')
            return clean.first(i);
        if (c == u'/' || c == u'?' || c == u'#')
            break;
    }
    return {};
}

bool isSafeLinkUrl(QStringView url)
{
    const QString scheme = schemeOf(url);
    return scheme.isEmpty() || scheme == u"http" || scheme == u"https" || scheme == u"mailto";
}

} // namespace gilde::fuzz

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(gilde::fuzz::quietHandler);
    return 0;
}
