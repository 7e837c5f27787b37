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

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApp app(argc, argv);
    return Catch::Session().run(argc, argv);
}
