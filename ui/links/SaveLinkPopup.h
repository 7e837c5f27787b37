#pragma once

#include "core/links/LinkLibrary.h"
#include "core/model/Link.h"

#include <QFrame>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace gilde
{

class LinkStore;
class TagEdit;

/// The small popup that saves a link: address, title (fetched from the page
/// when there is none, without waiting for it), tags with completion, a note,
/// "read later" and where the link was found. Enter saves, Esc or a click
/// elsewhere cancels. A page saved before is shown with what it had, so that
/// saving it again updates it. Closes itself (and is deleted) when done.
class SaveLinkPopup : public QFrame
{
    Q_OBJECT
public:
    SaveLinkPopup(LinkLibrary &library, LinkStore &store, QWidget *parent = nullptr);

    /// What to save: `link.url` as found (normalized on save), with where it
    /// was found (fromItemId, fromSourceId, fromColumnId); `link.id` set edits
    /// that saved link. `foundIn` names the column and source for the user.
    void setDraft(const Link &link, const QString &foundIn = {});
    Link draft() const { return m_base; }

    /// Shows the popup next to `anchor` (global coordinates): below it when
    /// there is room, else above, always on the screen.
    void showNear(const QRect &anchor);

    /// Saves what is filled in; false (with the reason shown) when it cannot.
    bool save();

    bool isEditing() const { return m_base.id > 0; }
    bool isKnownPage() const { return m_existing; }
    QString errorText() const;

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *titleEdit() const { return m_title; }
    TagEdit *tagEdit() const { return m_tags; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QCheckBox *readLaterBox() const { return m_readLater; }
    QPushButton *saveButton() const { return m_save; }
    bool isFetchingTitle() const { return m_fetchingTitle; }

Q_SIGNALS:
    void saved(const gilde::LinkLibrary::SaveResult &result, const gilde::Link &link);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void applyStyle();
    void fetchTitleIfEmpty();
    void showError(const QString &text);
    QLabel *fieldLabel(const QString &text);

    LinkLibrary &m_library;
    LinkStore &m_store;
    Link m_base;
    bool m_existing = false;
    bool m_done = false;
    bool m_fetchingTitle = false;
    bool m_styling = false;
    QString m_titleFetchedFor;

    QLabel *m_heading = nullptr;
    QLabel *m_known = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_title = nullptr;
    TagEdit *m_tags = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QCheckBox *m_readLater = nullptr;
    QLabel *m_foundIn = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace gilde
