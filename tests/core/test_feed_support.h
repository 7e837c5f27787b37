#pragma once

// Lets Catch print QStrings in the feed and sanitizer tests' failure messages,
// and reads the feed fixtures they share.
#include "TestSupport.h"
#include "sources/feeds/FeedParser.h"

#include <QString>

#include <catch2/catch.hpp>

namespace Catch
{
template <> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace gilde::test
{

/// The bytes of tests/fixtures/feeds/<name>; the test stops when there are none.
inline QByteArray feedFixture(const char *name)
{
    const QByteArray bytes = fixture(QStringLiteral("feeds/") + QString::fromUtf8(name));
    REQUIRE_FALSE(bytes.isEmpty());
    return bytes;
}

/// A feed fixture parsed as if fetched from `documentUrl`.
inline ParsedFeed parseFeedFixture(const char *name, const char *documentUrl)
{
    return parseFeed(feedFixture(name), QUrl(QString::fromUtf8(documentUrl)));
}

} // namespace gilde::test
