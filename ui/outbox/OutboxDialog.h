#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTimer;
class QTreeView;

namespace gilde
{

class Engine;
class OutboxModel;

/// The outbox as a list: every queued write with its state, what it does,
/// attempts, when it is tried next and the server's last answer in red.
/// Retry a failed entry now, edit a refused or unsent post in its composer,
/// discard one (after asking), or send everything now. Follows the outbox live.
class OutboxDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OutboxDialog(Engine &engine, QWidget *parent = nullptr);

    OutboxModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *sendAllButton() const { return m_sendAll; }
    QLabel *detailLabel() const { return m_detail; }

    void selectEntry(qint64 entryId);
    qint64 selectedEntryId() const;
    void retrySelected();
    /// Opens the composer on the selected post or reply; nullptr when it
    /// is no write the user can change now.
    QDialog *editSelected();
    /// Asks first; true when the entry was discarded.
    bool discardSelected();
    void sendAll();

private:
    void updateSummary();
    void updateSelection();

    Engine &m_engine;
    OutboxModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QLabel *m_detail;
    QPushButton *m_retry;
    QPushButton *m_edit;
    QPushButton *m_discard;
    QPushButton *m_sendAll;
    QTimer *m_tick;
    QTimer *m_summaryTimer;
};

} // namespace gilde
