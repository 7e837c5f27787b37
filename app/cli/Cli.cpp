#include "Cli.h"

#include "Command.h"
#include "core/AppInfo.h"
#include "core/Engine.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstring>
#include <vector>

namespace gilde
{

namespace
{

// Options the window's QGuiApplication consumes together with the next argument,
// so that "gilde -platform offscreen" is not taken for a command named "offscreen".
bool isQtOptionWithValue(const char *arg)
{
    static const char *const withValue[] = { "-platform", "-platformpluginpath", "-platformtheme", "-plugin",
        "-qmljsdebugger", "-style", "-stylesheet", "-session", "-display", "-geometry", "-qwindowgeometry",
        "-qwindowtitle", "-qwindowicon", "-title", "-name" };
    for (const char *o : withValue) {
        if (std::strcmp(arg, o) == 0 || (arg[0] == '-' && arg[1] == '-' && std::strcmp(arg + 1, o) == 0))
            return true;
    }
    return false;
}

// Index of the subcommand's name in argv, or -1. Only options known before a
// command are skipped (--profile takes a value).
int commandIndex(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--profile") == 0 || isQtOptionWithValue(a)) {
            ++i;
            continue;
        }
        if (a[0] == '-')
            continue;
        return i;
    }
    return -1;
}

bool hasArgument(int argc, char **argv, std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *n : names) {
            if (std::strcmp(argv[i], n) == 0)
                return true;
        }
    }
    return false;
}

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeFeedDumpCommand());
    commands.push_back(makeSubscribeCommand());
    commands.push_back(makeThreadCommand());
    commands.push_back(makeImportOpmlCommand());
    commands.push_back(makeExportOpmlCommand());
    commands.push_back(makeRefreshCommand());
    commands.push_back(makeItemsCommand());
    commands.push_back(makeSourcesCommand());
    commands.push_back(makeColumnsCommand());
    commands.push_back(makeLinksCommand());
    commands.push_back(makeLinksSyncCommand());
    commands.push_back(makeAccountCommand());
    commands.push_back(makeAccountsCommand());
    commands.push_back(makePostCommand());
    commands.push_back(makeOutboxCommand());
    return commands;
}

QString globalUsage(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString text
        = QCoreApplication::translate("Cli", "Usage: gilde [--profile DIR] COMMAND [options] [--json]")
        + u'\n';
    text += QCoreApplication::translate("Cli", "Without a command, gilde opens its window.")
        + QStringLiteral("\n\n");
    text += QCoreApplication::translate("Cli", "Commands:") + u'\n';
    for (const auto &c : commands) {
        const QString head = c->name() + (c->syntax().isEmpty() ? QString() : u' ' + c->syntax());
        text += QStringLiteral("  ") + head.leftJustified(28) + u' ' + c->summary() + u'\n';
    }
    text += u'\n'
        + QCoreApplication::translate("Cli",
            "Common options:\n"
            "  --profile DIR   the data folder (default: $GILDE_PROFILE or %1)\n"
            "  --json          print JSON instead of text\n"
            "  -h, --help      help for a command: gilde COMMAND --help\n"
            "  -v, --version   the version of gilde\n")
              .arg(Engine::defaultProfileDir());
    return text;
}

} // namespace

bool isCliInvocation(int argc, char **argv)
{
    return commandIndex(argc, argv) > 0
        || hasArgument(argc, argv, { "--help", "-h", "--version", "-v", "--help-all" });
}

QString profileArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--profile") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--profile=", 10) == 0)
            return QString::fromLocal8Bit(argv[i] + 10);
    }
    return {};
}

int runCli(int argc, char **argv)
{
    setApplicationInfo();
    // Standard error is for what the user must know; the program's own
    // diagnostics stay quiet unless QT_LOGGING_RULES asks for them.
    QLoggingCategory::setFilterRules(QStringLiteral("gilde.*.debug=false\ngilde.*.info=false"));
    QCoreApplication app(argc, argv);
    installTranslations(app);
    Console console;

    auto commands = allCommands();
    const int index = commandIndex(argc, argv);
    if (index < 0) {
        if (hasArgument(argc, argv, { "--version", "-v" })) {
            console.out << "gilde " << QCoreApplication::applicationVersion() << Qt::endl;
            return Command::Success;
        }
        if (hasArgument(argc, argv, { "--help", "-h", "--help-all" })) {
            console.out << globalUsage(commands);
            return Command::Success;
        }
        console.err << QCoreApplication::translate("Cli", "No command given.") << "\n\n"
                    << globalUsage(commands);
        return Command::UsageError;
    }

    QString name = QString::fromLocal8Bit(argv[index]);
    Command *command = nullptr;
    // A command of two words ("links sync") goes before the one of its first word.
    int words = 1;
    if (index + 1 < argc) {
        const QString two = name + u' ' + QString::fromLocal8Bit(argv[index + 1]);
        for (const auto &c : commands) {
            if (c->name() == two) {
                command = c.get();
                name = two;
                words = 2;
            }
        }
    }
    for (const auto &c : commands) {
        if (c->name() == name)
            command = c.get();
    }
    if (!command) {
        console.err << QCoreApplication::translate("Cli", "Unknown command: %1").arg(name) << "\n\n"
                    << globalUsage(commands);
        return Command::UsageError;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(command->summary());
    parser.addPositionalArgument(command->name(), command->summary(),
        command->syntax().isEmpty() ? command->name() : command->name() + u' ' + command->syntax());
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
        QCoreApplication::translate("Cli", "Show this help."));
    const QCommandLineOption profile(QStringLiteral("profile"),
        QCoreApplication::translate("Cli", "The data folder to use."),
        QCoreApplication::translate("Cli", "DIR"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON."));
    parser.addOption(help);
    parser.addOption(profile);
    parser.addOption(json);
    command->addOptions(parser);

    // The usage line names the program as the user knows it, not by the path that started it.
    QString usage = parser.helpText();
    const qsizetype lineEnd = usage.indexOf(u'\n');
    usage.replace(0, lineEnd,
        usage.left(lineEnd).replace(QCoreApplication::arguments().constFirst(), QStringLiteral("gilde")));
    QStringList args = QCoreApplication::arguments();
    if (!parser.parse(args)) {
        console.err << parser.errorText() << "\n\n" << usage;
        return Command::UsageError;
    }
    if (parser.isSet(help)) {
        console.out << usage;
        return Command::Success;
    }
    const QStringList positional = parser.positionalArguments().mid(words);

    std::unique_ptr<Engine> engine;
    if (command->needsProfile()) {
        const QString dir = parser.isSet(profile) ? parser.value(profile) : Engine::defaultProfileDir();
        if (dir.isEmpty()) {
            console.err << QCoreApplication::translate(
                "Cli", "No profile folder: give one with --profile DIR.")
                        << Qt::endl;
            return Command::Failure;
        }
        Engine::Opened opened = Engine::open(dir);
        if (!opened.engine) {
            console.err << opened.message << Qt::endl;
            return Command::Failure;
        }
        engine = std::move(opened.engine);
    }

    command->setContext(&console, engine.get(), usage);
    int exitCode = Command::Pending;
    QObject::connect(command, &Command::finished, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    const int immediate = command->run(parser, positional);
    if (immediate != Command::Pending)
        exitCode = immediate;
    else if (exitCode == Command::Pending)
        exitCode = app.exec();
    console.out.flush();
    console.err.flush();
    // The command and the engine go before the application object.
    commands.clear();
    engine.reset();
    return exitCode;
}

} // namespace gilde
