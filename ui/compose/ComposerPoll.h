#pragma once

#include "core/sources/mastodon/MastodonWrites.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace gilde
{

/// A poll for a post: two to four choices, how long it runs, and whether
/// voters may pick more than one.
class ComposerPoll : public QWidget
{
    Q_OBJECT
public:
    explicit ComposerPoll(QWidget *parent = nullptr);

    /// The poll as filled in; empty choices are left out.
    mastodon::PollDraft poll() const;
    void setPoll(const mastodon::PollDraft &poll);
    QLineEdit *choiceField(int index) const { return m_choices.value(index); }

Q_SIGNALS:
    void changed();

private:
    void showChoices(int count);

    QList<QLineEdit *> m_choices;
    QPushButton *m_more;
    QComboBox *m_duration;
    QCheckBox *m_multiple;
    int m_shown = mastodon::MinPollOptions;
};

} // namespace gilde
