#pragma once

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace gilde
{

class Engine;
class SourceTableModel;
struct RefreshSummary;

/// Manages the subscriptions: a sortable, filterable table of sources with
/// rename (inline), move to folder, delete (confirmed; items go too), refresh,
/// and OPML import/export. Results and errors are shown inline; the table
/// follows Subscriptions::sourcesChanged and the SyncEngine's progress live.
class SourcesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SourcesDialog(Engine &engine, QWidget *parent = nullptr);
    ~SourcesDialog() override;

    SourceTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QList<qint64> selectedSourceIds() const;
    void selectSources(const QList<qint64> &sourceIds);
    /// The inline result or error line, "" when none.
    QString message() const;

public Q_SLOTS:
    void renameSelected();
    void moveSelected();
    /// Asks for confirmation (non-blocking), then unsubscribes.
    void deleteSelected();
    void refreshSelected();
    void importOpml();
    void exportOpml();
    /// The work behind the file dialogs, callable directly.
    bool importOpmlFile(const QString &path);
    bool exportOpmlFile(const QString &path);
    void removeSources(const QList<qint64> &sourceIds);
    void moveSources(const QList<qint64> &sourceIds, const QString &folder);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void updateButtons();
    void updateCount();
    void scheduleReload();
    void showMessage(const QString &text, bool isError);
    void applyColours();
    void onRefreshFinished(const RefreshSummary &summary);

    Engine &m_engine;
    SourceTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_moveButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QList<qint64> m_selectionBeforeReset;
    bool m_awaitingRefresh = false; ///< a refresh started here; its summary is shown
};

} // namespace gilde
