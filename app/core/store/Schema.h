#pragma once

#include "Database.h"

#include <QList>

namespace gilde
{

/// The schema steps of this version of Gilde, in order. The last one's
/// version is Database::SchemaVersion.
QList<Migration> schemaMigrations();

} // namespace gilde
