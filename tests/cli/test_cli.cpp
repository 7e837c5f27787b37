// End-to-end tests of the command line: the real gilde binary in a child
// process, with no display, on a profile in a temporary folder.
#include "CliRun.h"
#include "TestHttpServer.h"
#include "TestSupport.h"
#include "core/Engine.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace gilde;

namespace
{

using Run = gilde::test::CliRun;
using gilde::test::runGilde;

QString profileArg(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("profile"));
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

QByteArray opmlFor(const QList<std::pair<QString, QUrl>> &feeds)
{
    QByteArray out = "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>"
                     "<outline text=\"Test\">";
    for (const auto &[title, url] : feeds) {
        out += "<outline type=\"rss\" text=\"" + title.toUtf8() + "\" xmlUrl=\""
            + url.toString(QUrl::FullyEncoded).toUtf8() + "\"/>";
    }
    return out + "</outline></body></opml>";
}

// A profile subscribed to two good feeds and one that answers 500.
struct RefreshFixture {
    QTemporaryDir dir;
    test::TestHttpServer server;
    QString profile;

    RefreshFixture()
    {
        REQUIRE(dir.isValid());
        REQUIRE(server.listen());
        server.route("/alpha.rss",
            test::TestResponse::ok(test::fixture(QStringLiteral("cli/feed-a.rss")))
                .header("ETag", "\"alpha-1\""));
        server.route("/beta.atom",
            test::TestResponse::ok(test::fixture(QStringLiteral("cli/feed-b.atom")), "application/atom+xml"));
        server.route("/broken.rss", test::TestResponse::error(500, "oops"));
        profile = profileArg(dir);
        const QString opml = writeFile(dir, QStringLiteral("three.opml"),
            opmlFor({ { QStringLiteral("Alpha"), server.url(QStringLiteral("/alpha.rss")) },
                { QStringLiteral("Beta"), server.url(QStringLiteral("/beta.atom")) },
                { QStringLiteral("Broken"), server.url(QStringLiteral("/broken.rss")) } }));
        const Run imported
            = runGilde({ QStringLiteral("import-opml"), opml, QStringLiteral("--profile"), profile });
        REQUIRE(imported.exitCode == 0);
    }
};

} // namespace

