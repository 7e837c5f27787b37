#pragma once

#include <QDialog>
#include <QUrl>

#include <functional>

class QLabel;
class QLineEdit;
class QOAuthHttpServerReplyHandler;
class QPushButton;
class QWidget;

namespace gilde
{

class Engine;
class MastodonSignIn;

/// Adds a Mastodon account: the user names a server, Gilde registers itself
/// there and opens the server's sign-in page in the browser; the code comes
/// back on a loopback redirect (Qt NetworkAuth's reply handler on
/// 127.0.0.1), or, when the browser cannot reach Gilde, the user pastes the
/// code the server shows. The token is checked, kept in the keychain, and the
/// account's tab with Home and Notifications is added.
class MastodonSignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MastodonSignInDialog(Engine &engine, QWidget *parent = nullptr);
    ~MastodonSignInDialog() override;

    QLineEdit *serverField() const { return m_server; }
    QLineEdit *codeField() const { return m_code; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *useCodeButton() const { return m_useCode; }
    QLabel *statusLabel() const { return m_status; }
    /// Where the browser was sent (for tests: the "browser" follows it).
    QUrl lastAuthorizationUrl() const;
    /// Opening the browser; tests replace it. Default: QDesktopServices.
    void setBrowserOpener(std::function<void(const QUrl &)> open) { m_openBrowser = std::move(open); }

    /// Registers with the server and opens its sign-in page.
    void startSignIn();
    /// Exchanges a code (pasted, or from the redirect).
    void useCode(const QString &code, const QString &redirectUri);

Q_SIGNALS:
    /// The account is in; `tabId` is its new tab (0 when it existed).
    void accountAdded(qint64 accountId, qint64 tabId, const QString &message);

private:
    void showStatus(const QString &text, bool error);
    void setBusy(bool busy);
    void openAuthorization(const QString &redirectUri);

    Engine &m_engine;
    QLineEdit *m_server;
    QPushButton *m_signIn;
    QWidget *m_codeRow;
    QLineEdit *m_code;
    QPushButton *m_useCode;
    QPushButton *m_showCodePage;
    QLabel *m_status;
    MastodonSignIn *m_flow = nullptr;
    QOAuthHttpServerReplyHandler *m_redirect = nullptr;
    QUrl m_lastAuthorization;
    std::function<void(const QUrl &)> m_openBrowser;
    bool m_busy = false;
};

} // namespace gilde
