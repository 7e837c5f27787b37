#include "Engine.h"
#include "FirstRun.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "model/Account.h"
#include "model/Column.h"
#include "model/Link.h"
#include "store/AccountStore.h"
#include "store/ColumnStore.h"
#include "store/LinkStore.h"
#include "store/SourceStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <optional>

using namespace gilde;

namespace
{

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// The pid of a process that has just ended: certainly not running.
qint64 deadPid()
{
    QProcess p;
    p.start(QStringLiteral("/bin/true"), {});
    REQUIRE(p.waitForStarted(5000));
    const qint64 pid = p.processId();
    REQUIRE(p.waitForFinished(5000));
    return pid;
}

} // namespace

TEST_CASE("open creates the profile, and knows a new one from an old one", "[engine]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.path() + QStringLiteral("/a/b/profile");
    {
        Engine::Opened opened = Engine::open(dir);
        REQUIRE(opened.status == Engine::Status::Ok);
        REQUIRE(opened.engine);
        CHECK(opened.engine->isNewProfile());
        CHECK(opened.engine->profileDir() == QDir(dir).absolutePath());
        CHECK(QFileInfo::exists(dir + QStringLiteral("/gilde.sqlite")));
        CHECK(QFileInfo::exists(dir + QStringLiteral("/gilde.lock")));
    }
    CHECK_FALSE(QFileInfo::exists(dir + QStringLiteral("/gilde.lock")));
    Engine::Opened again = Engine::open(dir);
    REQUIRE(again.status == Engine::Status::Ok);
    CHECK_FALSE(again.engine->isNewProfile());
}

TEST_CASE("A second open of a profile in use is refused", "[engine]")
{
    QTemporaryDir tmp;
    Engine::Opened first = Engine::open(tmp.path());
    REQUIRE(first.status == Engine::Status::Ok);

    Engine::Opened second = Engine::open(tmp.path());
    CHECK(second.status == Engine::Status::Locked);
    CHECK_FALSE(second.engine);
    CHECK(second.message.startsWith(QLatin1String("Gilde is already running with this profile")));
    CHECK(second.message.contains(QLatin1String("--profile")));

    first.engine.reset();
    Engine::Opened third = Engine::open(tmp.path());
    CHECK(third.status == Engine::Status::Ok);
}

TEST_CASE("A lock left by a process that is gone does not block", "[engine]")
{
    QTemporaryDir tmp;
    // QLockFile's own format: pid, application name, host name.
    writeFile(tmp.path() + QStringLiteral("/gilde.lock"),
        QByteArray::number(deadPid()) + '\n' + QCoreApplication::applicationName().toUtf8() + '\n'
            + QSysInfo::machineHostName().toUtf8() + '\n');
    Engine::Opened opened = Engine::open(tmp.path());
    CHECK(opened.status == Engine::Status::Ok);
    CHECK(opened.engine);
}

