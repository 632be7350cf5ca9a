#include "app/SshSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>

namespace iha {

// Built into the application and into the SSH module; the GUI and the CLI may record keys at
// the same moment. Each writer takes a lock file beside the known_hosts file (QLockFile:
// across processes, and a lock left by a crashed process is taken over) and reads the file
// afresh under it, so that no writer's line is lost.
bool recordHostKey(const QString &knownHostsFile, const QString &host, int port, const HostKey &key,
                   QString *error)
{
    QDir().mkpath(QFileInfo(knownHostsFile).absolutePath());
    QLockFile lock(knownHostsFile + QStringLiteral(".lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000)) {
        *error = QStringLiteral("%1 is locked by another process (%2.lock)")
                     .arg(knownHostsFile, knownHostsFile);
        return false;
    }
    QByteArray content;
    if (QFile existing(knownHostsFile); existing.open(QIODevice::ReadOnly))
        content = existing.readAll();
    QSaveFile file(knownHostsFile);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (!content.isEmpty() && !content.endsWith('\n'))
        content += '\n';
    content += KnownHosts::entryLine(host, port, key);
    file.write(content);
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace iha
