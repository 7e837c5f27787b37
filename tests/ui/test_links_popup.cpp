// The save-link popup driven from the keyboard on a real profile: opened with
// B on an item, tags typed with completion (and their use counts), Enter
// saving to the library with where the link was found; the same page saved
// again updates it; the reader's button and link menu open it too.
#include "core/links/UrlNormalizer.h"
#include "core/store/LinkStore.h"
#include "test_links_support.h"
#include "ui/MainWindow.h"
#include "ui/dashboard/ColumnWidget.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/dashboard/ItemListModel.h"
#include "ui/dashboard/ItemListView.h"
#include "ui/links/LinkActions.h"
#include "ui/links/SaveLinkPopup.h"
#include "ui/links/TagCompletionModel.h"
#include "ui/links/TagEdit.h"
#include "ui/reader/ReaderBrowser.h"
#include "ui/reader/ReaderPane.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QWindow>

using namespace gilde;
using namespace gilde::test;

namespace
{

/// A window with one column of five items and a library whose tags are
/// netwerkleren ×3, netwerk ×1, pkm ×2.
struct PopupFixture {
    DashboardProfile p;
    qint64 source = 0;
    std::unique_ptr<MainWindow> w;
    ColumnWidget *col = nullptr;

    PopupFixture()
    {
        source = p.addSource(QStringLiteral("Alpha"));
        p.addItems(source, 5, QStringLiteral("a"), p.baseMs);
        Engine &e = *p.engine;
        saveLink(e, QStringLiteral("https://example.org/1"),
            { QStringLiteral("netwerkleren"), QStringLiteral("pkm") });
        saveLink(e, QStringLiteral("https://example.org/2"),
            { QStringLiteral("netwerkleren"), QStringLiteral("pkm") });
        saveLink(e, QStringLiteral("https://example.org/3"), { QStringLiteral("netwerkleren") });
        saveLink(e, QStringLiteral("https://example.org/4"), { QStringLiteral("netwerk") });
        w = std::make_unique<MainWindow>(e);
        w->resize(1400, 800);
        showActive(*w);
        const qint64 id = w->dashboard()->addColumn(QStringLiteral("Alpha"), sourceSpec(source));
        col = w->dashboard()->column(id);
        REQUIRE(col);
        REQUIRE(col->model()->rowCount() == 5);
    }

    SaveLinkPopup *pressB(int row)
    {
        col->view()->setFocus();
        col->view()->setCurrentIndex(col->model()->index(row, 0));
        QTest::keyClick(col->view(), Qt::Key_B);
        SaveLinkPopup *popup = w->dashboard()->links()->popup();
        REQUIRE(popup);
        REQUIRE(QTest::qWaitForWindowExposed(popup));
        return popup;
    }
};

} // namespace

