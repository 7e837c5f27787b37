#include "StoreLog.h"

namespace gilde
{
Q_LOGGING_CATEGORY(lcStore, "gilde.store")
}
