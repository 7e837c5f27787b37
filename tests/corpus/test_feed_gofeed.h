#pragma once

// Helpers shared by the tests that compare parseFeed with gofeed's corpus
// (read in place from GILDE_CORPORA; see test_gofeed_corpus.cpp for the rules).
#include "sources/feeds/FeedParser.h"
#include "test_feed_support.h"
#include "text/HtmlSanitizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <iostream>

namespace gilde::gofeedtest
{

inline const QString kCorpus = QStringLiteral(GILDE_CORPORA "/gofeed");

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readBytes(path)).object();
}

inline QString plain(const QString &text)
{
    return htmlToPlainText(text).simplified();
}

inline QString iso(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("null");
}

inline QDateTime goTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

/// The mismatches found in one pair.
struct Comparison {
    QStringList mismatches;

    void check(const QString &field, const QString &ours, const QString &expected)
    {
        if (ours != expected)
            mismatches.append(QStringLiteral("%1: ours \"%2\" expected \"%3\"").arg(field, ours, expected));
    }
    void checkDate(const QString &field, const QDateTime &ours, const QDateTime &expected)
    {
        if (ours != expected)
            mismatches.append(QStringLiteral("%1: ours %2 expected %3").arg(field, iso(ours), iso(expected)));
    }
};

inline QString formatOf(const QJsonObject &expected)
{
    const QString type = expected.value(QLatin1StringView("feedType")).toString();
    const QString version = expected.value(QLatin1StringView("feedVersion")).toString();
    if (type == u"rss") {
        if (version == u"1.0")
            return QStringLiteral("rss1.0");
        if (version.startsWith(u"0.9"))
            return QStringLiteral("rss0.9x");
        return QStringLiteral("rss2.0");
    }
    if (type == u"atom")
        return version == u"0.3" ? QStringLiteral("atom0.3") : QStringLiteral("atom1.0");
    return version == u"1.0" ? QStringLiteral("json1.0") : QStringLiteral("json1.1");
}

/// gofeed's dates of an object, with the "copied from the other" rule applied.
inline void compareDates(Comparison &c, const QString &where, const QJsonObject &expected,
    const QDateTime &published, const QDateTime &updated)
{
    const bool hasPublished = expected.contains(QLatin1StringView("published"));
    const bool hasUpdated = expected.contains(QLatin1StringView("updated"));
    const QDateTime expPublished = goTime(expected.value(QLatin1StringView("publishedParsed")));
    const QDateTime expUpdated = goTime(expected.value(QLatin1StringView("updatedParsed")));
    if (!(hasPublished && !expPublished.isValid())) {
        if (!published.isValid() && expPublished.isValid() && expPublished == expUpdated)
            c.checkDate(where + QStringLiteral(".published(from updated)"), updated, expPublished);
        else
            c.checkDate(where + QStringLiteral(".published"), published, expPublished);
    }
    if (!(hasUpdated && !expUpdated.isValid())) {
        if (!updated.isValid() && expUpdated.isValid() && expUpdated == expPublished)
            c.checkDate(where + QStringLiteral(".updated(from published)"), published, expUpdated);
        else
            c.checkDate(where + QStringLiteral(".updated"), updated, expUpdated);
    }
}

inline QString personName(const QJsonValue &person)
{
    const QJsonObject o = person.toObject();
    const QString name = o.value(QLatin1StringView("name")).toString();
    return name.isEmpty() ? o.value(QLatin1StringView("email")).toString() : name;
}

/// gofeed's `author`, else its `authors` (JSON Feed 1.1 gives only those).
inline QString authorNames(const QJsonObject &o)
{
    if (o.contains(QLatin1StringView("author")))
        return personName(o.value(QLatin1StringView("author")));
    QStringList names;
    for (const QJsonValue &a : o.value(QLatin1StringView("authors")).toArray())
        names.append(personName(a));
    return names.join(QLatin1StringView(", "));
}

inline QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

inline QStringList enclosureKeys(const QList<Enclosure> &enclosures)
{
    QStringList keys;
    for (const Enclosure &e : enclosures)
        keys.append(QStringLiteral("%1 %2 %3").arg(e.url, e.type).arg(e.length));
    return sorted(keys);
}

inline QStringList expectedEnclosureKeys(const QJsonArray &enclosures)
{
    QStringList keys;
    for (const QJsonValue &v : enclosures) {
        const QJsonObject o = v.toObject();
        const QJsonValue length = o.value(QLatin1StringView("length"));
        bool ok = false;
        const qint64 n = length.isString() ? length.toString().toLongLong(&ok) : qint64(length.toDouble(-1));
        keys.append(QStringLiteral("%1 %2 %3")
                        .arg(o.value(QLatin1StringView("url")).toString(),
                            o.value(QLatin1StringView("type")).toString())
                        .arg(length.isString() ? (ok ? n : -1) : n));
    }
    return sorted(keys);
}

inline QStringList toStringList(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &v : array)
        list.append(v.toString());
    return list;
}

/// Compares against gofeed's universal model (gofeed.Feed).
struct FolderScore {
    QString name;
    int pairs = 0;
    int passed = 0;
};

/// Runs every input/expected pair of a folder; `expectedSuffix` names the
/// expected file beside input X.ext.
inline FolderScore runFolder(const QString &folder, const QString &inputExt, const QString &expectedSuffix,
    Comparison (*compare)(const QByteArray &, const ParsedFeed &, const QJsonObject &))
{
    FolderScore score;
    score.name = folder;
    const QDir dir(kCorpus + QStringLiteral("/testdata/") + folder);
    const QStringList inputs = dir.entryList({ QStringLiteral("*") + inputExt }, QDir::Files, QDir::Name);
    for (const QString &input : inputs) {
        if (input.endsWith(u"_expected.json"))
            continue;
        const QString base = input.chopped(inputExt.size());
        const QString expectedPath = dir.filePath(base + expectedSuffix);
        if (!QFileInfo::exists(expectedPath))
            continue;
        ++score.pairs;
        const QByteArray bytes = readBytes(dir.filePath(input));
        const Comparison c = compare(bytes, parseFeed(bytes), readJson(expectedPath));
        if (c.mismatches.isEmpty()) {
            ++score.passed;
        } else {
            std::cout << "  gofeed mismatch " << qPrintable(folder) << '/' << qPrintable(input) << ":\n";
            for (const QString &m : c.mismatches)
                std::cout << "    " << qPrintable(m) << '\n';
        }
    }
    return score;
}

} // namespace gilde::gofeedtest
