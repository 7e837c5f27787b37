// The outbox view and the status pill on a real profile: queued and failed
// entries with their state and error, Retry, Discard, live updates.
#include "core/store/AccountStore.h"
#include "core/store/OutboxStore.h"
#include "core/sync/Outbox.h"
#include "test_links_support.h"
#include "ui/MainWindow.h"
#include "ui/common/StatusPill.h"
#include "ui/common/Theme.h"
#include "ui/links/LibraryMenu.h"
#include "ui/outbox/OutboxDialog.h"
#include "ui/outbox/OutboxModel.h"
#include "ui/outbox/OutboxStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>

using namespace gilde;
using namespace gilde::test;

namespace
{

struct OutboxFixture {
    DashboardProfile p;
    qint64 account = 0;
    qint64 queued = 0;
    qint64 failed = 0;

    OutboxFixture()
    {
        Account a;
        a.kind = QStringLiteral("shaarli");
        a.server = QUrl(QStringLiteral("http://127.0.0.1:9/shaarli"));
        a.displayName = QStringLiteral("My links");
        account = p.engine->accountStore().add(a);
        REQUIRE(account > 0);
        // Nothing is sent while the test looks.
        p.engine->outbox().setOnline(false);
        queued = enqueue(QStringLiteral("shaarli.save"), QStringLiteral("Seek > Sense > Share"),
            QStringLiteral("https://jarche.com/pkm"));
        failed = enqueue(QStringLiteral("shaarli.delete"), {}, QStringLiteral("https://example.org/gone"));
        REQUIRE(p.engine->outboxStore().markFailed(
            failed, QStringLiteral("400: the link is invalid"), QDateTime::currentMSecsSinceEpoch()));
    }

    qint64 enqueue(const QString &action, const QString &title, const QString &url)
    {
        QJsonObject payload { { QStringLiteral("url"), url } };
        if (!title.isEmpty())
            payload.insert(QStringLiteral("title"), title);
        const qint64 id = p.engine->outbox().enqueue(account, action, payload);
        REQUIRE(id > 0);
        return id;
    }

    OutboxEntry::State stateOf(qint64 id) { return p.engine->outboxStore().byId(id)->state; }
};

} // namespace

TEST_CASE("The outbox view lists entries with their state and error; Retry and Discard act", "[ui][outbox]")
{
    OutboxFixture f;
    MainWindow w(*f.p.engine);
    showActive(w);

    // The pill says a change failed, in red, with the server's words at hand.
    StatusPill *pill = w.statusPill();
    CHECK(pill->isVisible());
    CHECK(pill->text() == QStringLiteral("1 change could not be sent"));
    CHECK(pill->tone() == StatusPill::Tone::Error);
    CHECK(pill->toolTip().contains(QStringLiteral("400: the link is invalid")));

    w.library()->showOutbox();
    OutboxDialog *dialog = w.library()->outboxDialog();
    REQUIRE(dialog);
    OutboxModel *m = dialog->model();
    REQUIRE(m->rowCount() == 2);
    const int q = m->rowOf(f.queued);
    const int x = m->rowOf(f.failed);
    REQUIRE((q >= 0 && x >= 0));
    CHECK(m->index(q, OutboxModel::StateColumn).data().toString() == QStringLiteral("Queued"));
    CHECK(m->index(q, OutboxModel::ActionColumn).data().toString() == QStringLiteral("Save link"));
    CHECK(
        m->index(q, OutboxModel::TargetColumn).data().toString().startsWith(QStringLiteral("Seek > Sense")));
    CHECK(m->index(q, OutboxModel::AttemptsColumn).data().toInt() == 0);
    CHECK_FALSE(m->index(q, OutboxModel::NextColumn).data().toString().isEmpty());
    CHECK(m->index(x, OutboxModel::StateColumn).data().toString() == QStringLiteral("Failed"));
    CHECK(m->index(x, OutboxModel::ErrorColumn).data().toString()
        == QStringLiteral("400: the link is invalid"));
    CHECK(m->index(x, OutboxModel::ErrorColumn).data(Qt::ForegroundRole).value<QColor>()
        == Theme::error(QGuiApplication::palette()));
    // The failure is selected and its message shown in full.
    CHECK(dialog->selectedEntryId() == f.failed);
    CHECK(dialog->detailLabel()->text().contains(QStringLiteral("400: the link is invalid")));
    CHECK(dialog->retryButton()->isEnabled());

    // Retry puts it back in the queue.
    dialog->retrySelected();
    CHECK(f.stateOf(f.failed) == OutboxEntry::State::Queued);
    CHECK(
        m->index(m->rowOf(f.failed), OutboxModel::StateColumn).data().toString() == QStringLiteral("Queued"));
    REQUIRE(waitUntil([&] { return pill->tone() != StatusPill::Tone::Error; }));
    CHECK(pill->text().contains(QStringLiteral("2 waiting")));

    // Discard asks; the entry goes from the store and the list.
    dialog->selectEntry(f.queued);
    auto answered = std::make_shared<bool>(false);
    answerNextMessageBox(QMessageBox::Cancel, answered);
    CHECK_FALSE(dialog->discardSelected());
    CHECK(*answered);
    CHECK(f.p.engine->outboxStore().byId(f.queued));
    answered = std::make_shared<bool>(false);
    answerNextMessageBox(QMessageBox::Discard, answered);
    CHECK(dialog->discardSelected());
    CHECK(*answered);
    CHECK_FALSE(f.p.engine->outboxStore().byId(f.queued));
    CHECK(m->rowCount() == 1);
    CHECK(m->rowOf(f.queued) < 0);

    // What the outbox does shows at once.
    const qint64 later = f.enqueue(
        QStringLiteral("shaarli.save"), QStringLiteral("Later"), QStringLiteral("https://example.org/later"));
    CHECK(m->rowCount() == 2);
    CHECK(m->rowOf(later) == 0);
    REQUIRE(waitUntil([&] { return pill->text().contains(QStringLiteral("2 waiting")); }));
}

TEST_CASE("The pill says what waits in the outbox, offline and online", "[ui][outbox]")
{
    OutboxStatus::Summary s;
    CHECK(OutboxStatus::pillText(s, true).isEmpty());
    s.waiting = 3;
    CHECK(OutboxStatus::pillText(s, false) == QStringLiteral("Offline · 3 waiting in the outbox"));
    CHECK(OutboxStatus::pillText(s, true) == QStringLiteral("3 waiting to send"));
    s.failed = 2;
    CHECK(OutboxStatus::pillText(s, true) == QStringLiteral("2 changes could not be sent"));

    OutboxFixture f;
    f.p.engine->outbox().retry(f.failed);
    MainWindow w(*f.p.engine);
    CHECK(w.statusPill()->text() == QStringLiteral("2 waiting to send"));
    CHECK(w.statusPill()->tone() == StatusPill::Tone::Info);
}
