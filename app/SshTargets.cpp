#include "app/SshTargets.h"

#include <QDir>

namespace iha {

SshTarget sshTargetFor(const Node &node)
{
    SshTarget target;
    target.nodeName = node.name;
    target.address = node.address;
    target.port = node.ssh.port;
    target.user = node.ssh.effectiveUser();
    target.identityFile = node.ssh.identityFile;
    if (target.identityFile.startsWith(QLatin1String("~/")))
        target.identityFile = QDir::homePath() + target.identityFile.mid(1);
    return target;
}

} // namespace iha
