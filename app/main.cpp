#include "cli/Cli.h"
#include "core/AppInfo.h"
#include "ui/GuiMain.h"

// A subcommand runs headless under a QCoreApplication (no display needed);
// without one the window opens.
int main(int argc, char **argv)
{
    gilde::setApplicationInfo();
    if (gilde::isCliInvocation(argc, argv))
        return gilde::runCli(argc, argv);
    return gilde::runGui(argc, argv);
}
