#include "AccountRail.h"

#include "MentionAlerts.h"
#include "TimelineMenu.h"

#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/sources/mastodon/MastodonTimeline.h"
#include "ui/common/Theme.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QToolButton>
#include <QVBoxLayout>

namespace gilde
{

namespace
{

constexpr int AvatarSize = 36;

QIcon avatar(const Account &account, qreal dpr)
{
    QPixmap pixmap(QSize(AvatarSize, AvatarSize) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(Theme::tileColour(qHash(account.userName + account.server.host())));
    p.drawEllipse(QRectF(0, 0, AvatarSize, AvatarSize));
    const QString name = account.displayName.isEmpty() ? account.userName : account.displayName;
    QFont font = p.font();
    font.setPixelSize(AvatarSize / 2);
    font.setWeight(QFont::DemiBold);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, AvatarSize, AvatarSize), Qt::AlignCenter, name.left(1).toUpper());
    return QIcon(pixmap);
}

} // namespace

AccountRail::AccountRail(Engine &engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_layout(new QVBoxLayout(this))
    , m_add(new QToolButton(this))
{
    setObjectName(QStringLiteral("accountRail"));
    setAccessibleName(tr("Accounts"));
    m_layout->setContentsMargins(8, 10, 8, 10);
    m_layout->setSpacing(8);
    m_add->setText(QStringLiteral("+"));
    m_add->setToolTip(tr("Add an account"));
    m_add->setAccessibleName(tr("Add an account"));
    m_add->setFixedSize(AvatarSize, AvatarSize);
    m_add->setAutoRaise(true);
    QFont font = m_add->font();
    font.setPixelSize(20);
    m_add->setFont(font);
    m_layout->addWidget(m_add);
    m_layout->addStretch(1);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Theme::headerBackground(palette()));
    setPalette(pal);
    // The kinds of account: a menu beside the button, as an avatar's is.
    m_kinds = new QMenu(this);
    m_kinds->addAction(tr("Mastodon account…"), this, &AccountRail::addAccountRequested);
    m_kinds->addAction(tr("Discourse forum…"), this, &AccountRail::addForumRequested);
    connect(m_add, &QToolButton::clicked, this, [this] { m_kinds->popup(m_add->mapToGlobal(QPoint(m_add->width(), 0))); });
    connect(&m_engine.accounts(), &Accounts::accountsChanged, this, &AccountRail::reload);
    reload();
}

void AccountRail::reload()
{
    // Later, not now: a sign-out from an avatar's menu runs inside that
    // button's click, and the button must outlive it.
    for (QToolButton *old : std::as_const(m_buttons)) {
        m_layout->removeWidget(old);
        old->hide();
        old->deleteLater();
    }
    m_buttons.clear();
    int index = 0;
    QList<Account> accounts = m_engine.accounts().ofKind(QStringLiteral("mastodon"));
    accounts << m_engine.accounts().ofKind(QStringLiteral("discourse"));
    for (const Account &account : std::as_const(accounts)) {
        auto *button = new QToolButton(this);
        const QString name = nameOf(account);
        button->setIcon(avatar(account, devicePixelRatioF()));
        button->setIconSize(QSize(AvatarSize, AvatarSize));
        button->setFixedSize(AvatarSize + 4, AvatarSize + 4);
        button->setAutoRaise(true);
        button->setToolTip(account.displayName.isEmpty() ? name : QStringLiteral("%1\n%2").arg(account.displayName, name));
        button->setAccessibleName(tr("Account %1").arg(name));
        const qint64 id = account.id;
        connect(button, &QToolButton::clicked, this, [this, id, button] { showMenu(id, button); });
        m_layout->insertWidget(index++, button);
        m_buttons << button;
    }
}

QString AccountRail::nameOf(const Account &account)
{
    if (account.kind == u"discourse")
        return tr("%1 on %2").arg(account.userName, account.server.host());
    return u'@' + account.userName;
}