TEST_CASE("feed-dump prints a feed file as JSON", "[cli]")
{
    const Run r = runGilde({ QStringLiteral("feed-dump"), QStringLiteral(GILDE_FIXTURES "/cli/sample.rss") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject feed = doc.object();
    CHECK(feed.value(QStringLiteral("format")).toString() == QStringLiteral("rss2.0"));
    CHECK(feed.value(QStringLiteral("title")).toString() == QStringLiteral("Sample & Co"));
    CHECK(feed.value(QStringLiteral("link")).toString() == QStringLiteral("https://sample.example/"));
    CHECK(feed.value(QStringLiteral("language")).toString() == QStringLiteral("nl"));
    CHECK(feed.value(QStringLiteral("updated")).isNull());
    CHECK(feed.value(QStringLiteral("warnings")).isArray());

    const QJsonArray entries = feed.value(QStringLiteral("entries")).toArray();
    REQUIRE(entries.size() == 2);
    const QJsonObject first = entries.at(0).toObject();
    CHECK(first.value(QStringLiteral("id")).toString() == QStringLiteral("post-2"));
    CHECK(first.value(QStringLiteral("title")).toString() == QStringLiteral("Second post"));
    CHECK(first.value(QStringLiteral("link")).toString() == QStringLiteral("https://sample.example/2"));
    CHECK(first.value(QStringLiteral("author")).toString() == QStringLiteral("Ann Author"));
    CHECK(first.value(QStringLiteral("published")).toString() == QStringLiteral("2024-05-01T09:30:00Z"));
    CHECK(
        first.value(QStringLiteral("categories")).toArray().first().toString() == QStringLiteral("learning"));
    const QString summary = first.value(QStringLiteral("summary")).toString();
    CHECK(summary.contains(QStringLiteral("world")));
    CHECK_FALSE(summary.contains(QStringLiteral("<script")));
    const QJsonObject enclosure = first.value(QStringLiteral("enclosures")).toArray().first().toObject();
    CHECK(
        enclosure.value(QStringLiteral("url")).toString() == QStringLiteral("https://sample.example/a.mp3"));
    CHECK(enclosure.value(QStringLiteral("type")).toString() == QStringLiteral("audio/mpeg"));
    CHECK(enclosure.value(QStringLiteral("length")).toInteger() == 1234);
    CHECK(entries.at(1).toObject().value(QStringLiteral("author")).isNull());
}

TEST_CASE("feed-dump fetches a URL and fails clearly", "[cli]")
{
    test::TestHttpServer server;
    REQUIRE(server.listen());
    server.route("/sample.rss", test::TestResponse::ok(test::fixture(QStringLiteral("cli/sample.rss"))));
    server.route("/gone", test::TestResponse::error(410));

    const Run ok
        = runGilde({ QStringLiteral("feed-dump"), server.url(QStringLiteral("/sample.rss")).toString() });
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.json().object().value(QStringLiteral("entries")).toArray().size() == 2);

    const Run gone
        = runGilde({ QStringLiteral("feed-dump"), server.url(QStringLiteral("/gone")).toString() });
    CHECK(gone.exitCode == 1);
    CHECK(gone.out.isEmpty());
    CHECK_FALSE(gone.err.isEmpty());

    const Run notFeed
        = runGilde({ QStringLiteral("feed-dump"), QStringLiteral(GILDE_FIXTURES "/opml/nested.opml") });
    CHECK(notFeed.exitCode == 1);
    CHECK_FALSE(notFeed.err.isEmpty());

    const Run missing = runGilde({ QStringLiteral("feed-dump"), QStringLiteral("/nonexistent/feed.xml") });
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains("/nonexistent/feed.xml"));
}

TEST_CASE("Usage errors exit with 2 and say how to use it", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString profile = profileArg(dir);

    const Run unknown = runGilde({ QStringLiteral("frobnicate"), QStringLiteral("--profile"), profile });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains("frobnicate"));
    CHECK(unknown.err.contains("Usage"));

    const Run badOption = runGilde(
        { QStringLiteral("items"), QStringLiteral("--bogus"), QStringLiteral("--profile"), profile });
    CHECK(badOption.exitCode == 2);
    CHECK(badOption.err.contains("bogus"));

    const Run missingArg = runGilde({ QStringLiteral("feed-dump") });
    CHECK(missingArg.exitCode == 2);
    CHECK(missingArg.err.contains("feed-dump"));

    const Run missingValue = runGilde(
        { QStringLiteral("items"), QStringLiteral("--profile"), profile, QStringLiteral("--limit") });
    CHECK(missingValue.exitCode == 2);

    const Run badLimit = runGilde({ QStringLiteral("items"), QStringLiteral("--limit"),
        QStringLiteral("many"), QStringLiteral("--profile"), profile });
    CHECK(badLimit.exitCode == 2);

    const Run twoSelectors
        = runGilde({ QStringLiteral("items"), QStringLiteral("--source"), QStringLiteral("1"),
            QStringLiteral("--search"), QStringLiteral("x"), QStringLiteral("--profile"), profile });
    CHECK(twoSelectors.exitCode == 2);

    const Run help = runGilde({ QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("refresh"));
    CHECK(help.out.contains("import-opml"));

    const Run commandHelp = runGilde({ QStringLiteral("items"), QStringLiteral("--help") });
    CHECK(commandHelp.exitCode == 0);
    CHECK(commandHelp.out.contains("--search"));

    const Run version = runGilde({ QStringLiteral("--version") });
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith("gilde " GILDE_VERSION));
}

