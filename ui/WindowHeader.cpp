#include "WindowHeader.h"

#include "ui/common/Accessibility.h"
#include "ui/common/StatusPill.h"
#include "ui/dashboard/DashboardTabBar.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

namespace gilde
{

WindowHeader::WindowHeader(DashboardTabBar *tabs, QWidget *parent)
    : QWidget(parent)
    , m_pill(new StatusPill(this))
    , m_search(new QLineEdit(this))
    , m_refresh(new QToolButton(this))
    , m_menu(new QToolButton(this))
{
    setObjectName(QStringLiteral("header"));
    setAttribute(Qt::WA_StyledBackground);
    setFixedHeight(46);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 0, 10, 0);
    row->setSpacing(8);

    auto *logo = new QLabel(this);
    logo->setObjectName(QStringLiteral("logo"));
    logo->setPixmap(QIcon(QStringLiteral(":/icons/gilde.svg")).pixmap(QSize(20, 20), devicePixelRatioF()));
    auto *name = new QLabel(tr("Gilde"), this);
    name->setObjectName(QStringLiteral("appName"));
    row->addWidget(logo);
    row->addWidget(name);
    row->addSpacing(10);

    tabs->setParent(this);
    row->addWidget(tabs, 0, Qt::AlignBottom);
    auto *addTab = new QToolButton(this);
    addTab->setObjectName(QStringLiteral("addTab"));
    addTab->setText(QStringLiteral("+"));
    addTab->setToolTip(tr("New tab (Ctrl+T)"));
    addTab->setAccessibleName(tr("New tab"));
    addTab->setAutoRaise(true);
    addTab->setFocusPolicy(Qt::TabFocus);
    connect(addTab, &QToolButton::clicked, this, &WindowHeader::addTabRequested);
    row->addWidget(addTab);
    row->addStretch(1);

    row->addWidget(m_pill);

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search everything (Ctrl+K)…"));
    enableClearButton(m_search);
    m_search->setFixedWidth(260);
    m_search->setToolTip(tr("Press Enter to open a search column in this tab"));
    m_search->setAccessibleName(tr("Search everything"));
    connect(m_search, &QLineEdit::returnPressed, this, [this] { Q_EMIT searchEntered(m_search->text()); });
    row->addWidget(m_search);

    // Text buttons: styled by their object name (Theme::headerStyleSheet).
    const auto button = [this, row](const QString &text, const char *style, const QString &tip, void (WindowHeader::*asked)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(style));
        b->setToolTip(tip);
        b->setFocusPolicy(Qt::TabFocus);
        connect(b, &QPushButton::clicked, this, asked);
        row->addWidget(b);
        return b;
    };
    QPushButton *addColumn = button(tr("+ Column"), "plain", tr("Add a column to this tab"), &WindowHeader::addColumnRequested);

    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setText(QStringLiteral("⟳"));
    m_refresh->setToolTip(tr("Refresh all feeds (F5)"));
    m_refresh->setAccessibleName(tr("Refresh all feeds"));
    m_refresh->setFocusPolicy(Qt::TabFocus);
    connect(m_refresh, &QToolButton::clicked, this, &WindowHeader::refreshRequested);
    row->addWidget(m_refresh);

    QPushButton *write = button(tr("Write"), "plain", tr("Write a Mastodon post (N)"), &WindowHeader::writeRequested);
    QPushButton *addFeed = button(tr("Add feed…"), "primary", tr("Subscribe to a feed or a website (Ctrl+N)"),
        &WindowHeader::addFeedRequested);

    m_menu->setObjectName(QStringLiteral("menu"));
    m_menu->setText(QStringLiteral("☰"));
    m_menu->setToolTip(tr("Menu"));
    m_menu->setAccessibleName(tr("Menu"));
    m_menu->setPopupMode(QToolButton::InstantPopup);
    m_menu->setFocusPolicy(Qt::TabFocus);
    m_menu->setMenu(new QMenu(m_menu));
    row->addWidget(m_menu);
    m_focus = { tabs, addTab, m_pill, m_search, addColumn, m_refresh, write, addFeed, m_menu };
}

QMenu *WindowHeader::menu() const
{
    return m_menu->menu();
}

} // namespace gilde
