#include "StartupProbe.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace gilde
{

namespace
{
QElapsedTimer &startClock()
{
    static QElapsedTimer clock;
    return clock;
}

/// Process age from the kernel: now (boot clock) minus the start time in
/// /proc/self/stat (clock ticks since boot). Includes loading the program.
qint64 kernelProcessAgeMs()
{
#ifdef Q_OS_LINUX
    QFile f(QStringLiteral("/proc/self/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const int close = stat.lastIndexOf(')'); // the command name may hold spaces
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // Field 22 of the whole line is the 20th after the name and state.
    if (fields.size() < 20)
        return -1;
    const qint64 startTicks = fields.at(19).toLongLong();
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const long hz = sysconf(_SC_CLK_TCK);
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    return nowMs - startTicks * 1000 / hz;
#else
    return -1;
#endif
}
} // namespace

void StartupProbe::markStart()
{
    if (!startClock().isValid())
        startClock().start();
}

qint64 StartupProbe::sinceProcessStart()
{
    const qint64 kernel = kernelProcessAgeMs();
    if (kernel >= 0)
        return kernel;
    return startClock().isValid() ? startClock().elapsed() : -1;
}

qint64 StartupProbe::cpuMs()
{
#ifdef Q_OS_LINUX
    timespec cpu {};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu) != 0)
        return -1;
    return qint64(cpu.tv_sec) * 1000 + cpu.tv_nsec / 1000000;
#else
    return -1;
#endif
}

qint64 StartupProbe::residentKib()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

StartupProbe::StartupProbe(QWidget *widget, QObject *parent)
    : QObject(parent)
    , m_widget(widget)
{
    qApp->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_done && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_widget->window()) {
        m_done = true;
        qApp->removeEventFilter(this);
        // After this event the frame is painted and flushed.
        QTimer::singleShot(0, this, &StartupProbe::painted);
    }
    return false;
}

void StartupProbe::painted()
{
    if (qEnvironmentVariableIntValue("GILDE_REPORT_FIRST_PAINT") > 0) {
        const qint64 sinceMain = startClock().isValid() ? startClock().elapsed() : -1;
        std::fprintf(stdout, "first-paint-ms %lld\nfirst-paint-cpu-ms %lld\nmain-to-paint-ms %lld\n",
            static_cast<long long>(sinceProcessStart()), static_cast<long long>(cpuMs()),
            static_cast<long long>(sinceMain));
        std::fflush(stdout);
    }
    bool ok = false;
    const int settle = qEnvironmentVariableIntValue("GILDE_REPORT_SETTLE_MS", &ok);
    if (ok && settle >= 0) {
        QTimer::singleShot(settle, qApp, [] {
            std::fprintf(stdout, "rss-kib %lld\n", static_cast<long long>(residentKib()));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    Q_EMIT firstPainted();
}

} // namespace gilde