TEST_CASE("import-opml then export-opml keeps feeds, folders and titles", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString profile = profileArg(dir);
    const QString opml = QStringLiteral(GILDE_FIXTURES "/opml/nested.opml");

    const Run imported
        = runGilde({ QStringLiteral("import-opml"), opml, QStringLiteral("--profile"), profile });
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains("4"));

    const Run again = runGilde({ QStringLiteral("--profile"), profile, QStringLiteral("import-opml"), opml,
        QStringLiteral("--json") });
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().object().value(QStringLiteral("added")).toInt() == 0);
    CHECK(again.json().object().value(QStringLiteral("existing")).toInt() == 4);

    const Run toStdout = runGilde({ QStringLiteral("export-opml"), QStringLiteral("--profile"), profile });
    REQUIRE(toStdout.exitCode == 0);
    CHECK(toStdout.out.contains("<opml version=\"2.0\">"));
    CHECK(toStdout.out.contains("https://deep.example/atom.xml"));
    CHECK(toStdout.out.contains("text=\"Deep\""));
    CHECK(toStdout.out.contains("Harold Jarche"));

    const QString exported = dir.filePath(QStringLiteral("out.opml"));
    const Run toFile
        = runGilde({ QStringLiteral("export-opml"), exported, QStringLiteral("--profile"), profile });
    REQUIRE(toFile.exitCode == 0);
    CHECK(toFile.out.isEmpty());

    // A fresh profile importing the export ends up with the same sources.
    const QString second = dir.filePath(QStringLiteral("second"));
    REQUIRE(
        runGilde({ QStringLiteral("import-opml"), exported, QStringLiteral("--profile"), second }).exitCode
        == 0);
    const Run a = runGilde(
        { QStringLiteral("sources"), QStringLiteral("--json"), QStringLiteral("--profile"), profile });
    const Run b = runGilde(
        { QStringLiteral("sources"), QStringLiteral("--json"), QStringLiteral("--profile"), second });
    REQUIRE(a.exitCode == 0);
    REQUIRE(b.exitCode == 0);
    auto summary = [](const Run &r) {
        QStringList rows;
        for (const auto &v : r.json().array()) {
            const QJsonObject o = v.toObject();
            rows << o.value(QStringLiteral("url")).toString() + u'|'
                    + o.value(QStringLiteral("folder")).toString() + u'|'
                    + o.value(QStringLiteral("title")).toString();
        }
        rows.sort();
        return rows;
    };
    CHECK(summary(a).size() == 4);
    CHECK(summary(a) == summary(b));
    CHECK(summary(a).contains(QStringLiteral("https://deep.example/atom.xml|Learning/Deep|Deep One")));

    const Run badOpml = runGilde({ QStringLiteral("import-opml"),
        QStringLiteral(GILDE_FIXTURES "/opml/broken.opml"), QStringLiteral("--profile"), profile });
    CHECK(badOpml.exitCode == 1);
    CHECK_FALSE(badOpml.err.isEmpty());
}

