#include "app/SshSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>

namespace iha {

// Built into the application and into the SSH module: each appends under its own lock. In one
// process only one of them writes (the CLI's connections accept keys in the module, the
// window's host key dialog in the application), so lines are never lost.
bool recordHostKey(const QString &knownHostsFile, const QString &host, int port, const HostKey &key,
                   QString *error)
{
    static QMutex lock;
    const QMutexLocker locker(&lock);
    QDir().mkpath(QFileInfo(knownHostsFile).absolutePath());
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