TEST_CASE("B opens the save-link popup; tags complete with counts; Enter saves", "[ui][links]")
{
    PopupFixture f;
    const Item item = *f.col->model()->itemAt(1);
    SaveLinkPopup *popup = f.pressB(1);
    CHECK(popup->urlEdit()->text() == item.url);
    CHECK(popup->titleEdit()->text() == item.title);
    CHECK_FALSE(popup->isKnownPage());

    // Typing a beginning offers the tags that have it, most used first, with counts.
    QLineEdit *tags = popup->tagEdit()->lineEdit();
    tags->setFocus();
    QTest::keyClicks(tags, QStringLiteral("netw"));
    TagCompletionModel *offers = popup->tagEdit()->completionModel();
    REQUIRE(offers->rowCount() == 2);
    CHECK(offers->index(0).data().toString() == QStringLiteral("netwerkleren"));
    CHECK(offers->index(0).data(TagCompletionModel::CountRole).toInt() == 3);
    CHECK(offers->index(0).data(TagCompletionModel::CountTextRole).toString() == QStringLiteral("3×"));
    CHECK(offers->index(1).data().toString() == QStringLiteral("netwerk"));
    CHECK(offers->index(1).data(TagCompletionModel::CountRole).toInt() == 1);
    QAbstractItemView *list = popup->tagEdit()->completer()->popup();
    REQUIRE(waitUntil([&] { return list->isVisible(); }));

    // Enter on the offer takes it; it does not save the form.
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(popup->tagEdit()->chips() == QStringList { QStringLiteral("netwerkleren") });
    CHECK(popup->isVisible());
    CHECK_FALSE(f.p.engine->links().byUrl(normalizeUrl(item.url)));

    // A comma or space makes a chip of what is typed; a known tag is not offered twice.
    QTest::keyClicks(tags, QStringLiteral("Leren, "));
    CHECK(
        popup->tagEdit()->chips() == QStringList { QStringLiteral("netwerkleren"), QStringLiteral("leren") });
    QTest::keyClicks(tags, QStringLiteral("netw"));
    REQUIRE(offers->rowCount() == 1);
    CHECK(offers->index(0).data().toString() == QStringLiteral("netwerk"));
    QTest::keyClick(tags, Qt::Key_Backspace);
    QTest::keyClick(tags, Qt::Key_Backspace);
    QTest::keyClick(tags, Qt::Key_Backspace);
    QTest::keyClick(tags, Qt::Key_Backspace);
    CHECK(tags->text().isEmpty());

    popup->noteEdit()->setFocus();
    QTest::keyClicks(popup->noteEdit(), QStringLiteral("Bespreken in intervisie"));
    popup->readLaterBox()->setChecked(true);
    QPointer<SaveLinkPopup> guard(popup);
    QTest::keyClick(popup->noteEdit(), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return guard.isNull(); }));

    const std::optional<Link> saved = f.p.engine->links().byUrl(normalizeUrl(item.url));
    REQUIRE(saved);
    CHECK(saved->title == item.title);
    CHECK(saved->tags == QStringList { QStringLiteral("leren"), QStringLiteral("netwerkleren") });
    CHECK(saved->note == QStringLiteral("Bespreken in intervisie"));
    CHECK(saved->readLater);
    CHECK(saved->fromItemId == item.id);
    CHECK(saved->fromSourceId == f.source);
    CHECK(saved->fromColumnId == f.col->columnId());
    CHECK(f.w->statusBar()->currentMessage().startsWith(QStringLiteral("Saved")));

    // The item now carries the saved mark; its neighbours do not.
    REQUIRE(waitUntil([&] { return f.col->model()->index(1).data(ItemListModel::SavedRole).toBool(); }));
    CHECK_FALSE(f.col->model()->index(0).data(ItemListModel::SavedRole).toBool());

    // The same page again: the popup shows what was saved, and saving updates it.
    popup = f.pressB(1);
    CHECK(popup->isKnownPage());
    CHECK(
        popup->tagEdit()->chips() == QStringList { QStringLiteral("leren"), QStringLiteral("netwerkleren") });
    CHECK(popup->noteEdit()->toPlainText() == QStringLiteral("Bespreken in intervisie"));
    popup->tagEdit()->lineEdit()->setFocus();
    QTest::keyClicks(popup->tagEdit()->lineEdit(), QStringLiteral("pkm "));
    guard = popup;
    QTest::keyClick(popup->titleEdit(), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return guard.isNull(); }));
    CHECK(f.w->statusBar()->currentMessage().startsWith(QStringLiteral("Updated the existing link")));
    const std::optional<Link> again = f.p.engine->links().byUrl(normalizeUrl(item.url));
    REQUIRE(again);
    CHECK(again->id == saved->id);
    CHECK(again->tags
        == QStringList { QStringLiteral("leren"), QStringLiteral("netwerkleren"), QStringLiteral("pkm") });
    CHECK(again->note == saved->note);
}

