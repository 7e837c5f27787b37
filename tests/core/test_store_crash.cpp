#include "TestSupport.h"
#include "test_store_support.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>

#include <cstdio>

using namespace gilde;
using namespace gilde::test;

namespace
{
constexpr int BatchSize = 500;
const char *const WriterDbVariable = "GILDE_STORE_CRASH_DB";
} // namespace

// The child side of the durability test below: writes batches until killed
// (or for at most a minute), saying after each commit which batch is in.
// Hidden from normal runs by the [.] tag.
TEST_CASE("store crash writer", "[.][store-crash-writer]")
{
    const QString path = qEnvironmentVariable(WriterDbVariable);
    if (path.isEmpty())
        return;
    auto opened = Database::open(path);
    REQUIRE(opened.status == Database::Status::Ok);
    SourceStore sources(*opened.db);
    ItemStore items(*opened.db);
    const qint64 sid = addSource(sources, QStringLiteral("https://example.org/crash"));
    QDeadlineTimer deadline(60000);
    for (int batch = 0; batch < 100000 && !deadline.hasExpired(); ++batch) {
        QList<Item> list;
        for (int i = 0; i < BatchSize; ++i)
            list << makeItem(QStringLiteral("b%1-%2").arg(batch).arg(i), batch * 1000 + i, {},
                QString(600, QLatin1Char('z')));
        REQUIRE(items.upsert(sid, list).added == BatchSize);
        std::printf("committed %d\n", batch);
        std::fflush(stdout);
        if (batch % 3 == 0)
            items.indexPending();
    }
}

TEST_CASE("a writer killed mid-ingest leaves whole batches and a sound file", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(WriterDbVariable), path);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("[store-crash-writer]") });
    REQUIRE(child.waitForStarted(10000));

    int lastCommitted = -1;
    QByteArray output;
    const bool enough = waitUntil(
        [&] {
            output += child.readAllStandardOutput();
            const QList<QByteArray> lines = output.split('\n');
            for (const QByteArray &line : lines) {
                if (line.startsWith("committed "))
                    lastCommitted = std::max(lastCommitted, line.mid(10).toInt());
            }
            return lastCommitted >= 4 || child.state() == QProcess::NotRunning;
        },
        60000);
    child.kill(); // SIGKILL, mid-batch most likely
    REQUIRE(child.waitForFinished(10000));
    REQUIRE(enough);
    REQUIRE(lastCommitted >= 4);

    auto opened = Database::open(path);
    INFO(opened.message.toStdString());
    REQUIRE(opened.status == Database::Status::Ok);
    CHECK(opened.db->integrityCheck());

    QSqlQuery q(opened.db->connection());
    REQUIRE(
        q.exec(QStringLiteral("SELECT substr(remote_id, 1, instr(remote_id, '-') - 1), count(*) FROM items "
                              "GROUP BY 1")));
    int batches = 0;
    QSet<QString> present;
    while (q.next()) {
        ++batches;
        present.insert(q.value(0).toString());
        CHECK(q.value(1).toInt() == BatchSize); // never half a batch
    }
    q.finish();
    CHECK(batches >= lastCommitted + 1);
    for (int b = 0; b <= lastCommitted; ++b)
        CHECK(present.contains(QStringLiteral("b%1").arg(b)));

    // The search index is whole too: catching up after the crash works.
    ItemStore items(*opened.db);
    items.indexPending();
    CHECK(items.pendingIndexCount() == 0);
    CHECK(items.checkSearchIndex());
}
