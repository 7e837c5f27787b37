#pragma once

namespace gilde
{

/// Names the program for Qt (organization, application, version), which decides
/// where settings and app data live. The window and the command line both call
/// it first, so that they agree on the profile folder.
void setApplicationInfo();

} // namespace gilde
