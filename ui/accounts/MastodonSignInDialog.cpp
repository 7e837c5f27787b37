#include "MastodonSignInDialog.h"

#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/sources/mastodon/MastodonAccountSetup.h"
#include "core/sources/mastodon/MastodonSignIn.h"
#include "core/sync/Outbox.h"
#include "ui/common/Theme.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QOAuthHttpServerReplyHandler>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace gilde
{

MastodonSignInDialog::MastodonSignInDialog(Engine &engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_server(new QLineEdit(this))
    , m_signIn(new QPushButton(tr("Sign in with the browser"), this))
    , m_codeRow(new QWidget(this))
    , m_code(new QLineEdit(m_codeRow))
    , m_useCode(new QPushButton(tr("Use code"), m_codeRow))
    , m_showCodePage(new QPushButton(tr("Show me a code instead"), this))
    , m_status(new QLabel(this))
    , m_openBrowser([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setWindowTitle(tr("Add a Mastodon account"));
    setMinimumWidth(500);

    auto *intro = new QLabel(tr("Type the server your account is on. Gilde opens its sign-in page in your "
                                "browser; once you allow Gilde there, you come back here. Gilde keeps the "
                                "access in the system keychain, never your password."),
        this);
    intro->setWordWrap(true);
    m_server->setPlaceholderText(tr("mastodon.social"));
    m_server->setAccessibleName(tr("Server"));
    m_code->setPlaceholderText(tr("The code the server shows"));
    m_code->setAccessibleName(tr("Authorization code"));
    m_useCode->setAccessibleName(tr("Use code"));
    m_signIn->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), m_server);
    auto *codeLayout = new QHBoxLayout(m_codeRow);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_code, 1);
    codeLayout->addWidget(m_useCode);
    form->addRow(tr("Code:"), m_codeRow);
    m_codeRow->hide();
    form->labelForField(m_codeRow)->hide();

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_showCodePage->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_showCodePage, QDialogButtonBox::ActionRole);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, &MastodonSignInDialog::startSignIn);
    connect(m_showCodePage, &QPushButton::clicked, this, [this, form] {
        m_codeRow->show();
        form->labelForField(m_codeRow)->show();
        openAuthorization(MastodonSignIn::outOfBandRedirect());
        m_code->setFocus();
    });
    connect(m_useCode, &QPushButton::clicked, this,
        [this] { useCode(m_code->text(), MastodonSignIn::outOfBandRedirect()); });
    connect(m_code, &QLineEdit::returnPressed, m_useCode, &QPushButton::click);
    auto complete = [this] { m_signIn->setEnabled(!m_busy && !m_server->text().trimmed().isEmpty()); };
    connect(m_server, &QLineEdit::textChanged, this, complete);
    complete();
}

MastodonSignInDialog::~MastodonSignInDialog() = default;

QUrl MastodonSignInDialog::lastAuthorizationUrl() const
{
    return m_lastAuthorization;
}

void MastodonSignInDialog::showStatus(const QString &text, bool error)
{
    Theme::showStatus(m_status, text, error);
}

void MastodonSignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_signIn->setEnabled(!busy && !m_server->text().trimmed().isEmpty());
    m_useCode->setEnabled(!busy);
    m_server->setEnabled(!busy);
}

void MastodonSignInDialog::startSignIn()
{
    if (m_busy)
        return;
    const QUrl server = MastodonSignIn::serverFromUserInput(m_server->text());
    if (server.isEmpty()) {
        showStatus(tr("That is not a server address. Try something like mastodon.social."), true);
        return;
    }
    delete m_flow;
    m_flow = new MastodonSignIn(m_engine.http(), server, this);
    // The browser comes back to Gilde on a port of its own on this machine only.
    delete m_redirect;
    m_redirect = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    m_redirect->setCallbackText(tr("Gilde has what it needs: you can close this page."));
    QStringList redirects { MastodonSignIn::outOfBandRedirect() };
    QString loopback;
    if (m_redirect->isListening()) {
        loopback = m_redirect->callback();
        redirects.prepend(loopback);
        connect(m_redirect, &QOAuthHttpServerReplyHandler::callbackReceived, this,
            [this, loopback](const QVariantMap &values) {
                if (values.value(QStringLiteral("state")).toString() != m_flow->state()) {
                    showStatus(tr("The sign-in page answered for another sign-in; try again."), true);
                    return;
                }
                const QString code = values.value(QStringLiteral("code")).toString();
                if (code.isEmpty()) {
                    showStatus(tr("The server did not allow Gilde: %1")
                                   .arg(values.value(QStringLiteral("error_description"),
                                                  values.value(QStringLiteral("error")))
                                            .toString()),
                        true);
                    return;
                }
                useCode(code, loopback);
            });
    }
    setBusy(true);
    showStatus(tr("Registering Gilde with %1…").arg(server.host()), false);
    QPointer<MastodonSignInDialog> self(this);
    m_flow->registerApp(redirects, [self, loopback](bool ok, const QString &error) {
        if (!self)
            return;
        self->setBusy(false);
        if (!ok) {
            self->showStatus(error, true);
            return;
        }
        self->m_showCodePage->show();
        if (loopback.isEmpty()) {
            // No port for the redirect: the code comes by hand.
            self->m_showCodePage->click();
            return;
        }
        self->openAuthorization(loopback);
    });
}

void MastodonSignInDialog::openAuthorization(const QString &redirectUri)
{
    if (!m_flow)
        return;
    m_lastAuthorization = m_flow->authorizationUrl(redirectUri);
    m_openBrowser(m_lastAuthorization);
    showStatus(redirectUri == MastodonSignIn::outOfBandRedirect()
            ? tr("Sign in in the browser, allow Gilde, then paste the code the server shows here.")
            : tr("Sign in in the browser and allow Gilde; this dialog goes on by itself. Browser on "
                 "another machine? Ask for a code instead."),
        false);
}

void MastodonSignInDialog::useCode(const QString &code, const QString &redirectUri)
{
    if (!m_flow || m_busy)
        return;
    if (code.trimmed().isEmpty()) {
        showStatus(tr("Paste the code first."), true);
        return;
    }
    setBusy(true);
    showStatus(tr("Signing in…"), false);
    QPointer<MastodonSignInDialog> self(this);
    const QUrl server = m_flow->server();
    m_flow->exchangeCode(code, redirectUri, [self, server](bool ok, const QString &token, const QString &error) {
        if (!self)
            return;
        if (!ok) {
            self->setBusy(false);
            self->showStatus(error, true);
            return;
        }
        self->m_engine.accounts().addMastodon(server, token, [self](const Accounts::AddResult &r) {
            if (!self)
                return;
            self->setBusy(false);
            if (r.id == 0) {
                self->showStatus(r.error, true);
                return;
            }
            qint64 tabId = 0;
            QList<qint64> sources;
            if (r.replaced)
                self->m_engine.outbox().resumeAccount(r.id);
            if (!r.replaced)
                tabId = mastodon::addAccountTab(
                    self->m_engine.subscriptions(), self->m_engine.columns(), r.account, &sources);
            const QString message = r.replaced ? tr("Signed in again as @%1.").arg(r.account.userName)
                                               : tr("Added @%1.").arg(r.account.userName);
            Q_EMIT self->accountAdded(r.id, tabId, message);
            self->accept();
        });
    });
}

} // namespace gilde