TEST_CASE("Esc cancels the popup and a bad address is refused inline", "[ui][links]")
{
    PopupFixture f;
    const int before = int(f.p.engine->links().all().size());
    SaveLinkPopup *popup = f.pressB(0);
    QPointer<SaveLinkPopup> guard(popup);
    QTest::keyClick(popup->titleEdit(), Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return guard.isNull(); }));
    CHECK(f.p.engine->links().all().size() == before);

    popup = f.pressB(0);
    popup->urlEdit()->setText(QStringLiteral("javascript:alert(1)"));
    QTest::keyClick(popup->urlEdit(), Qt::Key_Return);
    CHECK(popup->isVisible());
    CHECK(popup->errorText().contains(QStringLiteral("not a web address")));
    CHECK(f.p.engine->links().all().size() == before);
    popup->close();
}

TEST_CASE("The reader saves its item and any link inside it", "[ui][links]")
{
    PopupFixture f;
    const Item item = *f.col->model()->itemAt(2);
    f.w->openItem(item.id);
    ReaderPane *reader = f.w->reader();
    REQUIRE(reader->currentItemId() == item.id);
    auto *button = reader->findChild<QPushButton *>(QStringLiteral("saveLinkButton"));
    REQUIRE(button);
    CHECK(button->text().contains(QStringLiteral("Save link")));
    button->click();
    SaveLinkPopup *popup = f.w->dashboard()->links()->popup();
    REQUIRE(popup);
    CHECK(popup->draft().fromItemId == item.id);
    CHECK(popup->urlEdit()->text() == item.url);
    popup->close();

    // A link inside the post: its menu has "Save link…", remembering the post.
    const QUrl inside(QStringLiteral("http://127.0.0.1:9/elsewhere/page.html?utm_source=feed"));
    std::unique_ptr<QMenu> menu(reader->browser()->linkMenu(inside));
    QAction *save = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text() == QStringLiteral("Save link…"))
            save = a;
    }
    REQUIRE(save);
    save->trigger();
    popup = f.w->dashboard()->links()->popup();
    REQUIRE(popup);
    CHECK(popup->urlEdit()->text() == inside.toString());
    CHECK(popup->draft().fromItemId == item.id);
    CHECK(popup->draft().fromSourceId == f.source);
    QPointer<SaveLinkPopup> guard(popup);
    popup->titleEdit()->setText(QStringLiteral("Elsewhere"));
    QTest::keyClick(popup->titleEdit(), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return guard.isNull(); }));
    const std::optional<Link> saved
        = f.p.engine->links().byUrl(normalizeUrl(QStringLiteral("http://127.0.0.1:9/elsewhere/page.html")));
    REQUIRE(saved);
    CHECK(saved->title == QStringLiteral("Elsewhere"));
    CHECK(saved->fromItemId == item.id);
}