TEST_CASE("A corrupt database is reported as Corrupt and left alone", "[engine]")
{
    QTemporaryDir tmp;
    const QByteArray junk = QByteArray("this is not a database at all\n").repeated(200);
    writeFile(tmp.path() + QStringLiteral("/gilde.sqlite"), junk);
    Engine::Opened opened = Engine::open(tmp.path());
    CHECK(opened.status == Engine::Status::Corrupt);
    CHECK_FALSE(opened.engine);
    CHECK_FALSE(opened.message.isEmpty());
    QFile f(tmp.path() + QStringLiteral("/gilde.sqlite"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == junk);

    // The refusal released the lock: after fixing the file the profile opens.
    QFile::remove(tmp.path() + QStringLiteral("/gilde.sqlite"));
    CHECK(Engine::open(tmp.path()).status == Engine::Status::Ok);
}

TEST_CASE("defaultProfileDir follows GILDE_PROFILE", "[engine]")
{
    const QByteArray saved = qgetenv("GILDE_PROFILE");
    qputenv("GILDE_PROFILE", "/tmp/some-gilde-profile");
    CHECK(Engine::defaultProfileDir() == QLatin1String("/tmp/some-gilde-profile"));
    qunsetenv("GILDE_PROFILE");
    CHECK_FALSE(Engine::defaultProfileDir().isEmpty());
    if (!saved.isEmpty())
        qputenv("GILDE_PROFILE", saved);
}

TEST_CASE("A new profile is seeded with the starter feeds and a welcome tab", "[engine]")
{
    QTemporaryDir tmp;
    Engine::Opened opened = Engine::open(tmp.path());
    REQUIRE(opened.engine);
    Engine &engine = *opened.engine;
    const SeedResult seeded
        = seedNewProfile(engine, QStringLiteral(GILDE_FIXTURES "/../../resources/starter.opml"));
    CHECK(seeded.error.isEmpty());
    CHECK(seeded.feedsAdded == 12);
    CHECK(engine.sources().all().size() == 12);

    const QList<Tab> tabs = engine.columns().tabs();
    REQUIRE(tabs.size() == 1);
    CHECK(tabs[0].title == QLatin1String("Welcome"));
    CHECK(tabs[0].id == seeded.tabId);
    const QList<Column> columns = engine.columns().columns(seeded.tabId);
    REQUIRE(columns.size() == 5);
    CHECK(columns[0].title == QLatin1String("All unread"));
    CHECK(columns[0].spec.kind == StreamSpec::Kind::Unread);
    CHECK(columns[1].title == QLatin1String("Learning"));
    CHECK(columns[1].spec.kind == StreamSpec::Kind::Folder);
    CHECK(columns[1].spec.folder == QLatin1String("Learning"));
    CHECK(columns[2].title == QLatin1String("Technology"));
    CHECK(columns[3].title == QLatin1String("Nederlands"));
    CHECK(columns[4].title == QLatin1String("Starred"));
    CHECK(columns[4].spec.kind == StreamSpec::Kind::Starred);
}

TEST_CASE("Seeding from a missing file still builds the tab and says why", "[engine]")
{
    QTemporaryDir tmp;
    Engine::Opened opened = Engine::open(tmp.path());
    REQUIRE(opened.engine);
    const SeedResult seeded = seedNewProfile(*opened.engine, tmp.path() + QStringLiteral("/missing.opml"));
    CHECK_FALSE(seeded.error.isEmpty());
    CHECK(seeded.feedsAdded == 0);
    const QList<Column> columns = opened.engine->columns().columns(seeded.tabId);
    REQUIRE(columns.size() == 2);
    CHECK(columns[0].spec.kind == StreamSpec::Kind::Unread);
    CHECK(columns[1].spec.kind == StreamSpec::Kind::Starred);
}

TEST_CASE("Removing the Shaarli account unlinks the links from that server", "[engine][links]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.path() + QStringLiteral("/profile");
    qint64 account = 0;
    qint64 linkId = 0;
    {
        Engine::Opened opened = Engine::open(dir);
        REQUIRE(opened.status == Engine::Status::Ok);
        Account a;
        a.kind = QStringLiteral("shaarli");
        a.server = QUrl(QStringLiteral("http://127.0.0.1:9/"));
        account = opened.engine->accountStore().add(a);
        REQUIRE(account > 0);
        Link link;
        link.url = QUrl(QStringLiteral("https://example.org/kept"));
        link.title = QStringLiteral("Kept");
        const LinkStore::Saved saved = opened.engine->links().save(link);
        REQUIRE(saved.ok);
        linkId = saved.id;
        REQUIRE(opened.engine->links().setRemote(linkId, QStringLiteral("42"), 1000));
    }
    Engine::Opened opened = Engine::open(dir);
    REQUIRE(opened.status == Engine::Status::Ok);
    REQUIRE(opened.engine->linkSyncAccount() == account);
    std::optional<bool> removed;
    opened.engine->accounts().remove(account, [&](bool ok, const QString &) { removed = ok; });
    REQUIRE(gilde::test::waitUntil([&] { return removed.has_value(); }, 15000));
    CHECK(opened.engine->linkSyncAccount() == 0);
    const auto link = opened.engine->links().byId(linkId);
    REQUIRE(link);
    CHECK(link->remoteId.isEmpty());
    CHECK(link->url.toString().contains(QLatin1String("example.org/kept")));
}
