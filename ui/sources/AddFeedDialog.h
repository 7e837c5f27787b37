#pragma once

#include "core/sources/feeds/FeedDiscovery.h"

#include <QDialog>
#include <QUrl>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace gilde
{

class Engine;

/// Subscribes to a feed from whatever the user has: a feed URL, a web page
/// that advertises feeds, or a bare domain. The lookup runs asynchronously
/// (the dialog stays responsive and Cancel always works); a page with several
/// feeds offers a list to pick from; problems are shown inline, never in a popup.
class AddFeedDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddFeedDialog(Engine &engine, QWidget *parent = nullptr);
    ~AddFeedDialog() override;

    /// Pre-fills the address (e.g. from the clipboard or a dropped link).
    void setUrl(const QString &text);
    /// What the user typed, made into a URL: "example.com" becomes "https://example.com".
    static QUrl normalizeInput(const QString &text);

    bool isBusy() const { return m_busy; }
    /// The inline error or notice shown, "" when none.
    QString message() const;

Q_SIGNALS:
    void subscribed(qint64 sourceId);

public Q_SLOTS:
    /// The "Add" button: looks the address up, or subscribes to the feeds picked from the list.
    void add();
    void reject() override;

private:
    void startProbe(const QString &address);
    void probeFinished(
        const QUrl &url, bool isFeed, const QList<DiscoveredFeed> &feeds, const QString &error);
    void showCandidates(const QList<DiscoveredFeed> &feeds);
    void subscribeTo(const QList<DiscoveredFeed> &feeds);
    void setBusy(bool busy, const QString &status = {});
    void showError(const QString &text);
    void showNotice(const QString &text);
    void resetCandidates();
    void fitHeight();
    QString chosenFolder() const;
    void updateAddButton();

    Engine &m_engine;
    quint64 m_probeGeneration = 0; ///< answers of abandoned lookups are dropped
    bool m_busy = false;

    QLineEdit *m_urlEdit = nullptr;
    QComboBox *m_folderCombo = nullptr;
    QListWidget *m_feedList = nullptr;
    QLabel *m_listLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_addButton = nullptr;
};

} // namespace gilde
