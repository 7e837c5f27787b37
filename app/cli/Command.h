#pragma once

#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>

#include <memory>

namespace gilde
{

class Engine;

/// Where a command writes: standard output for results, standard error for
/// what went wrong. Both UTF-8.
struct Console {
    QTextStream out;
    QTextStream err;
    Console();
};

/// One subcommand of the command line. The dispatcher gives it a parser with
/// the common options (--profile, --json, --help) already added, lets it add
/// its own, and opens the profile for it when it asks. A command either
/// returns its exit code from run() or returns Pending and emits finished()
/// later, from the event loop: there are no nested event loops.
class Command : public QObject
{
    Q_OBJECT
public:
    static constexpr int Success = 0;
    static constexpr int Failure = 1;
    static constexpr int UsageError = 2;
    static constexpr int Pending = -1;

    explicit Command(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    virtual QString name() const = 0;
    /// One line for the list of commands.
    virtual QString summary() const = 0;
    /// The positional arguments for the usage line, e.g. "FILE|URL"; may be empty.
    virtual QString syntax() const { return {}; }
    virtual bool needsProfile() const { return true; }
    virtual void addOptions(QCommandLineParser &parser) { Q_UNUSED(parser) }
    /// `args` are the positional arguments after the command's name.
    virtual int run(const QCommandLineParser &parser, const QStringList &args) = 0;

    void setContext(Console *console, Engine *engine, const QString &usage)
    {
        m_console = console;
        m_engine = engine;
        m_usage = usage;
    }

Q_SIGNALS:
    void finished(int exitCode);

protected:
    QTextStream &out() { return m_console->out; }
    QTextStream &err() { return m_console->err; }
    Engine &engine() { return *m_engine; }
    /// Prints the problem and the command's usage on stderr; returns UsageError.
    int usageError(const QString &message);
    /// Prints the problem on stderr; returns Failure.
    int failure(const QString &message);
    /// Parses a positive id or count given to `option`; 0 when it is not one.
    static qint64 positiveNumber(const QString &text);

private:
    Console *m_console = nullptr;
    Engine *m_engine = nullptr;
    QString m_usage;
};

// The commands, each in its own file.
std::unique_ptr<Command> makeFeedDumpCommand();
std::unique_ptr<Command> makeImportOpmlCommand();
std::unique_ptr<Command> makeExportOpmlCommand();
std::unique_ptr<Command> makeRefreshCommand();
std::unique_ptr<Command> makeItemsCommand();
std::unique_ptr<Command> makeSourcesCommand();
std::unique_ptr<Command> makeColumnsCommand();
std::unique_ptr<Command> makeLinksCommand();
std::unique_ptr<Command> makeLinksSyncCommand();
std::unique_ptr<Command> makeAccountCommand();
std::unique_ptr<Command> makeSubscribeCommand();
std::unique_ptr<Command> makePostCommand();
std::unique_ptr<Command> makeAccountsCommand();
std::unique_ptr<Command> makeOutboxCommand();
std::unique_ptr<Command> makeThreadCommand();

} // namespace gilde