TEST_CASE("A popup closed by a click elsewhere keeps what was typed for the same page", "[ui][links]")
{
    PopupFixture f;
    const Item item = *f.col->model()->itemAt(0);
    LinkActions *links = f.w->dashboard()->links();
    SaveLinkPopup *popup = f.pressB(0);
    CHECK_FALSE(popup->isDraftRestored());
    CHECK_FALSE(popup->draftHint()->isVisible());
    popup->noteEdit()->setFocus();
    QTest::keyClicks(popup->noteEdit(), QStringLiteral("Half a thought"));
    popup->tagEdit()->lineEdit()->setFocus();
    QTest::keyClicks(popup->tagEdit()->lineEdit(), QStringLiteral("draft-tag, pend"));
    popup->readLaterBox()->setChecked(true);

    // A click on the window outside the popup, as a user would: through the
    // window system, which hands it to the open popup first.
    QPointer<SaveLinkPopup> guard(popup);
    QWindow *window = f.w->windowHandle();
    REQUIRE(window);
    const QPoint outside(f.w->width() / 2 + 200, f.w->height() / 2);
    REQUIRE_FALSE(popup->geometry().contains(f.w->mapToGlobal(outside)));
    QTest::mouseClick(window, Qt::LeftButton, {}, outside);
    REQUIRE(waitUntil([&] { return guard.isNull(); }));
    CHECK_FALSE(f.p.engine->links().byUrl(normalizeUrl(item.url)));
    REQUIRE(links->draftFor(QUrl(item.url)));

    // The same page again: everything typed is back, and the popup says so.
    popup = f.pressB(0);
    CHECK(popup->isDraftRestored());
    CHECK(popup->draftHint()->isVisible());
    CHECK(popup->draftHint()->text() == QStringLiteral("Restored your unsaved draft"));
    CHECK(popup->noteEdit()->toPlainText() == QStringLiteral("Half a thought"));
    CHECK(popup->tagEdit()->chips() == QStringList { QStringLiteral("draft-tag") });
    CHECK(popup->tagEdit()->lineEdit()->text() == QStringLiteral("pend"));
    CHECK(popup->readLaterBox()->isChecked());
    CHECK(popup->titleEdit()->text() == item.title);

    // Another page has no draft.
    guard = popup;
    popup->close();
    REQUIRE(waitUntil([&] { return guard.isNull(); }));
    popup = f.pressB(1);
    CHECK_FALSE(popup->isDraftRestored());
    CHECK(popup->noteEdit()->toPlainText().isEmpty());
    guard = popup;
    QTest::keyClick(popup->titleEdit(), Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return guard.isNull(); }));
    CHECK_FALSE(links->draftFor(QUrl(f.col->model()->itemAt(1)->url)));

    // Saving takes the draft; opening the page again shows what was saved, no draft.
    popup = f.pressB(0);
    REQUIRE(popup->isDraftRestored());
    guard = popup;
    QTest::keyClick(popup->titleEdit(), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return guard.isNull(); }));
    const std::optional<Link> saved = f.p.engine->links().byUrl(normalizeUrl(item.url));
    REQUIRE(saved);
    CHECK(saved->note == QStringLiteral("Half a thought"));
    CHECK(saved->tags == QStringList { QStringLiteral("draft-tag"), QStringLiteral("pend") });
    CHECK(saved->readLater);
    CHECK_FALSE(links->draftFor(QUrl(item.url)));
    popup = f.pressB(0);
    CHECK_FALSE(popup->isDraftRestored());
    CHECK_FALSE(popup->draftHint()->isVisible());
    CHECK(popup->isKnownPage());
    popup->close();
}

TEST_CASE("Esc keeps a changed draft; Discard goes back to the link as it was", "[ui][links]")
{
    PopupFixture f;
    const Item item = *f.col->model()->itemAt(2);
    LinkActions *links = f.w->dashboard()->links();
    SaveLinkPopup *popup = f.pressB(2);
    popup->titleEdit()->selectAll();
    QTest::keyClicks(popup->titleEdit(), QStringLiteral("My own title"));
    QPointer<SaveLinkPopup> guard(popup);
    QTest::keyClick(popup->titleEdit(), Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return guard.isNull(); }));
    const std::optional<LinkDraft> kept = links->draftFor(QUrl(item.url));
    REQUIRE(kept);
    CHECK(kept->title == QStringLiteral("My own title"));

    popup = f.pressB(2);
    REQUIRE(popup->isDraftRestored());
    CHECK(popup->titleEdit()->text() == QStringLiteral("My own title"));
    // Dismissed again untouched: the draft stays.
    guard = popup;
    QTest::keyClick(popup->titleEdit(), Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return guard.isNull(); }));
    REQUIRE(links->draftFor(QUrl(item.url)));

    popup = f.pressB(2);
    REQUIRE(popup->isDraftRestored());
    auto *discard = popup->findChild<QPushButton *>(QStringLiteral("discardDraft"));
    REQUIRE(discard);
    discard->click();
    CHECK(popup->titleEdit()->text() == item.title);
    CHECK_FALSE(popup->draftHint()->isVisible());
    CHECK_FALSE(popup->hasChanges());
    guard = popup;
    QTest::keyClick(popup->titleEdit(), Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return guard.isNull(); }));
    CHECK_FALSE(links->draftFor(QUrl(item.url)));
    CHECK_FALSE(f.p.engine->links().byUrl(normalizeUrl(item.url)));
}
