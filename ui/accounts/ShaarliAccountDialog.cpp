#include "ShaarliAccountDialog.h"

#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "ui/common/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace gilde
{

ShaarliAccountDialog::ShaarliAccountDialog(Engine &engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_server(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_current(new QLabel(this))
    , m_disconnect(new QPushButton(tr("Disconnect…"), this))
    , m_connect(new QPushButton(tr("Connect"), this))
{
    setWindowTitle(tr("Connect Shaarli"));
    setMinimumWidth(480);

    auto *intro = new QLabel(tr("Links you save in Gilde go to your Shaarli, and links saved there "
                                "come to Gilde. Changes made offline wait in the outbox."),
        this);
    intro->setWordWrap(true);
    m_server->setPlaceholderText(tr("https://links.example.org"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("The REST API secret"));
    auto *hint = new QLabel(tr("Shaarli shows it under Tools → Configure your Shaarli → REST API. "
                               "Gilde keeps it in the system keychain."),
        this);
    hint->setWordWrap(true);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText(palette()));
    hint->setPalette(muted);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_current->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("API secret:"), m_secret);
    form->addRow(QString(), hint);

    auto *currentRow = new QHBoxLayout;
    currentRow->addWidget(m_current, 1);
    currentRow->addWidget(m_disconnect);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(currentRow);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, &ShaarliAccountDialog::connectAccount);
    connect(m_disconnect, &QPushButton::clicked, this, &ShaarliAccountDialog::disconnectAccount);
    auto complete = [this] {
        m_connect->setEnabled(
            !m_checking && !m_server->text().trimmed().isEmpty() && !m_secret->text().trimmed().isEmpty());
    };
    connect(m_server, &QLineEdit::textChanged, this, complete);
    connect(m_secret, &QLineEdit::textChanged, this, complete);
    complete();
    updateCurrent();
}

void ShaarliAccountDialog::updateCurrent()
{
    const QList<Account> shaarlis = m_engine.accounts().ofKind(QStringLiteral("shaarli"));
    m_currentId = shaarlis.isEmpty() ? 0 : shaarlis.first().id;
    if (shaarlis.isEmpty()) {
        m_current->setText(tr("Not connected: links are kept in this profile only."));
        m_disconnect->hide();
        return;
    }
    const Account &a = shaarlis.first();
    const QString name = a.displayName.isEmpty() ? a.server.host() : a.displayName;
    m_current->setText(tr("Connected to %1 (%2).").arg(name, a.server.toDisplayString()));
    m_disconnect->show();
    if (m_server->text().isEmpty())
        m_server->setText(a.server.toDisplayString());
}

void ShaarliAccountDialog::showStatus(const QString &text, bool error)
{
    Theme::showStatus(m_status, text, error);
}

void ShaarliAccountDialog::connectAccount()
{
    if (m_checking)
        return;
    const QUrl server = QUrl::fromUserInput(m_server->text().trimmed());
    m_checking = true;
    m_connect->setEnabled(false);
    showStatus(tr("Checking the secret with %1…").arg(server.toDisplayString()), false);
    QPointer<ShaarliAccountDialog> self(this);
    m_engine.accounts().addShaarli(server, m_secret->text(), [self](const Accounts::AddResult &result) {
        if (!self)
            return;
        self->m_checking = false;
        self->m_connect->setEnabled(true);
        if (!result.error.isEmpty()) {
            self->showStatus(result.error, true);
            return;
        }
        const QString name = result.account.displayName.isEmpty() ? result.account.server.host()
                                                                  : result.account.displayName;
        const QString message = result.replaced
            ? tr("Updated the API secret for %1.").arg(name)
            : tr("Connected to %1: your links will sync with it.").arg(name);
        self->showStatus(message, false);
        self->m_secret->clear();
        self->updateCurrent();
        self->m_engine.pullLinks();
        Q_EMIT self->connected(result.id, message);
        self->accept();
    });
}

void ShaarliAccountDialog::disconnectAccount()
{
    if (!m_currentId)
        return;
    const auto answer = QMessageBox::question(this, tr("Disconnect Shaarli"),
        tr("Stop syncing links with this Shaarli? Your links stay in Gilde and on the server; changes "
           "still waiting in the outbox for it are dropped."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QPointer<ShaarliAccountDialog> self(this);
    m_engine.accounts().remove(m_currentId, [self](bool ok, const QString &error) {
        if (!self)
            return;
        self->showStatus(ok ? tr("Disconnected.") : error, !ok);
        self->updateCurrent();
    });
}

} // namespace gilde
