#pragma once

#include <QDialog>
#include <QUrl>

#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QOAuthHttpServerReplyHandler;
class QPlainTextEdit;
class QPushButton;

namespace gilde
{

class DiscourseUserApiKey;
class Engine;

/// Signs in to a Discourse forum with a User API Key: the user names the
/// forum, Gilde opens its "allow an application" page in the browser, and the
/// user pastes back the text the forum shows. Pasting works everywhere; a
/// forum whose administrators allowed applications to be sent the key on
/// this machine's own address (allowed_user_api_auth_redirects) can send it
/// straight back, to a port Gilde opens on 127.0.0.1 for the purpose, when
/// the user ticks that. The key is decrypted, checked, kept in the keychain,
/// and the forum's tab is added.
class DiscourseSignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DiscourseSignInDialog(Engine &engine, QWidget *parent = nullptr);
    ~DiscourseSignInDialog() override;

    QLineEdit *forumField() const { return m_forum; }
    QPushButton *openButton() const { return m_open; }
    QPlainTextEdit *payloadField() const { return m_payload; }
    /// "The forum sends the key straight back" (unticked: paste).
    QCheckBox *directBox() const { return m_direct; }
    QPushButton *signInButton() const { return m_signIn; }
    QLabel *statusLabel() const { return m_status; }
    /// Where the browser was sent (for tests: the "browser" follows it).
    QUrl lastAuthorizationUrl() const { return m_lastAuthorization; }
    /// Opening the browser; tests replace it. Default: QDesktopServices.
    void setBrowserOpener(std::function<void(const QUrl &)> open) { m_openBrowser = std::move(open); }

    /// Makes a key pair and opens the forum's page for allowing Gilde.
    void openForum();
    /// Decrypts the pasted text and signs in with the key in it.
    void signIn();

Q_SIGNALS:
    /// The account is in; `tabId` is the forum's new tab (0 when it existed).
    void accountAdded(qint64 accountId, qint64 tabId, const QString &message);

private:
    void showStatus(const QString &text, bool error);
    /// Opens the port the forum sends the key to; its address, or none.
    QUrl listenForKey();
    void updateButtons();

    Engine &m_engine;
    QLineEdit *m_forum;
    QPushButton *m_open;
    QPlainTextEdit *m_payload;
    QCheckBox *m_direct;
    QOAuthHttpServerReplyHandler *m_receiver = nullptr; ///< while a direct answer is awaited
    QPushButton *m_signIn;
    QLabel *m_status;
    std::unique_ptr<DiscourseUserApiKey> m_request;
    QUrl m_requestForum;
    QUrl m_lastAuthorization;
    std::function<void(const QUrl &)> m_openBrowser;
    bool m_busy = false;
};

} // namespace gilde
