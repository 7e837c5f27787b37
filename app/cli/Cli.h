#pragma once

#include <QString>

namespace gilde
{

/// True when the arguments name a subcommand (or ask for --help/--version):
/// the program then runs headless and never creates a window.
bool isCliInvocation(int argc, char **argv);

/// Runs the command line: creates the QCoreApplication, dispatches to the
/// subcommand and returns the exit code (0 success, 1 failure, 2 usage error).
int runCli(int argc, char **argv);

/// The value of --profile DIR (or --profile=DIR) when given, else empty; the
/// window honours it too.
QString profileArgument(int argc, char **argv);

} // namespace gilde
