#include "AppInfo.h"

#include <QCoreApplication>

namespace gilde
{

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Gilde"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("gilde.nl"));
    QCoreApplication::setApplicationName(QStringLiteral("gilde"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GILDE_VERSION));
}

} // namespace gilde
