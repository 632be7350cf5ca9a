#pragma once

#include "app/SshHost.h"
#include "common/LabEnvironment.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// What the tests of the SSH adapter against the lab share: targets, policies and a way to wait
// for one command.
namespace LabSsh {

inline QString knownHostsWithLabKeys(const LabEnvironment &lab, const QTemporaryDir &dir)
{
    static int files = 0;
    const QString path = dir.filePath(QStringLiteral("known_hosts-%1").arg(++files));
    QFile::copy(lab.value(QStringLiteral("LAB_KNOWN_HOSTS")), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

inline iha::SshTarget target(const LabEnvironment &lab, const QString &host,
                             const QString &user = QStringLiteral("root"))
{
    iha::SshTarget t;
    t.nodeName = host;
    t.address = lab.ip(host);
    t.user = user;
    t.identityFile = lab.value(QStringLiteral("LAB_SSH_KEY"));
    return t;
}

inline iha::SshPolicy policy(const QString &knownHosts)
{
    iha::SshPolicy p;
    p.knownHostsFile = knownHosts;
    p.connectTimeoutSeconds = 4;
    p.keepaliveSeconds = 2;
    return p;
}

inline iha::RemoteCommand command(const QString &text, bool asRoot = false,
                                  const QByteArray &input = {})
{
    iha::RemoteCommand c;
    c.command = text;
    c.asRoot = asRoot;
    c.input = input;
    return c;
}

inline iha::CommandResult runAndWait(iha::SshHost &host, const iha::RemoteCommand &command,
                                     int waitMs = 30000)
{
    QSignalSpy spy(&host, &iha::RemoteShell::finished);
    const quint64 id = host.execute(command);
    if (!spy.wait(waitMs))
        return {};
    [&] {
        QCOMPARE(spy.first().at(0).toULongLong(), id);
    }();
    return spy.first().at(1).value<iha::CommandResult>();
}

} // namespace LabSsh