void AccountRail::showMenu(qint64 accountId, QToolButton *button)
{
    QMenu menu(this);
    fillMenu(menu, accountId);
    if (!menu.isEmpty())
        menu.exec(button->mapToGlobal(QPoint(button->width(), 0)));
}

void AccountRail::fillMenu(QMenu &menu, qint64 accountId)
{
    const auto account = m_engine.accounts().byId(accountId);
    if (!account)
        return;
    const QString name = nameOf(*account);
    menu.addSection(name);
    // A forum's tab is named after the forum, an account's after the account.
    const QString tab = account->kind == u"discourse" ? account->server.host() : name;
    menu.addAction(tr("Go to its tab"), this, [this, tab] { Q_EMIT tabRequested(tab); });
    if (account->kind == u"discourse") {
        menu.addSeparator();
        menu.addAction(tr("Sign out…"), this, [this, accountId] { signOut(accountId); });
        return;
    }
    auto *columns = new TimelineMenu(m_engine, *account, &menu);
    connect(columns, &TimelineMenu::columnRequested, this, &AccountRail::columnRequested);
    connect(columns, &TimelineMenu::searchRequested, this, &AccountRail::askSearch);
    menu.addMenu(columns);
    if (m_alerts) {
        QAction *alerts = menu.addAction(tr("Notify me of mentions"), this,
            [this, accountId](bool on) { m_alerts->setOn(accountId, on); });
        alerts->setCheckable(true);
        alerts->setChecked(m_alerts->isOn(accountId));
        alerts->setToolTip(tr("Mentions, replies and direct messages show on the desktop"));
    }
    menu.addSeparator();
    menu.addAction(tr("Sign out…"), this, [this, accountId] { signOut(accountId); });
}

void AccountRail::askSearch(qint64 accountId)
{
    const auto account = m_engine.accounts().byId(accountId);
    if (!account)
        return;
    // Not modal: the window stays usable while the user thinks of a query.
    auto *dialog = new QInputDialog(window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Search posts"));
    dialog->setLabelText(tr("Posts on %1 that match (as @%2 sees them):").arg(account->server.host(), account->userName));
    dialog->setOkButtonText(tr("Add column"));
    dialog->setAccessibleName(tr("Search posts"));
    MastodonTimeline search;
    search.kind = MastodonTimeline::Kind::Search;
    search.server = MastodonTimeline::serverOf(account->server);
    search.accountId = accountId;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, search](const QString &text) mutable {
        search.arg = text.simplified().left(MastodonTimeline::MaxQuery);
        if (!search.arg.isEmpty())
            Q_EMIT columnRequested(search, search.title());
    });
    dialog->open();
}

void AccountRail::signOut(qint64 accountId)
{
    const auto account = m_engine.accounts().byId(accountId);
    if (!account)
        return;
    const bool forum = account->kind == u"discourse";
    const auto answer = QMessageBox::question(this, tr("Sign out"),
        forum ? tr("Sign out of %1? Your new and unread topics and messages go from Gilde, and the forum is told "
                   "to revoke Gilde's key; the forum's public lists stay.")
                    .arg(account->server.host())
              : tr("Sign out of @%1? Its columns and the posts kept for them are removed from Gilde; "
                   "nothing changes on the server.")
                    .arg(account->userName));
    if (answer != QMessageBox::Yes)
        return;
    QPointer<AccountRail> self(this);
    const QString name = nameOf(*account);
    m_engine.accounts().remove(accountId, [self, name](bool ok, const QString &error) {
        if (!self)
            return;
        // Signed out with a note: the forum could not be told to revoke the key.
        Q_EMIT self->statusMessage(!ok ? tr("Signed out of %1, but its access stays in the keychain: %2").arg(name, error)
                : error.isEmpty()      ? tr("Signed out of %1.").arg(name)
                                       : tr("Signed out of %1. %2").arg(name, error));
    });
}

} // namespace gilde
