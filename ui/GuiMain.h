#pragma once

namespace gilde
{

/// Runs the window: application object, translations, the profile (from
/// --profile DIR or GILDE_PROFILE), the main window, and background refresh
/// once the dashboard is on screen. Returns the exit code.
int runGui(int argc, char **argv);

} // namespace gilde
