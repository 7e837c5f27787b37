#pragma once

// Runs the real gilde binary the way a user's shell would, without a display,
// for the command-line tests.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>

namespace gilde::test
{

struct CliRun {
    int exitCode = -1; ///< -1 when it did not start or end in time, -2 when it crashed
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// The child gets no display at all and no platform plugin choice, so a window
// or a QGuiApplication on the command-line path would fail the test.
inline QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *var : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "GILDE_PROFILE", "LANGUAGE" })
        env.remove(QString::fromLatin1(var));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

/// Waits for the process: the test servers answer from their own threads or
/// processes, so blocking here is fine.
inline CliRun runGilde(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.setProcessEnvironment(headlessEnvironment());
    p.start(QStringLiteral(GILDE_BINARY), args);
    CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        r.crashed = true;
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = r.crashed ? -2 : p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// Starts gilde for a sign-in that prints an address for the browser on
/// standard error; the first capture of `address` once it appeared, empty
/// when it did not in 10 s. `err` collects what was printed meanwhile.
inline QString startForAddress(QProcess &p, const QStringList &args, const QRegularExpression &address, QByteArray &err)
{
    p.setProcessEnvironment(headlessEnvironment());
    p.start(QStringLiteral(GILDE_BINARY), args);
    if (!p.waitForStarted(10000))
        return {};
    QRegularExpressionMatch m;
    for (int i = 0; i < 100 && !m.hasMatch(); ++i) {
        p.waitForReadyRead(100);
        err += p.readAllStandardError();
        m = address.match(QString::fromUtf8(err));
    }
    return m.hasMatch() ? m.captured(1) : QString();
}

/// The arguments with the profile in `dir` before them.
inline QStringList withProfile(const QTemporaryDir &dir, QStringList args)
{
    args.prepend(dir.filePath(QStringLiteral("profile")));
    args.prepend(QStringLiteral("--profile"));
    return args;
}

/// runGilde on the profile in `dir`.
inline CliRun run(const QTemporaryDir &dir, const QStringList &args, const QByteArray &input = {})
{
    return runGilde(withProfile(dir, args), input);
}

/// `gilde outbox --send` started `rounds` times and killed after a
/// lengthening while (from `firstMs`, `stepMs` more each round) unless it
/// ended: deliveries cut off at varying points. False when one did not start.
inline bool killDeliveryRepeatedly(const QTemporaryDir &dir, int rounds, int firstMs, int stepMs)
{
    for (int round = 0; round < rounds; ++round) {
        QProcess p;
        p.setProcessEnvironment(headlessEnvironment());
        p.start(QStringLiteral(GILDE_BINARY), withProfile(dir, { QStringLiteral("outbox"), QStringLiteral("--send") }));
        if (!p.waitForStarted(10000))
            return false;
        p.waitForFinished(firstMs + round * stepMs);
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(5000);
        }
    }
    return true;
}

/// Signs out of every account of the profile: the keychain outlives the test.
inline void removeAccounts(const QTemporaryDir &dir)
{
    const QJsonArray accounts = run(dir, { QStringLiteral("accounts"), QStringLiteral("--json") }).json().array();
    for (const QJsonValue &a : accounts)
        run(dir, { QStringLiteral("account"), QStringLiteral("remove"),
                     QString::number(a.toObject().value(QLatin1String("id")).toInteger()) });
}

} // namespace gilde::test
