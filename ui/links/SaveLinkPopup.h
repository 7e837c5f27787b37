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

/// What the fields of a save popup hold: what was shown, or what was typed.
struct LinkDraft {
    QString url;
    QString title;
    QStringList tags; ///< the chips
    QString tagText; ///< typed after the chips, not yet a chip
    QString note;
    bool readLater = false;

    bool operator==(const LinkDraft &other) const = default;
};

/// The small popup that saves a link: address, title (fetched from the page
/// when there is none, without waiting for it), tags with completion, a note,
/// "read later" and where the link was found. Enter saves; Esc or a click
/// elsewhere dismisses it without losing anything: dismissed() hands what was
/// typed to the owner, who may give it back with restoreDraft() when the same
/// page is opened again. A page saved before is shown with what it had, so
/// that saving it again updates it. Closes itself (and is deleted) when done.
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

    /// The page the popup was opened for (normalized; the address as given
    /// when it is not a web address): drafts are kept per page.
    QString draftKey() const;
    /// What the fields hold now.
    LinkDraft typed() const;
    /// Something differs from what the popup showed when it opened.
    bool hasChanges() const;
    /// Fills the fields with what was typed before and says so.
    void restoreDraft(const LinkDraft &draft);
    bool isDraftRestored() const { return m_draftRestored; }
    /// Back to what the popup showed when it opened (the hint's "Discard").
    void discardDraft();
    QLabel *draftHint() const { return m_draftHint; }

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
    /// Closed without saving (Esc, a click elsewhere, another popup): what
    /// the fields held, and whether the user changed anything.
    void dismissed(const gilde::LinkDraft &typed, bool changed);

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
    void showFields(const LinkDraft &fields);
    QLabel *fieldLabel(const QString &text);

    LinkLibrary &m_library;
    LinkStore &m_store;
    Link m_base;
    bool m_existing = false;
    bool m_done = false;
    bool m_fetchingTitle = false;
    bool m_styling = false;
    QString m_titleFetchedFor;
    LinkDraft m_shown; ///< what the fields held when the popup opened
    bool m_draftRestored = false;

    QLabel *m_heading = nullptr;
    QLabel *m_known = nullptr;
    QWidget *m_draftRow = nullptr;
    QLabel *m_draftHint = nullptr;
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
