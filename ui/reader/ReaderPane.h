#pragma once

#include "core/model/Item.h"
#include "core/model/ThreadPost.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

namespace gilde
{

class Engine;
struct MastodonTimeline;
class ReaderBrowser;
class TimelineLinks;

/// The reading panel beside the columns: source, author and date, the title,
/// actions (open in browser, star, mark unread, close) and the item's HTML,
/// sanitized again at display. Showing an item marks it read. Links never
/// navigate inside the pane: only http(s) and mailto reach the URL opener.
/// A forum topic shows its whole thread, a Mastodon post its conversation:
/// from the cache at once, and fetched anew each time it is opened
/// (Threads), so it reads offline.
class ReaderPane : public QWidget
{
    Q_OBJECT
public:
    explicit ReaderPane(Engine &engine, QWidget *parent = nullptr);
    ~ReaderPane() override;

    void showItem(qint64 itemId);
    void clear();
    qint64 currentItemId() const { return m_item.id; }

    /// Scrolls the body one page; false when there is no more to show, so the
    /// caller may move on to the next item.
    bool pageDown();
    bool pageUp();

    /// Who opens links outside the program; QDesktopServices::openUrl by
    /// default. Tests replace it. Only http, https and mailto URLs reach it.
    using UrlOpener = std::function<bool(const QUrl &)>;
    void setUrlOpener(UrlOpener opener);
    /// Hands a URL to the opener if its scheme is allowed; false otherwise.
    bool openExternally(const QUrl &url);
    static bool isOpenableUrl(const QUrl &url);

    ReaderBrowser *browser() const { return m_browser; }
    /// Adds a button (e.g. "Save link") to the action bar, after the built-in ones.
    void addBarWidget(QWidget *widget);
    /// Adds a row under the title (a post's Reply, Boost, …): it shows or
    /// hides itself as actionsUpdated() tells what is shown.
    void addHeaderWidget(QWidget *widget);
    /// Its controls in the order Tab visits them: the bar, left to right, then the text.
    QList<QWidget *> focusChain() const;

public Q_SLOTS:
    void openInBrowser();
    void toggleStarred();
    void toggleRead();
    /// Re-reads read/starred of the shown item (changed elsewhere, e.g. from a column).
    void refreshState();

Q_SIGNALS:
    void itemStateChanged(qint64 itemId);
    /// The item shown (an empty one when none) or its state changed: what
    /// was added to the bar or the header may follow it.
    void actionsUpdated(const gilde::Item &item);
    void closeRequested();
    /// A forum post's Reply link, with the text selected in the thread (to quote).
    void replyToPostRequested(qint64 itemId, int postNumber, const QString &quoted);
    /// A forum post's Like link.
    void likePostRequested(qint64 itemId, int postNumber);
    /// A choice of a Mastodon post's poll (from 0).
    void voteRequested(qint64 itemId, int choice);
    /// "Follow in a column" on a forum topic: its posts as a column of their own.
    void followTopicRequested(qint64 itemId);
    /// A hashtag or a mentioned person in a Mastodon post: their timeline as
    /// a column, on the server the post was read from, as the same account
    /// (the web client does so).
    void timelineRequested(const gilde::MastodonTimeline &timeline, const QString &title);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void applyStyle();
    void updateActions();
    void renderBody(bool keepPosition = false);
    /// The item's cached thread, the first posts now and the rest in parts;
    /// false when none is cached. `position` is where to scroll once all is shown (-1: the top).
    bool renderThread(int position);
    void appendThread(const QList<ThreadPost> &posts, qsizetype from, quint64 generation, int position);
    /// The body of an item with a thread before the thread is cached: what its list had.
    QString threadPendingHtml() const;
    /// The shown topic's forum has a signed-in account: its posts get Reply and Like.
    bool writableForum() const;
    /// The shown post's poll as vote links, when it takes a vote.
    QString pollHtml() const;
    void postLink(const QUrl &url);
    QString metaLine() const;

    Engine &m_engine;
    Item m_item;
    /// A forum topic's thread could not be fetched: said above what the cache has.
    QString m_threadNotice;
    bool m_threadActions = false;
    int m_votedFor = -1; ///< the choice voted for here, in the shown post's poll
    quint64 m_renderGeneration = 0; ///< bumped per render: parts of an older one are dropped
    static constexpr qsizetype ThreadFirstPosts = 30;
    static constexpr qsizetype ThreadPartPosts = 30;
    UrlOpener m_opener;
    TimelineLinks *m_timelineLinks = nullptr;

    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyPage = nullptr;
    QWidget *m_itemPage = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyHint = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_followButton = nullptr; ///< forum topics only
    QPushButton *m_starButton = nullptr;
    QPushButton *m_readButton = nullptr;
    QToolButton *m_closeButton = nullptr;
    QLabel *m_metaLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    ReaderBrowser *m_browser = nullptr;
    QHBoxLayout *m_bar = nullptr;
    QList<QWidget *> m_barWidgets; ///< added with addBarWidget, in order
    QList<QWidget *> m_headerWidgets; ///< added with addHeaderWidget, in order
    QVBoxLayout *m_headerLayout = nullptr;
    bool m_styling = false;
};

} // namespace gilde
