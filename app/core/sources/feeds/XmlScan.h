#pragma once

// Byte-level helpers shared by the XML repair passes (XmlRepair.cpp,
// XmlStructure.cpp): they work on UTF-8, where all markup is ASCII.
#include <QtGlobal>

#include <cstring>

namespace gilde::xmlscan
{

inline bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':'
        || static_cast<unsigned char>(c) >= 0x80;
}

inline bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

inline bool startsWith(const char *d, qsizetype n, qsizetype i, const char *what)
{
    const qsizetype len = qsizetype(std::strlen(what));
    return i + len <= n && std::memcmp(d + i, what, size_t(len)) == 0;
}

inline qsizetype find(const char *d, qsizetype n, qsizetype from, const char *what)
{
    const qsizetype len = qsizetype(std::strlen(what));
    for (qsizetype i = from; i + len <= n; ++i) {
        const void *hit = std::memchr(d + i, what[0], size_t(n - len + 1 - i));
        if (!hit)
            return -1;
        i = static_cast<const char *>(hit) - d;
        if (std::memcmp(d + i, what, size_t(len)) == 0)
            return i;
    }
    return -1;
}

} // namespace gilde::xmlscan
