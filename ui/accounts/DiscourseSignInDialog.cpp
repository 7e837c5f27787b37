#include "DiscourseSignInDialog.h"

#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/sources/discourse/DiscourseAccountSetup.h"
#include "core/sources/discourse/DiscourseHttp.h"
#include "core/sources/discourse/DiscourseSession.h"
#include "core/sources/discourse/DiscourseUserApiKey.h"
#include "core/sync/Outbox.h"
#include "ui/common/Theme.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QOAuthHttpServerReplyHandler>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace gilde
{

DiscourseSignInDialog::DiscourseSignInDialog(Engine &engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_forum(new QLineEdit(this))
    , m_open(new QPushButton(tr("Open the forum in the browser"), this))
    , m_payload(new QPlainTextEdit(this))
    , m_direct(new QCheckBox(tr("The forum sends the key straight back to Gilde (its administrators allowed that)"), this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
    , m_status(new QLabel(this))
    , m_openBrowser([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setWindowTitle(tr("Sign in to a forum"));
    setMinimumWidth(520);

    auto *intro = new QLabel(tr("Type the forum's address. Gilde opens its page for allowing an application in "
                                "your browser; sign in there if you are not, allow Gilde, and paste the text "
                                "the forum then shows below. Gilde keeps the key in the system keychain, never "
                                "your password."),
        this);
    intro->setWordWrap(true);
    m_forum->setPlaceholderText(tr("forum.example.org"));
    m_forum->setAccessibleName(tr("Forum"));
    m_open->setAccessibleName(tr("Open the forum in the browser"));
    m_payload->setPlaceholderText(tr("The text the forum shows after you allowed Gilde"));
    m_payload->setAccessibleName(tr("Text from the forum"));
    m_payload->setTabChangesFocus(true);
    m_payload->setFixedHeight(fontMetrics().lineSpacing() * 6);
    m_signIn->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Forum:"), m_forum);
    form->addRow(QString(), m_direct);
    form->addRow(QString(), m_open);
    form->addRow(tr("Pasted text:"), m_payload);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &DiscourseSignInDialog::openForum);
    connect(m_signIn, &QPushButton::clicked, this, &DiscourseSignInDialog::signIn);
    connect(m_forum, &QLineEdit::textChanged, this, &DiscourseSignInDialog::updateButtons);
    connect(m_payload, &QPlainTextEdit::textChanged, this, &DiscourseSignInDialog::updateButtons);
    updateButtons();
}

DiscourseSignInDialog::~DiscourseSignInDialog() = default;

void DiscourseSignInDialog::showStatus(const QString &text, bool error)
{
    Theme::showStatus(m_status, text, error);
}

void DiscourseSignInDialog::updateButtons()
{
    const bool named = !m_forum->text().trimmed().isEmpty();
    m_open->setEnabled(!m_busy && named);
    m_signIn->setEnabled(!m_busy && m_request && !m_payload->toPlainText().trimmed().isEmpty());
    m_forum->setEnabled(!m_busy);
    m_payload->setReadOnly(m_busy);
}

void DiscourseSignInDialog::openForum()
{
    const QUrl forum = discourse::forumFromUserInput(m_forum->text());
    if (forum.isEmpty()) {
        showStatus(tr("That is not a forum's address. Try something like forum.example.org."), true);
        return;
    }
    // A new key pair for every page opened: a payload fits only the request it answers.
    QString error;
    auto request = DiscourseUserApiKey::create(&error);
    if (!request) {
        showStatus(error, true);
        return;
    }
    m_request = std::make_unique<DiscourseUserApiKey>(std::move(*request));
    m_requestForum = forum;
    const QUrl redirect = m_direct->isChecked() ? listenForKey() : QUrl();
    m_lastAuthorization = m_request->authorizationUrl(forum, redirect);
    m_openBrowser(m_lastAuthorization);
    showStatus(redirect.isEmpty() ? tr("Allow Gilde in the browser, then paste the text the forum shows.")
                                  : tr("Allow Gilde in the browser; the forum sends the key back to Gilde. "
                                       "Should it show a text instead, paste that here."),
        false);
    m_payload->setFocus();
    updateButtons();
}

QUrl DiscourseSignInDialog::listenForKey()
{
    delete m_receiver;
    m_receiver = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!m_receiver->isListening())
        return {}; // no port of its own: the text to paste is the way
    m_receiver->setCallbackText(tr("Gilde has the key: you can close this page."));
    connect(m_receiver, &QOAuthHttpServerReplyHandler::callbackReceived, this, [this](const QVariantMap &values) {
        const QString payload = values.value(QStringLiteral("payload")).toString();
        if (payload.isEmpty()) {
            showStatus(tr("The forum came back without a key. Paste the text it shows instead."), true);
            return;
        }
        m_payload->setPlainText(payload);
        signIn();
    });
    return QUrl(m_receiver->callback());
}

void DiscourseSignInDialog::signIn()
{
    if (m_busy || !m_request)
        return;
    QString error;
    const auto key = m_request->keyFromPayload(m_payload->toPlainText(), &error);
    if (!key) {
        showStatus(error, true);
        return;
    }
    DiscourseCredentials credentials;
    credentials.userApiKey = *key;
    m_busy = true;
    updateButtons();
    showStatus(tr("Signing in…"), false);
    QPointer<DiscourseSignInDialog> self(this);
    m_engine.accounts().addDiscourse(m_requestForum, credentials, [self](const Accounts::AddResult &r) {
        if (!self)
            return;
        self->m_busy = false;
        self->updateButtons();
        if (r.id == 0) {
            self->showStatus(r.error, true);
            return;
        }
        // Writes that waited for a new sign-in go now.
        if (r.replaced)
            self->m_engine.outbox().resumeAccount(r.id);
        const qint64 tabId
            = r.replaced ? 0 : discourse::addAccountTab(self->m_engine.subscriptions(), self->m_engine.columns(), r.account);
        const QString message = r.replaced
            ? tr("Signed in again to %1 as %2.").arg(r.account.server.host(), r.account.userName)
            : tr("Signed in to %1 as %2.").arg(r.account.server.host(), r.account.userName);
        Q_EMIT self->accountAdded(r.id, tabId, message);
        self->accept();
    });
}

} // namespace gilde
