#pragma once

#include <QWidget>

namespace gilde
{

/// The small rounded status in the window's header: offline, refreshing,
/// failing feeds, the outbox. Hidden when there is nothing to say; clickable
/// when the state has somewhere to go (failing feeds open the sources), and
/// then also reached with Tab and pressed with Space or Enter.
class StatusPill : public QWidget
{
    Q_OBJECT
public:
    enum class Tone { Info, Warning, Error };

    explicit StatusPill(QWidget *parent = nullptr);

    /// `toolTip` "" says what a click does for the feeds.
    void showStatus(Tone tone, const QString &text, bool clickable = false, const QString &toolTip = {});
    void clear();
    QString text() const { return m_text; }
    Tone tone() const { return m_tone; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    Tone m_tone = Tone::Info;
    QString m_text;
    bool m_clickable = false;
};

} // namespace gilde
