#pragma once

#include <QLoggingCategory>

namespace gilde
{
Q_DECLARE_LOGGING_CATEGORY(lcStore)
}
