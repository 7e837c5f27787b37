// End-to-end tests of `gilde links`: the real binary on a profile in a
// temporary folder.
#include "CliRun.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace
{

using Run = gilde::test::CliRun;

class Gilde
{
public:
    Gilde() { REQUIRE(m_dir.isValid()); }

    Run operator()(QStringList args, const QByteArray &stdinData = {}) const
    {
        args.prepend(m_dir.filePath(QStringLiteral("profile")));
        args.prepend(QStringLiteral("--profile"));
        return gilde::test::runGilde(args, stdinData);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

QJsonArray listJson(const Gilde &gilde, QStringList extra = {})
{
    Run r = gilde(QStringList { QStringLiteral("links"), QStringLiteral("--json") } + extra);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.json().isArray());
    return r.json().array();
}

QStringList fieldOf(const QJsonArray &array, const QString &field)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out << v.toObject().value(field).toString();
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("links add saves, and saving the same page again updates it", "[cli]")
{
    Gilde gilde;
    Run r = gilde({ QStringLiteral("links"), QStringLiteral("add"),
        QStringLiteral("HTTPS://Example.org/post/?utm_source=rss&id=3#top"), QStringLiteral("--tags"),
        QStringLiteral("Qt, c++,qt"), QStringLiteral("--note"), QStringLiteral("Worth reading"),
        QStringLiteral("--title"), QStringLiteral("A post") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith("Saved https://example.org/post?id=3"));

    r = gilde({ QStringLiteral("links"), QStringLiteral("add"), QStringLiteral("example.org/post?id=3"),
        QStringLiteral("--read-later") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith("Updated the existing link"));

    const QJsonArray links = listJson(gilde);
    REQUIRE(links.size() == 1);
    const QJsonObject l = links.first().toObject();
    CHECK(l.value(QStringLiteral("url")).toString() == QLatin1String("https://example.org/post?id=3"));
    CHECK(l.value(QStringLiteral("title")).toString() == QLatin1String("A post")); // kept
    CHECK(l.value(QStringLiteral("note")).toString() == QLatin1String("Worth reading"));
    CHECK(l.value(QStringLiteral("tags")).toArray()
        == QJsonArray { QStringLiteral("c++"), QStringLiteral("qt") });
    CHECK(l.value(QStringLiteral("readLater")).toBool());
    CHECK(l.value(QStringLiteral("pageText")).toString() == QLatin1String("pending"));

    CHECK(listJson(gilde, { QStringLiteral("--read-later") }).size() == 1);
    CHECK(listJson(gilde, { QStringLiteral("--tag"), QStringLiteral("QT") }).size() == 1);
    CHECK(listJson(gilde, { QStringLiteral("--tag"), QStringLiteral("rust") }).isEmpty());
    CHECK(listJson(gilde, { QStringLiteral("--search"), QStringLiteral("worth") }).size() == 1);
    CHECK(listJson(gilde, { QStringLiteral("--search"), QStringLiteral("\"(") }).isEmpty());

    r = gilde({ QStringLiteral("links") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("A post"));
    CHECK(r.out.contains("[c++, qt]"));

    r = gilde({ QStringLiteral("links"), QStringLiteral("add"), QStringLiteral("javascript:alert(1)") });
    CHECK(r.exitCode == 1);
    CHECK_FALSE(r.err.isEmpty());
    r = gilde({ QStringLiteral("links"), QStringLiteral("add") });
    CHECK(r.exitCode == 2);
    r = gilde({ QStringLiteral("links"), QStringLiteral("frobnicate") });
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("Usage:"));
}

TEST_CASE("links import, export and import again into another profile keeps every link", "[cli]")
{
    Gilde first;
    const QString firefox = QStringLiteral(GILDE_FIXTURES "/bookmarks/firefox.html");
    Run r = first({ QStringLiteral("links"), QStringLiteral("import"), firefox });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.trimmed() == "Imported 7 links (1 without a web address, skipped)");
    r = first(
        { QStringLiteral("links"), QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--json") },
        gilde::test::fixture(QStringLiteral("bookmarks/pinboard.html")));
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object().value(QStringLiteral("added")).toInt() == 3);

    const QString exported = first.path(QStringLiteral("export.html"));
    r = first({ QStringLiteral("links"), QStringLiteral("export"), exported });
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.trimmed().startsWith("Exported 10 links to"));

    Gilde second;
    r = second({ QStringLiteral("links"), QStringLiteral("import"), exported });
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.trimmed() == "Imported 10 links");

    const QJsonArray a = listJson(first);
    const QJsonArray b = listJson(second);
    REQUIRE(a.size() == 10);
    REQUIRE(b.size() == a.size());
    for (const char *field : { "url", "title", "note", "saved", "updated" })
        CHECK(fieldOf(a, QLatin1String(field)) == fieldOf(b, QLatin1String(field)));
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonObject x = a.at(i).toObject();
        const QJsonObject y = b.at(i).toObject();
        INFO(x.value(QStringLiteral("url")).toString().toStdString());
        CHECK(x.value(QStringLiteral("tags")) == y.value(QStringLiteral("tags")));
        CHECK(x.value(QStringLiteral("private")) == y.value(QStringLiteral("private")));
        CHECK(x.value(QStringLiteral("readLater")) == y.value(QStringLiteral("readLater")));
    }

    // The second export is the same file.
    const QString again = second.path(QStringLiteral("again.html"));
    REQUIRE(second({ QStringLiteral("links"), QStringLiteral("export"), again }).exitCode == 0);
    CHECK(readFile(again) == readFile(exported));

    // A tag as a Markdown reading list, on standard output.
    r = first({ QStringLiteral("links"), QStringLiteral("export"), QStringLiteral("-"),
        QStringLiteral("--tag"), QStringLiteral("web-development"), QStringLiteral("--markdown") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith("# web-development\n\n- [Learn web development"));
    CHECK(r.out.count("\n- [") == 2);

    r = first({ QStringLiteral("links"), QStringLiteral("import"), QStringLiteral(GILDE_FIXTURES "/opml/") });
    CHECK(r.exitCode == 1);
    const QString notBookmarks = first.path(QStringLiteral("not.html"));
    {
        QFile f(notBookmarks);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("<html><body>hello</body></html>");
    }
    r = first({ QStringLiteral("links"), QStringLiteral("import"), notBookmarks });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("not a bookmarks file"));
}

