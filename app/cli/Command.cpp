#include "Command.h"

#include <cstdio>

namespace gilde
{

Console::Console()
    : out(stdout)
    , err(stderr)
{
}

int Command::usageError(const QString &message)
{
    err() << message << Qt::endl << Qt::endl << m_usage;
    err().flush();
    return UsageError;
}

int Command::failure(const QString &message)
{
    err() << message << Qt::endl;
    return Failure;
}

qint64 Command::positiveNumber(const QString &text)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    return ok && n > 0 ? n : 0;
}

} // namespace gilde
