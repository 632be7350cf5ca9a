#pragma once

#include "app/SshHost.h"
#include "models/Cluster.h"

#include <QObject>
#include <QPointer>

namespace iha {

// Checks one node the way Qt Creator's device tester does: small checks one after the other,
// each reported with a message as soon as it is known: reach, host key, authentication,
// sudo, shell, PostgreSQL binaries and version. Stops at the first failure.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    enum class Check
    {
        Reach,
        HostKey,
        Authentication,
        Sudo,
        Shell,
        PostgresBinaries,
        InmantaConfig
    };
    Q_ENUM(Check)

    ConnectionTest(const Node &node, const SshTarget &target, const SshPolicy &policy,
                   QObject *parent = nullptr);

    void start();
    static QString checkName(Check check);

signals:
    void checkFinished(iha::ConnectionTest::Check check, bool ok, const QString &message);
    // ok: every check passed. The report tells whether a host key was refused or accepted.
    void finished(bool ok, const iha::ConnectReport &connectReport);

private:
    void reach();
    void openSession();
    void runCheck(Check check, const RemoteCommand &command);
    void onCommandFinished(quint64 id, const iha::CommandResult &result);
    void next();
    void fail(Check check, const QString &message);
    // How the host key was trusted, with its fingerprint: every key taken is named.
    QString hostKeyLine(const HostKeyReport &hostKey) const;

    Node m_node;
    SshTarget m_target;
    SshPolicy m_policy;
    SshHost *m_host = nullptr;
    ConnectReport m_connectReport;
    QList<Check> m_remaining;
    Check m_current = Check::Reach;
    quint64 m_pendingId = 0;
};

} // namespace iha
