// Catch2's runner inside a Qt application object, so that tests may use the
// event loop and, in the widget suite, widgets on the offscreen platform.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef GILDE_TEST_WIDGETS
#include <QApplication>
using TestApp = QApplication;
#else
#include <QCoreApplication>
using TestApp = QCoreApplication;
#endif

#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApp app(argc, argv);
    // The program's English counts ("1 feed", "2 feeds") come from its English
    // plural file, as they do for a user; tests read that English whatever the
    // locale they run in.
    QTranslator english;
    if (!english.load(QStringLiteral("gilde_en"), QStringLiteral(GILDE_TRANSLATIONS))) {
        std::fprintf(stderr, "Cannot load gilde_en.qm from %s\n", GILDE_TRANSLATIONS);
        return 1;
    }
    QCoreApplication::installTranslator(&english);
    return Catch::Session().run(argc, argv);
}
