#include "OutboxDialog.h"

#include "core/Engine.h"
#include "core/sources/mastodon/MastodonWrites.h"
#include "core/store/OutboxStore.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncEngine.h"
#include "ui/common/RelativeTime.h"
#include "ui/common/Theme.h"
#include "ui/compose/EntryEditor.h"
#include "ui/outbox/OutboxModel.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace gilde
{

OutboxDialog::OutboxDialog(Engine &engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_model(new OutboxModel(engine.outboxStore(), engine.accountStore(), this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry now"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_discard(new QPushButton(tr("Discard…"), this))
    , m_sendAll(new QPushButton(tr("Send all now"), this))
    , m_tick(new QTimer(this))
    , m_summaryTimer(new QTimer(this))
{
    setWindowTitle(tr("Outbox"));
    resize(860, 440);

    m_summary->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Changes to send"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->resizeSection(OutboxModel::StateColumn, 130);
    header->resizeSection(OutboxModel::ActionColumn, 100);
    header->resizeSection(OutboxModel::TargetColumn, 290);
    header->resizeSection(OutboxModel::AttemptsColumn, 70);
    header->resizeSection(OutboxModel::NextColumn, 100);

    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 3);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_retry->setToolTip(tr("Try to send the selected change again now"));
    m_edit->setToolTip(tr("Change the selected post or reply and send it again"));
    m_discard->setToolTip(tr("Remove the selected change from the outbox without sending it"));
    m_sendAll->setToolTip(tr("Try every waiting change now, without waiting for its next attempt"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    buttons->addWidget(m_sendAll);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &OutboxDialog::retrySelected);
    connect(m_edit, &QPushButton::clicked, this, &OutboxDialog::editSelected);
    connect(m_discard, &QPushButton::clicked, this, &OutboxDialog::discardSelected);
    connect(m_sendAll, &QPushButton::clicked, this, &OutboxDialog::sendAll);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &OutboxDialog::updateSelection);

    // A long queue being delivered changes many rows: one count for a burst.
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(100);
    connect(m_summaryTimer, &QTimer::timeout, this, &OutboxDialog::updateSummary);
    Outbox &outbox = engine.outbox();
    connect(&outbox, &Outbox::entryChanged, this, [this](qint64 id) {
        m_model->entryChanged(id);
        if (id == selectedEntryId())
            updateSelection();
        m_summaryTimer->start();
    });
    connect(&outbox, &Outbox::countChanged, m_summaryTimer, qOverload<>(&QTimer::start));
    connect(&engine.sync(), &SyncEngine::onlineChanged, this, &OutboxDialog::updateSummary);
    m_tick->setInterval(15000);
    connect(m_tick, &QTimer::timeout, m_model, &OutboxModel::tick);
    m_tick->start();

    updateSummary();
    // The first failure is what the user most likely came for.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entryAt(row)->state == OutboxEntry::State::Failed) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    updateSelection();
}

void OutboxDialog::updateSummary()
{
    int waiting = 0;
    int failed = 0;
    int sent = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        switch (m_model->entryAt(row)->state) {
        case OutboxEntry::State::Queued:
        case OutboxEntry::State::Sending:
            ++waiting;
            break;
        case OutboxEntry::State::Failed:
            ++failed;
            break;
        case OutboxEntry::State::Sent:
            ++sent;
            break;
        }
    }
    QStringList parts;
    if (m_model->rowCount() == 0)
        parts << tr("The outbox is empty: every change has been sent.");
    if (waiting > 0)
        parts << tr("%n change(s) waiting to be sent", nullptr, waiting);
    if (failed > 0)
        parts << QStringLiteral("<span style=\"color:%1\">%2</span>")
                     .arg(Theme::error(palette()).name(),
                         tr("%n could not be sent", nullptr, failed).toHtmlEscaped());
    if (sent > 0)
        parts << tr("%n sent", nullptr, sent);
    QString text = parts.join(QStringLiteral(" · "));
    if (!m_engine.sync().isOnline() && waiting > 0)
        text += QStringLiteral("<br>")
            + tr("You are offline: changes are sent once the network is back.").toHtmlEscaped();
    m_summary->setText(text);
    m_sendAll->setEnabled(waiting > 0);
}

qint64 OutboxDialog::selectedEntryId() const
{
    const OutboxEntry *e = m_model->entryAt(m_view->currentIndex().row());
    return e ? e->id : 0;
}

void OutboxDialog::selectEntry(qint64 entryId)
{
    const int row = m_model->rowOf(entryId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void OutboxDialog::updateSelection()
{
    const OutboxEntry *e = m_model->entryAt(m_view->currentIndex().row());
    m_retry->setEnabled(
        e && (e->state == OutboxEntry::State::Failed || e->state == OutboxEntry::State::Queued));
    // A post the server holds for later can still be changed, or called off.
    const bool heldByServer = e && mastodon::scheduledOnServerAt(*e, QDateTime::currentMSecsSinceEpoch()) > 0;
    m_edit->setEnabled(e && (Outbox::canEdit(*e) || heldByServer) && entryEditor::handles(e->action));
    m_discard->setEnabled(e && e->state != OutboxEntry::State::Sending);
    m_discard->setText(heldByServer ? tr("Cancel post…") : tr("Discard…"));
    if (!e) {
        m_detail->setText(QString());
        return;
    }
    QString html = QStringLiteral("<b>%1</b> · %2")
                       .arg(OutboxModel::actionText(e->action).toHtmlEscaped(),
                           OutboxModel::targetText(*e).toHtmlEscaped());
    if (!e->lastError.isEmpty())
        html += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                    .arg(Theme::error(palette()).name(), e->lastError.toHtmlEscaped());
    if (e->state == OutboxEntry::State::Failed)
        html += QStringLiteral("<br>")
            + (entryEditor::handles(e->action)
                      ? tr("The server refused this change. Edit it and send it again, or discard it.")
                      : tr("The server refused this change. Retry it once the problem is fixed, or discard it."))
                  .toHtmlEscaped();
    m_detail->setText(html);
}

void OutboxDialog::retrySelected()
{
    const qint64 id = selectedEntryId();
    if (!id)
        return;
    m_engine.outbox().retry(id);
    m_model->entryChanged(id);
    updateSelection();
    updateSummary();
}

QDialog *OutboxDialog::editSelected()
{
    const OutboxEntry *e = m_model->entryAt(m_view->currentIndex().row());
    if (!e || !(Outbox::canEdit(*e) || mastodon::scheduledOnServerAt(*e, QDateTime::currentMSecsSinceEpoch()) > 0))
        return nullptr;
    QDialog *editor = entryEditor::create(m_engine, *e, this);
    if (editor)
        editor->open();
    return editor;
}

bool OutboxDialog::discardSelected()
{
    const OutboxEntry *e = m_model->entryAt(m_view->currentIndex().row());
    if (!e)
        return false;
    const qint64 id = e->id;
    const QString what = OutboxModel::targetText(*e);
    if (const qint64 at = mastodon::scheduledOnServerAt(*e, QDateTime::currentMSecsSinceEpoch()); at > 0) {
        const auto cancel = QMessageBox::question(this, tr("Cancel scheduled post"),
            tr("Cancel “%1”, which the server is to publish %2? It will not appear.")
                .arg(what, QLocale().toString(QDateTime::fromMSecsSinceEpoch(at), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (cancel != QMessageBox::Yes)
            return false;
        QString error;
        if (m_engine.outbox().enqueue(e->accountId, QLatin1String(mastodon::UnscheduleAction),
                mastodon::unschedulePayload(*e), &error) <= 0) {
            QMessageBox::warning(this, tr("Cancel scheduled post"), tr("It could not be queued: %1").arg(error));
            return false;
        }
        m_engine.outbox().discard(id); // the cancelling entry takes its place in the list
        m_model->reload();
        updateSelection();
        updateSummary();
        return true;
    }
    const auto answer = QMessageBox::question(this, tr("Discard change"),
        tr("Discard “%1: %2”? It will not be sent to the server.")
            .arg(OutboxModel::actionText(e->action), what),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    m_engine.outbox().discard(id);
    m_model->entryChanged(id);
    updateSelection();
    updateSummary();
    return m_model->rowOf(id) < 0;
}

void OutboxDialog::sendAll()
{
    m_engine.outbox().deliverNow();
}

} // namespace gilde
