#include "ComposerPoll.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gilde
{

ComposerPoll::ComposerPoll(QWidget *parent)
    : QWidget(parent)
    , m_more(new QPushButton(tr("Add a choice"), this))
    , m_duration(new QComboBox(this))
    , m_multiple(new QCheckBox(tr("Voters may pick several"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < mastodon::MaxPollOptions; ++i) {
        auto *choice = new QLineEdit(this);
        choice->setPlaceholderText(tr("Choice %1").arg(i + 1));
        choice->setAccessibleName(tr("Poll choice %1").arg(i + 1));
        choice->setMaxLength(50); // Mastodon's limit per choice
        connect(choice, &QLineEdit::textChanged, this, &ComposerPoll::changed);
        layout->addWidget(choice);
        m_choices << choice;
    }
    const std::pair<int, QString> durations[] = { { 5 * 60, tr("5 minutes") }, { 30 * 60, tr("30 minutes") },
        { 3600, tr("1 hour") }, { 6 * 3600, tr("6 hours") }, { 24 * 3600, tr("1 day") }, { 3 * 24 * 3600, tr("3 days") },
        { 7 * 24 * 3600, tr("7 days") } };
    for (const auto &[secs, label] : durations)
        m_duration->addItem(label, secs);
    m_duration->setCurrentIndex(m_duration->findData(24 * 3600));
    m_duration->setAccessibleName(tr("How long the poll runs"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_more);
    row->addWidget(m_duration);
    row->addWidget(m_multiple);
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_more, &QPushButton::clicked, this, [this] {
        showChoices(m_shown + 1);
        m_choices.at(m_shown - 1)->setFocus();
    });
    connect(m_duration, &QComboBox::currentIndexChanged, this, &ComposerPoll::changed);
    connect(m_multiple, &QCheckBox::toggled, this, &ComposerPoll::changed);
    showChoices(mastodon::MinPollOptions);
}

void ComposerPoll::showChoices(int count)
{
    m_shown = qBound(mastodon::MinPollOptions, count, mastodon::MaxPollOptions);
    for (int i = 0; i < m_choices.size(); ++i)
        m_choices.at(i)->setVisible(i < m_shown);
    m_more->setVisible(m_shown < mastodon::MaxPollOptions);
}

mastodon::PollDraft ComposerPoll::poll() const
{
    mastodon::PollDraft poll;
    for (int i = 0; i < m_shown; ++i) {
        const QString choice = m_choices.at(i)->text().trimmed();
        if (!choice.isEmpty())
            poll.options << choice;
    }
    poll.expiresInSecs = m_duration->currentData().toInt();
    poll.multiple = m_multiple->isChecked();
    return poll;
}

void ComposerPoll::setPoll(const mastodon::PollDraft &poll)
{
    showChoices(int(poll.options.size()));
    for (int i = 0; i < m_choices.size(); ++i)
        m_choices.at(i)->setText(poll.options.value(i));
    int duration = m_duration->findData(poll.expiresInSecs);
    if (duration < 0) {
        m_duration->addItem(tr("%n minute(s)", nullptr, poll.expiresInSecs / 60), poll.expiresInSecs);
        duration = m_duration->count() - 1;
    }
    m_duration->setCurrentIndex(duration);
    m_multiple->setChecked(poll.multiple);
}

} // namespace gilde
