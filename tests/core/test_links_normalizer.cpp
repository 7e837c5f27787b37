// UrlNormalizer: the one form under which a page is saved.

#include "links/UrlNormalizer.h"

#include <catch2/catch.hpp>

using namespace gilde;

namespace
{

struct Case {
    const char *input;
    const char *expected; ///< "" = not a usable address
};

} // namespace

TEST_CASE("normalizeUrl: case, ports, paths, trackers, fragments, encoding", "[links]")
{
    const Case cases[] = {
        // Scheme and host case; the path keeps its case.
        { "HTTPS://Example.ORG/Path/To", "https://example.org/Path/To" },
        { "hTTp://EXAMPLE.org", "http://example.org/" },
        // Default ports go, others stay.
        { "https://example.org:443/a", "https://example.org/a" },
        { "http://example.org:80/a", "http://example.org/a" },
        { "https://example.org:80/a", "https://example.org:80/a" },
        { "http://example.org:8080/a", "http://example.org:8080/a" },
        // Empty path and trailing slashes.
        { "https://example.org", "https://example.org/" },
        { "https://example.org/", "https://example.org/" },
        { "https://example.org/x/", "https://example.org/x" },
        { "https://example.org/x//", "https://example.org/x" },
        { "https://example.org/x/?a=1", "https://example.org/x?a=1" },
        { "https://example.org/?a=1", "https://example.org/?a=1" },
        { "https://example.org/a/./b/../c", "https://example.org/a/c" },
        { "https://example.org/a/b/..", "https://example.org/a" },
        { "https://example.org/../../x", "https://example.org/x" },
        { "https://example.org/a/%2E%2E/b", "https://example.org/b" },
        // Trailing dot of the host.
        { "https://example.org./a", "https://example.org/a" },
        // Trackers go; other parameters stay in order and as written.
        { "https://example.org/a?utm_source=x&utm_medium=y&utm_campaign=z", "https://example.org/a" },
        { "https://example.org/a?UTM_Source=x&id=3", "https://example.org/a?id=3" },
        { "https://example.org/a?utm_anything_new=1&b=2&a=1", "https://example.org/a?b=2&a=1" },
        { "https://example.org/a?z=1&fbclid=abc&y=2&gclid=q&x=3", "https://example.org/a?z=1&y=2&x=3" },
        { "https://example.org/a?dclid=1&msclkid=2&mc_cid=3&mc_eid=4&igshid=5&yclid=6",
            "https://example.org/a" },
        { "https://example.org/a?_hsenc=1&_hsmi=2&ref_src=twsrc&mtm_campaign=c&keep=1",
            "https://example.org/a?keep=1" },
        { "https://example.org/a?q=utm_source", "https://example.org/a?q=utm_source" },
        { "https://example.org/a?ref=home", "https://example.org/a?ref=home" },
        { "https://example.org/a?flag&utm_source=x", "https://example.org/a?flag" },
        { "https://example.org/a?", "https://example.org/a" },
        { "https://example.org/a?b=1&&c=2", "https://example.org/a?b=1&c=2" },
        { "https://example.org/search?q=a+b&lang=en", "https://example.org/search?q=a+b&lang=en" },
        { "https://example.org/search?q=a%26b", "https://example.org/search?q=a%26b" },
        // Fragments: anchors go, application routes stay.
        { "https://example.org/a#section-2", "https://example.org/a" },
        { "https://example.org/a#", "https://example.org/a" },
        { "https://example.org/a#:~:text=hello", "https://example.org/a" },
        { "https://example.org/app#/inbox/3", "https://example.org/app#/inbox/3" },
        { "https://example.org/#!/page", "https://example.org/#!/page" },
        { "https://example.org/a?utm_source=x#top", "https://example.org/a" },
        // Percent-encoding: unreserved characters decoded, hex digits upper
        // case, non-ASCII encoded as UTF-8.
        { "https://example.org/%7Euser/%41bc", "https://example.org/~user/Abc" },
        { "https://example.org/a%2fb", "https://example.org/a%2Fb" },
        { "https://example.org/caf\xc3\xa9", "https://example.org/caf%C3%A9" },
        { "https://example.org/caf%C3%A9", "https://example.org/caf%C3%A9" },
        { "https://example.org/a b", "https://example.org/a%20b" },
        { "https://example.org/?q=caf\xc3\xa9", "https://example.org/?q=caf%C3%A9" },
        // IDN hosts: Unicode and ACE are the same address, written as ACE.
        { "https://B\xc3\xbc"
          "cher.example/",
            "https://xn--bcher-kva.example/" },
        { "https://xn--bcher-kva.example/", "https://xn--bcher-kva.example/" },
        // Text as typed.
        { "  example.org/page/  ", "https://example.org/page" },
        { "example.org:8443", "https://example.org:8443/" },
        { "www.example.org", "https://www.example.org/" },
        // Other schemes keep their form.
        { "MAILTO:ann@example.org", "mailto:ann@example.org" },
        { "ftp://FTP.example.org/pub/", "ftp://ftp.example.org/pub/" },
        // Not addresses.
        { "", "" },
        { "   ", "" },
        { "https://", "" },
        { "http:///path", "" },
        { "javascript:alert(1)", "" },
    };
    for (const Case &c : cases) {
        INFO("input: " << c.input);
        const QUrl n = normalizeUrl(QString::fromUtf8(c.input));
        CHECK(n.toString(QUrl::FullyEncoded).toStdString() == std::string(c.expected));
    }
}

