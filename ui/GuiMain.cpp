#include "GuiMain.h"

#include "core/AppInfo.h"
#include "core/Engine.h"
#include "core/FirstRun.h"
#include "core/Translations.h"
#include "core/sync/SyncEngine.h"
#include "ui/MainWindow.h"
#include "ui/common/StartupProbe.h"
#include "ui/common/Theme.h"
#include "ui/dashboard/Dashboard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

Q_LOGGING_CATEGORY(lcGui, "gilde.ui")

namespace gilde
{

namespace
{

constexpr int AutoRefreshMs = 60 * 1000;

QString profileFromArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("profile"), {}, QStringLiteral("dir")));
    // Other options belong to the command line or to Qt; here they are ignored.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.parse(arguments);
    return parser.value(QStringLiteral("profile"));
}

/// Opens a profile, and when it cannot be opened says why and lets the user
/// pick another folder or quit. Never touches a profile it cannot open.
std::unique_ptr<Engine> openProfile(QString dir)
{
    for (;;) {
        Engine::Opened opened = Engine::open(dir);
        if (opened.engine)
            return std::move(opened.engine);
        qCWarning(lcGui) << "cannot open profile" << dir << opened.message;

        QMessageBox box;
        box.setIcon(QMessageBox::Critical);
        box.setWindowTitle(QCoreApplication::translate("GuiMain", "Gilde"));
        box.setText(QCoreApplication::translate("GuiMain", "Gilde cannot open this profile."));
        box.setInformativeText(opened.message);
        box.setDetailedText(QDir::toNativeSeparators(dir));
        QPushButton *retry = nullptr;
        if (opened.status == Engine::Status::Locked)
            retry
                = box.addButton(QCoreApplication::translate("GuiMain", "Try Again"), QMessageBox::AcceptRole);
        QPushButton *other = box.addButton(
            QCoreApplication::translate("GuiMain", "Open Another Profile…"), QMessageBox::ActionRole);
        QPushButton *quit
            = box.addButton(QCoreApplication::translate("GuiMain", "Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(quit);
        box.exec();
        if (box.clickedButton() == retry)
            continue;
        if (box.clickedButton() != other)
            return nullptr;
        const QString picked = QFileDialog::getExistingDirectory(
            nullptr, QCoreApplication::translate("GuiMain", "Choose a profile folder"), dir);
        if (picked.isEmpty())
            return nullptr;
        dir = picked;
    }
}

} // namespace

int runGui(int argc, char **argv)
{
    StartupProbe::markStart();
    QApplication app(argc, argv);
    setApplicationInfo();
    QApplication::setApplicationDisplayName(QCoreApplication::translate("GuiMain", "Gilde"));
    QApplication::setDesktopFileName(QStringLiteral("nl.gilde.Gilde"));
    installTranslations(app);
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/gilde.svg")));

    QString dir = profileFromArguments(app.arguments());
    if (dir.isEmpty())
        dir = Engine::defaultProfileDir();

    // The theme is a per-profile choice; read it before any widget exists.
    {
        const QSettings ui(MainWindow::settingsPath(dir), QSettings::IniFormat);
        Theme::apply(app, Theme::modeFromName(ui.value(QStringLiteral("theme")).toString()));
    }

    std::unique_ptr<Engine> engine = openProfile(dir);
    if (!engine)
        return 1;
    if (engine->isNewProfile()) {
        const SeedResult seeded = seedNewProfile(*engine);
        if (!seeded.error.isEmpty())
            qCWarning(lcGui) << "seeding the new profile:" << seeded.error;
    } else {
        addColumnsForFeeds(*engine);
    }

    MainWindow window(*engine);
    StartupProbe probe(window.firstPaintWidget());
    // Refresh waits for the first paint, so the cache shows at once; the
    // network comes after, without blocking anything.
    QObject::connect(&probe, &StartupProbe::firstPainted, &window, [&window, &engine] {
        QTimer::singleShot(0, &window, [&engine] {
            engine->sync().setAutoRefresh(AutoRefreshMs);
            engine->startStreaming();
        });
        window.dashboard()->startDeferredWork();
    });
    window.show();
    const int rc = app.exec();
    engine->sync().setAutoRefresh(0);
    return rc;
}

} // namespace gilde
