#include "AccountRail.h"

#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/sources/mastodon/MastodonTimeline.h"
#include "ui/common/Theme.h"

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
    m_add->setToolTip(tr("Add a Mastodon account"));
    m_add->setAccessibleName(tr("Add a Mastodon account"));
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
    connect(m_add, &QToolButton::clicked, this, &AccountRail::addAccountRequested);
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
    for (const Account &account : m_engine.accounts().ofKind(QStringLiteral("mastodon"))) {
        auto *button = new QToolButton(this);
        const QString name = u'@' + account.userName;
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

void AccountRail::showMenu(qint64 accountId, QToolButton *button)
{
    const auto account = m_engine.accounts().byId(accountId);
    if (!account)
        return;
    QMenu menu(this);
    const QString name = u'@' + account->userName;
    menu.addSection(name);
    menu.addAction(tr("Go to its tab"), this, [this, name] { Q_EMIT tabRequested(name); });
    QMenu *columns = menu.addMenu(tr("Add a column"));
    using Kind = MastodonTimeline::Kind;
    for (const Kind kind : { Kind::Home, Kind::Notifications, Kind::Mentions, Kind::Local, Kind::Federated,
             Kind::Bookmarks, Kind::Favourites }) {
        MastodonTimeline timeline;
        timeline.kind = kind;
        timeline.server = MastodonTimeline::serverOf(account->server);
        timeline.accountId = accountId;
        columns->addAction(timeline.title(), this, [this, timeline] { Q_EMIT columnRequested(timeline, timeline.title()); });
    }
    menu.addSeparator();
    menu.addAction(tr("Sign out…"), this, [this, accountId] { signOut(accountId); });
    menu.exec(button->mapToGlobal(QPoint(button->width(), 0)));
}

void AccountRail::signOut(qint64 accountId)
{
    const auto account = m_engine.accounts().byId(accountId);
    if (!account)
        return;
    const auto answer = QMessageBox::question(this, tr("Sign out"),
        tr("Sign out of @%1? Its columns and the posts kept for them are removed from Gilde; "
           "nothing changes on the server.")
            .arg(account->userName));
    if (answer != QMessageBox::Yes)
        return;
    QPointer<AccountRail> self(this);
    const QString name = account->userName;
    m_engine.accounts().remove(accountId, [self, name](bool ok, const QString &error) {
        if (!self)
            return;
        Q_EMIT self->statusMessage(ok ? tr("Signed out of @%1.").arg(name)
                                      : tr("Signed out of @%1, but its access stays in the keychain: %2")
                                            .arg(name, error));
    });
}

} // namespace gilde
