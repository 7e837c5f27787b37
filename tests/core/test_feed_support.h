#pragma once

// Lets Catch print QStrings in the feed and sanitizer tests' failure messages.
#include <QString>

#include <catch2/catch.hpp>

namespace Catch
{
template <> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