TEST_CASE("refresh fetches due feeds, reports failures, and items lists them", "[cli]")
{
    RefreshFixture f;

    const Run refresh = runGilde({ QStringLiteral("refresh"), QStringLiteral("--profile"), f.profile });
    INFO(refresh.err.toStdString());
    REQUIRE(refresh.exitCode == 0);
    const QString line = QString::fromUtf8(refresh.out).trimmed();
    CHECK(line.startsWith(QStringLiteral("Refreshed 3 feeds in ")));
    CHECK(line.contains(QStringLiteral("2 changed")));
    CHECK(line.contains(QStringLiteral("1 failed")));
    CHECK(line.contains(QStringLiteral("5 new items")));
    CHECK(refresh.err.contains("/broken.rss"));
    CHECK(f.server.requestCount("/broken.rss") >= 1);

    SECTION("items --json, newest first")
    {
        const Run items = runGilde(
            { QStringLiteral("items"), QStringLiteral("--json"), QStringLiteral("--profile"), f.profile });
        REQUIRE(items.exitCode == 0);
        const QJsonArray array = items.json().array();
        REQUIRE(array.size() == 5);
        QStringList titles;
        QString previous;
        for (const auto &v : array) {
            const QJsonObject o = v.toObject();
            titles << o.value(QStringLiteral("title")).toString();
            const QString published = o.value(QStringLiteral("published")).toString();
            if (!previous.isEmpty())
                CHECK(published <= previous);
            previous = published;
            CHECK(o.value(QStringLiteral("id")).toInteger() > 0);
            CHECK(o.value(QStringLiteral("read")).toBool() == false);
            CHECK(o.contains(QStringLiteral("excerpt")));
        }
        CHECK(titles
            == QStringList({ QStringLiteral("Alpha three about zebras"), QStringLiteral("Beta two"),
                QStringLiteral("Alpha two"), QStringLiteral("Beta one"), QStringLiteral("Alpha one") }));
        const QJsonObject top = array.first().toObject();
        CHECK(top.value(QStringLiteral("published")).toString() == QStringLiteral("2024-05-03T12:00:00Z"));
        CHECK(top.value(QStringLiteral("url")).toString() == QStringLiteral("http://127.0.0.1/alpha/3"));
        CHECK(array.at(1).toObject().value(QStringLiteral("author")).toString() == QStringLiteral("Bea"));

        const Run limited = runGilde({ QStringLiteral("items"), QStringLiteral("--json"),
            QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--profile"), f.profile });
        REQUIRE(limited.exitCode == 0);
        CHECK(limited.json().array().size() == 2);

        const Run human = runGilde({ QStringLiteral("items"), QStringLiteral("--profile"), f.profile });
        REQUIRE(human.exitCode == 0);
        const QStringList lines = QString::fromUtf8(human.out).split(u'\n', Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 5);
        CHECK(lines.first().contains(QStringLiteral("2024-05-0")));
        CHECK(lines.first().contains(QStringLiteral("Alpha three about zebras")));
        CHECK(lines.first().contains(QStringLiteral("Alpha")));
    }

    SECTION("items --search and --source")
    {
        const Run search = runGilde({ QStringLiteral("items"), QStringLiteral("--search"),
            QStringLiteral("zebra"), QStringLiteral("--json"), QStringLiteral("--profile"), f.profile });
        INFO(search.err.toStdString());
        REQUIRE(search.exitCode == 0);
        const QJsonArray found = search.json().array();
        REQUIRE(found.size() == 1);
        CHECK(found.first().toObject().value(QStringLiteral("title")).toString()
            == QStringLiteral("Alpha three about zebras"));

        const Run sources = runGilde(
            { QStringLiteral("sources"), QStringLiteral("--json"), QStringLiteral("--profile"), f.profile });
        REQUIRE(sources.exitCode == 0);
        qint64 betaId = 0;
        for (const auto &v : sources.json().array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("url")).toString().endsWith(QStringLiteral("/beta.atom")))
                betaId = o.value(QStringLiteral("id")).toInteger();
            if (o.value(QStringLiteral("url")).toString().endsWith(QStringLiteral("/broken.rss"))) {
                CHECK_FALSE(o.value(QStringLiteral("lastError")).toString().isEmpty());
            } else {
                CHECK(o.value(QStringLiteral("lastError")).isNull());
                CHECK_FALSE(o.value(QStringLiteral("lastRefresh")).isNull());
            }
        }
        REQUIRE(betaId > 0);
        const Run beta = runGilde({ QStringLiteral("items"), QStringLiteral("--source"),
            QString::number(betaId), QStringLiteral("--json"), QStringLiteral("--profile"), f.profile });
        REQUIRE(beta.exitCode == 0);
        CHECK(beta.json().array().size() == 2);

        const Run one = runGilde({ QStringLiteral("refresh"), QStringLiteral("--source"),
            QString::number(betaId), QStringLiteral("--profile"), f.profile });
        INFO(one.err.toStdString());
        REQUIRE(one.exitCode == 0);
        CHECK(QString::fromUtf8(one.out).startsWith(QStringLiteral("Refreshed 1 feed in ")));
        CHECK(f.server.requestCount("/beta.atom") == 2);
        CHECK(f.server.requestCount("/alpha.rss") == 1);
    }

    SECTION("a second round: nothing due, --all revalidates")
    {
        const Run again = runGilde({ QStringLiteral("refresh"), QStringLiteral("--profile"), f.profile });
        REQUIRE(again.exitCode == 0);
        CHECK(f.server.requestCount("/alpha.rss") == 1);

        const Run all = runGilde({ QStringLiteral("refresh"), QStringLiteral("--all"),
            QStringLiteral("--json"), QStringLiteral("--profile"), f.profile });
        INFO(all.err.toStdString());
        REQUIRE(all.exitCode == 0);
        const QJsonObject summary = all.json().object();
        CHECK(summary.value(QStringLiteral("sources")).toInt() == 3);
        CHECK(summary.value(QStringLiteral("failed")).toInt() == 1);
        CHECK(summary.value(QStringLiteral("added")).toInt() == 0);
        CHECK(summary.value(QStringLiteral("failures")).toArray().size() == 1);
        CHECK(f.server.requestCount("/alpha.rss") == 2);
        CHECK(f.server.requests("/alpha.rss").last().header("if-none-match") == "\"alpha-1\"");
    }

    SECTION("refresh --source of an unknown id fails")
    {
        const Run r = runGilde({ QStringLiteral("refresh"), QStringLiteral("--source"), QStringLiteral("999"),
            QStringLiteral("--profile"), f.profile });
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("999"));
    }
}