TEST_CASE("links tags, rename-tag (merging) and delete-tag", "[cli]")
{
    Gilde gilde;
    const auto add = [&](const char *url, const char *tags) {
        const Run r = gilde({ QStringLiteral("links"), QStringLiteral("add"), QLatin1String(url),
            QStringLiteral("--tags"), QLatin1String(tags) });
        REQUIRE(r.exitCode == 0);
    };
    add("https://a.example/", "python,py");
    add("https://b.example/", "python");
    add("https://c.example/", "py,scripts");

    Run r = gilde({ QStringLiteral("links"), QStringLiteral("tags"), QStringLiteral("--json") });
    REQUIRE(r.exitCode == 0);
    const QJsonArray tags = r.json().array();
    REQUIRE(tags.size() == 3);
    CHECK(tags.at(0).toObject().value(QStringLiteral("tag")).toString() == QLatin1String("py"));
    CHECK(tags.at(0).toObject().value(QStringLiteral("count")).toInt() == 2);

    r = gilde({ QStringLiteral("links"), QStringLiteral("rename-tag"), QStringLiteral("py"),
        QStringLiteral("python") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.trimmed() == "Merged tag py into python");
    r = gilde({ QStringLiteral("links"), QStringLiteral("tags") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == "     3  python\n     1  scripts\n");

    r = gilde({ QStringLiteral("links"), QStringLiteral("rename-tag"), QStringLiteral("scripts"),
        QStringLiteral("Shell") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.trimmed() == "Renamed tag scripts to shell");

    r = gilde({ QStringLiteral("links"), QStringLiteral("delete-tag"), QStringLiteral("python") });
    REQUIRE(r.exitCode == 0);
    CHECK(listJson(gilde).size() == 3);
    r = gilde({ QStringLiteral("links"), QStringLiteral("tags") });
    CHECK(r.out == "     1  shell\n");

    r = gilde({ QStringLiteral("links"), QStringLiteral("delete-tag"), QStringLiteral("python") });
    CHECK(r.exitCode == 1);
    r = gilde({ QStringLiteral("links"), QStringLiteral("rename-tag"), QStringLiteral("nope"),
        QStringLiteral("x") });
    CHECK(r.exitCode == 1);
    r = gilde({ QStringLiteral("links"), QStringLiteral("rename-tag"), QStringLiteral("shell") });
    CHECK(r.exitCode == 2);
}
