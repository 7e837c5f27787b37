#pragma once

#include <QObject>

class QWidget;

namespace gilde
{

/// Start-up figures for the benchmark, off unless asked for by environment:
/// GILDE_REPORT_FIRST_PAINT=1 prints "first-paint-ms <N>" (since the process
/// started) and "first-paint-cpu-ms <N>" when `widget` first paints; GILDE_REPORT_SETTLE_MS=<N> then
/// prints "rss-kib <N>" after N ms and quits the application.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    /// Call as early as possible in main: the fallback clock starts here.
    static void markStart();
    /// Milliseconds since the process was created (or since markStart()).
    static qint64 sinceProcessStart();
    /// CPU time of this process so far (all threads), -1 when unknown: unlike
    /// wall time, it hardly changes when other programs load the machine.
    static qint64 cpuMs();
    /// Resident memory of this process in KiB, -1 when unknown.
    static qint64 residentKib();

    /// Watches the window of `widget` for its first paint (of any of its
    /// widgets: which one paints first depends on what covers what); emits
    /// firstPainted() once, after it.
    explicit StartupProbe(QWidget *widget, QObject *parent = nullptr);

Q_SIGNALS:
    void firstPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void painted();
    QWidget *m_widget;
    bool m_done = false;
};

} // namespace gilde
