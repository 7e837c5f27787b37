// The tag browser on a real library: counts, rename, merge (after asking),
// delete (the links stay), and a links column for a tag.
#include "core/store/LinkStore.h"
#include "test_links_support.h"
#include "ui/MainWindow.h"
#include "ui/dashboard/ColumnWidget.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/links/LibraryMenu.h"
#include "ui/links/LinkColumnBody.h"
#include "ui/links/LinkListModel.h"
#include "ui/links/TagBrowserDialog.h"

#include <QLabel>
#include <QLineEdit>

using namespace gilde;
using namespace gilde::test;

namespace
{

QStringList tagsOf(Engine &e, qint64 id)
{
    return e.links().byId(id)->tags;
}

} // namespace

TEST_CASE("The tag browser renames, merges and deletes tags", "[ui][links]")
{
    DashboardProfile p;
    Engine &e = *p.engine;
    const qint64 one
        = saveLink(e, QStringLiteral("https://example.org/1"), { QStringLiteral("x"), QStringLiteral("y") });
    const qint64 two = saveLink(e, QStringLiteral("https://example.org/2"), { QStringLiteral("x") });
    const qint64 three = saveLink(e, QStringLiteral("https://example.org/3"), { QStringLiteral("z") });
    MainWindow w(e);
    showActive(w);
    w.library()->showTags();
    TagBrowserDialog *tags = w.library()->tagBrowser();
    REQUIRE(tags);
    CHECK(tags->tagCount() == 3);
    CHECK(tags->shownTags() == QStringList { QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z") });
    CHECK(tags->countOf(QStringLiteral("x")) == 2);
    tags->filterField()->setText(QStringLiteral("z"));
    CHECK(tags->shownTags() == QStringList { QStringLiteral("z") });
    tags->filterField()->clear();

    // A new name renames.
    REQUIRE(tags->renameTag(QStringLiteral("y"), QStringLiteral("Why")));
    CHECK(tagsOf(e, one) == QStringList { QStringLiteral("why"), QStringLiteral("x") });
    CHECK(tags->countOf(QStringLiteral("y")) == 0);
    CHECK(tags->selectedTag() == QStringLiteral("why"));

    // An existing name asks to merge; No leaves everything as it was.
    auto answered = std::make_shared<bool>(false);
    answerNextMessageBox(QMessageBox::Cancel, answered);
    CHECK_FALSE(tags->renameTag(QStringLiteral("z"), QStringLiteral("x")));
    CHECK(*answered);
    CHECK(tagsOf(e, three) == QStringList { QStringLiteral("z") });
    answered = std::make_shared<bool>(false);
    answerNextMessageBox(QMessageBox::Yes, answered);
    REQUIRE(tags->renameTag(QStringLiteral("z"), QStringLiteral("x")));
    CHECK(*answered);
    CHECK(tagsOf(e, three) == QStringList { QStringLiteral("x") });
    CHECK(tags->countOf(QStringLiteral("x")) == 3);
    CHECK(tags->tagCount() == 2);
    CHECK(tags->messageLabel()->text().startsWith(QStringLiteral("Merged")));

    // Delete asks, then takes the tag off every link; the links stay.
    answered = std::make_shared<bool>(false);
    answerNextMessageBox(QMessageBox::Yes, answered);
    REQUIRE(tags->deleteTag(QStringLiteral("x")));
    CHECK(*answered);
    CHECK(e.links().all().size() == 3);
    CHECK(tagsOf(e, one) == QStringList { QStringLiteral("why") });
    CHECK(tagsOf(e, two).isEmpty());
    CHECK(tags->shownTags() == QStringList { QStringLiteral("why") });

    // Open a links column for a tag.
    tags->selectTag(QStringLiteral("why"));
    Q_EMIT tags->openTagRequested(tags->selectedTag());
    REQUIRE(w.dashboard()->columns().size() == 1);
    ColumnWidget *col = w.dashboard()->columns().first();
    REQUIRE(col->isLinksColumn());
    CHECK(col->column().spec.tag == QStringLiteral("why"));
    CHECK(col->linkBody()->model()->rowCount() == 1);
}
