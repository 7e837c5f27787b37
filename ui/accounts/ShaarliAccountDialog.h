#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace gilde
{

class Engine;

/// Connects the link library to a Shaarli: its address and API secret,
/// checked with the server before anything is kept (the secret goes to the
/// system keychain). Problems show in the dialog; an existing connection can
/// be removed here too.
class ShaarliAccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShaarliAccountDialog(Engine &engine, QWidget *parent = nullptr);

    QLineEdit *serverField() const { return m_server; }
    QLineEdit *secretField() const { return m_secret; }
    QPushButton *connectButton() const { return m_connect; }
    QLabel *statusLabel() const { return m_status; }
    bool isChecking() const { return m_checking; }

    /// Checks and stores what is filled in.
    void connectAccount();

Q_SIGNALS:
    /// The account was added (or its secret replaced); `message` says so.
    void connected(qint64 accountId, const QString &message);

private:
    void updateCurrent();
    void showStatus(const QString &text, bool error);
    void disconnectAccount();

    Engine &m_engine;
    QLineEdit *m_server;
    QLineEdit *m_secret;
    QLabel *m_status;
    QLabel *m_current;
    QPushButton *m_disconnect;
    QPushButton *m_connect;
    qint64 m_currentId = 0;
    bool m_checking = false;
};

} // namespace gilde
