#pragma once

#include "core/model/Link.h"

#include <QRect>
#include <QWidget>

#include <functional>

class QCompleter;
class QLineEdit;

namespace gilde
{

class TagCompletionModel;

/// The tags of a link being saved: a chip for each tag given and a field for
/// the next one. A comma or a space turns what is typed into a chip (pasted
/// lists too); Backspace in the empty field takes the last chip back to edit.
/// While typing, the library's tags with that beginning are offered with how
/// often each is used; Enter or Tab takes the highlighted one.
class TagEdit : public QWidget
{
    Q_OBJECT
public:
    /// Tags starting with `prefix`, most used first (LinkStore::tagsWithPrefix).
    using Lookup = std::function<QList<TagCount>(const QString &prefix)>;

    explicit TagEdit(QWidget *parent = nullptr);

    void setLookup(Lookup lookup);
    void setTags(const QStringList &tags);
    /// The chips, then what is typed but not yet a chip.
    QStringList tags() const;
    QStringList chips() const { return m_chips; }

    QLineEdit *lineEdit() const;
    QCompleter *completer() const { return m_completer; }
    TagCompletionModel *completionModel() const { return m_model; }
    bool isCompleting() const;

    void setPlaceholderText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void tagsChanged();
    /// Enter in the field when no completion took it: the form may be saved.
    void submitted();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    class Field;
    struct Chip {
        QRect rect;
        QRect close;
    };
    void edited(const QString &text);
    void addChip(const QString &tag);
    void removeChip(int index);
    void completed(const QString &tag);
    void updateCompletion();
    int layoutHeight(int width, bool apply);
    void relayout();
    void stylePopup();
    QFont chipFont() const;

    Field *m_edit;
    QCompleter *m_completer;
    TagCompletionModel *m_model;
    Lookup m_lookup;
    QStringList m_chips;
    QList<Chip> m_chipRects;
    int m_hoverClose = -1;
    QString m_placeholder;
};

} // namespace gilde