TEST_CASE("A profile in use by another process is refused", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString profile = profileArg(dir);
    Engine::Opened held = Engine::open(profile);
    REQUIRE(held.engine);

    const Run r = runGilde({ QStringLiteral("sources"), QStringLiteral("--profile"), profile });
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains("already running"));

    held.engine.reset();
    CHECK(runGilde({ QStringLiteral("sources"), QStringLiteral("--profile"), profile }).exitCode == 0);
}

TEST_CASE("A corrupt profile database is refused and left as it was", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString profile = profileArg(dir);
    REQUIRE(QDir().mkpath(profile));
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char((i * 7919 + 13) % 251));
    const QString dbPath = writeFile(dir, QStringLiteral("profile/gilde.sqlite"), garbage);

    for (const QString &command :
        { QStringLiteral("sources"), QStringLiteral("refresh"), QStringLiteral("items") }) {
        const Run r = runGilde({ command, QStringLiteral("--profile"), profile });
        INFO(command.toStdString());
        CHECK(r.exitCode == 1);
        CHECK_FALSE(r.crashed);
        CHECK_FALSE(r.err.trimmed().isEmpty());
        CHECK(r.out.isEmpty());
    }
    CHECK(test::fixture(dbPath) == garbage);
}

TEST_CASE("Commands on an empty profile succeed with nothing to show", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString profile = profileArg(dir);

    const Run refresh = runGilde({ QStringLiteral("refresh"), QStringLiteral("--profile"), profile });
    CHECK(refresh.exitCode == 0);
    const Run items = runGilde(
        { QStringLiteral("items"), QStringLiteral("--json"), QStringLiteral("--profile"), profile });
    CHECK(items.exitCode == 0);
    CHECK(items.json().isArray());
    CHECK(items.json().array().isEmpty());
    const Run columns = runGilde(
        { QStringLiteral("columns"), QStringLiteral("--json"), QStringLiteral("--profile"), profile });
    CHECK(columns.exitCode == 0);
    CHECK(columns.json().isArray());

    // GILDE_PROFILE is honoured like --profile.
    QProcess p;
    QProcessEnvironment env = gilde::test::headlessEnvironment();
    env.insert(QStringLiteral("GILDE_PROFILE"), dir.filePath(QStringLiteral("from-env")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GILDE_BINARY), { QStringLiteral("sources") });
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 0);
    CHECK(QDir(dir.filePath(QStringLiteral("from-env"))).exists());
}
