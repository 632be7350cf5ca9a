#include "app/ProcessHardening.h"

#include <cerrno>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace iha {

QString hardenProcess()
{
    QStringList problems;
    const rlimit noCore{0, 0};
    if (setrlimit(RLIMIT_CORE, &noCore) != 0)
        problems << QStringLiteral("core dumps stay allowed: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(errno)));
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        problems << QStringLiteral("the process stays dumpable: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(errno)));
    return problems.join(QStringLiteral("; "));
}

} // namespace iha