TEST_CASE("normalizeUrl of a QUrl refuses relative and script addresses", "[links]")
{
    CHECK(normalizeUrl(QUrl(QStringLiteral("example.org/page"))).isEmpty());
    CHECK(normalizeUrl(QUrl(QStringLiteral("/relative/path"))).isEmpty());
    CHECK(normalizeUrl(QUrl(QStringLiteral("javascript:alert(1)"))).isEmpty());
    CHECK(normalizeUrl(QUrl(QStringLiteral("data:text/html,hi"))).isEmpty());
    CHECK(normalizeUrl(QUrl(QStringLiteral("file:///etc/passwd"))).isEmpty());
    CHECK(normalizeUrl(QUrl()).isEmpty());
    CHECK(normalizedUrlText(QUrl(QStringLiteral("HTTPS://Example.org/a/?utm_source=x")))
        == QLatin1String("https://example.org/a"));
    CHECK(normalizedUrlText(QUrl(QStringLiteral("place:sort=8"))) == QLatin1String("place:sort=8"));
}

TEST_CASE("normalizeUrl is idempotent and equal pages compare equal", "[links]")
{
    const char *inputs[] = { "https://Example.org:443/x/?utm_source=a&b=1#frag", "https://example.org/x?b=1",
        "http://xn--bcher-kva.example/%7e?fbclid=1" };
    for (const char *input : inputs) {
        INFO(input);
        const QUrl once = normalizeUrl(QString::fromUtf8(input));
        REQUIRE(once.isValid());
        CHECK(normalizeUrl(once) == once);
        CHECK(normalizeUrl(once.toString(QUrl::FullyEncoded)) == once);
    }
    CHECK(normalizeUrl(QStringLiteral("https://Example.org:443/x/?utm_source=a&b=1#frag"))
        == normalizeUrl(QStringLiteral("https://example.org/x?b=1")));
}

TEST_CASE("isTrackingParameter", "[links]")
{
    CHECK(isTrackingParameter(u"utm_source"));
    CHECK(isTrackingParameter(u"UTM_TERM"));
    CHECK(isTrackingParameter(u"fbclid"));
    CHECK(isTrackingParameter(u"_hsenc"));
    CHECK_FALSE(isTrackingParameter(u"id"));
    CHECK_FALSE(isTrackingParameter(u"utm"));
    CHECK_FALSE(isTrackingParameter(u"page"));
}
