#include "app/ExitCode.h"
#include "common/CliRunner.h"
#include "common/LabEnvironment.h"
#include "common/LabSsh.h"
#include "common/TestKeychain.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace iha;

// ProxyJump in process (label `lab`): with the lab's wall up, this machine cannot reach the
// database hosts, and ~/.ssh/config sends them through the lab's bastion. The whole setup
// (configure-primary, configure-standby) runs through it, then `status` reads the cluster.
class TestProxyJump : public QObject
{
    Q_OBJECT

    LabEnvironment m_lab;
    QTemporaryDir m_home;
    QByteArray m_realHome;

    CliOutcome cli(const QStringList &args, const QByteArray &input = {})
    {
        return runCli(
            QStringList{
                QStringLiteral("--cluster"), m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")),
                QStringLiteral("--known-hosts"), m_home.filePath(QStringLiteral("known_hosts")),
                QStringLiteral("--audit-db"), m_home.filePath(QStringLiteral("audit.sqlite"))} +
                args,
            input, 300000);
    }

    void writeSshConfig(const QString &text)
    {
        QFile config(m_home.filePath(QStringLiteral(".ssh/config")));
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(text.toUtf8());
    }

private slots:
    void initTestCase()
    {
        IHA_RESET_LAB_OR_SKIP(m_lab);
        if (m_lab.ip(QStringLiteral("bastion")).isEmpty())
            QSKIP("this lab has no bastion");
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral(".ssh")));
        QVERIFY(QFile::copy(m_lab.value(QStringLiteral("LAB_KNOWN_HOSTS")),
                            m_home.filePath(QStringLiteral("known_hosts"))));
        // The operator's own HOME for ~/.ssh/config; the keychain is the test session's.
        m_realHome = qgetenv("HOME");
        qputenv("HOME", m_home.path().toUtf8());
        QCOMPARE(LabEnvironment::run({QStringLiteral("wall"), QStringLiteral("on")}), 0);
    }

    void cleanupTestCase()
    {
        if (!m_realHome.isEmpty())
            qputenv("HOME", m_realHome);
        if (m_lab.available()) {
            LabEnvironment::run({QStringLiteral("wall"), QStringLiteral("off")});
            LabEnvironment::run({QStringLiteral("reset")}); // a pristine lab for the next test
        }
    }

    void theWallKeepsThisMachineOut()
    {
        QTcpSocket socket;
        socket.connectToHost(m_lab.ip(QStringLiteral("db1")), 22);
        QVERIFY(!socket.waitForConnected(3000));
    }

    void theSetupRunsThroughTheBastion()
    {
        const QString bastion = m_lab.ip(QStringLiteral("bastion"));
        writeSshConfig(QStringLiteral("Host %1 %2 %3\n    ProxyJump root@%4\n"
                                      "Host %4\n    IdentityFile %5\n")
                           .arg(m_lab.ip(QStringLiteral("db1")), m_lab.ip(QStringLiteral("db2")),
                                m_lab.ip(QStringLiteral("db3")), bastion,
                                m_lab.value(QStringLiteral("LAB_SSH_KEY"))));
        const CliOutcome shown =
            cli({QStringLiteral("check"), QStringLiteral("--show-ssh-config")});
        QCOMPARE(shown.exitCode, int(ExitSuccess));
        QVERIFY2(shown.out.contains(
                     QStringLiteral("proxyjump root@%1:22 (~/.ssh/config:2;").arg(bastion)),
                 qPrintable(shown.out));

        const CliOutcome checked = cli({QStringLiteral("check")});
        QCOMPARE(checked.exitCode, int(ExitSuccess));
        QVERIFY2(
            checked.out.contains(QStringLiteral("reached through bastion root@%1:22").arg(bastion)),
            qPrintable(checked.out));

        QVERIFY(storeSecret(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")),
                            QStringLiteral("replication-password"),
                            QStringLiteral("jump-r3plication")));
        const CliOutcome primary =
            cli({QStringLiteral("run"), QStringLiteral("configure-primary")});
        QVERIFY2(primary.exitCode == int(ExitSuccess), qPrintable(primary.out + primary.err));
        const CliOutcome standby = cli(
            {QStringLiteral("run"), QStringLiteral("configure-standby"), QStringLiteral("--yes")});
        QVERIFY2(standby.exitCode == int(ExitSuccess), qPrintable(standby.out + standby.err));
        const CliOutcome status = cli({QStringLiteral("status")});
        QVERIFY2(
            status.out.contains(QStringLiteral("Healthy: db1 replicates synchronously to db2")),
            qPrintable(status.out + status.err));
    }

    // A bastion whose key is not on record is refused before anything is sent to it, and is
    // named; the database host behind it is not taken for dead.
    void anUnknownBastionIsRefusedByName()
    {
        QFile::remove(m_home.filePath(QStringLiteral("known_hosts")));
        QFile known(m_home.filePath(QStringLiteral("known_hosts")));
        QVERIFY(known.open(QIODevice::WriteOnly));
        QFile lab(m_lab.value(QStringLiteral("LAB_KNOWN_HOSTS")));
        QVERIFY(lab.open(QIODevice::ReadOnly));
        const QByteArray bastion = m_lab.ip(QStringLiteral("bastion")).toUtf8() + ' ';
        for (const QByteArray &line : lab.readAll().split('\n')) {
            if (!line.startsWith(bastion) && !line.isEmpty())
                known.write(line + '\n');
        }
        known.close();
        const CliOutcome checked = cli({QStringLiteral("check")});
        QCOMPARE(checked.exitCode, int(ExitRefused));
        QVERIFY2(checked.out.contains(QStringLiteral("cannot connect through its bastion: db1's "
                                                     "bastion (%1:22): the host key is not known")
                                          .arg(m_lab.ip(QStringLiteral("bastion")))),
                 qPrintable(checked.out));
        // Taken with --accept-new-host-keys, it is said by name, never as the node's own (by
        // whichever node behind it connected first).
        const CliOutcome accepted =
            cli({QStringLiteral("check"), QStringLiteral("--accept-new-host-keys")});
        QCOMPARE(accepted.exitCode, int(ExitSuccess));
        const QString said = QStringLiteral("'s bastion (%1:22): accepted now and recorded: "
                                            "ssh-ed25519 SHA256:")
                                 .arg(m_lab.ip(QStringLiteral("bastion")));
        QVERIFY2(accepted.out.contains(said), qPrintable(accepted.out.right(600)));
    }

    // The bastion cut off mid-command: the command may or may not have completed, and the
    // host behind it is not taken for silent (fencing must not attest it away).
    void aBastionLostMidCommandIsNoSilenceOfTheHost()
    {
        SshTarget target = LabSsh::target(m_lab, QStringLiteral("db1"));
        SshJump jump;
        jump.address = m_lab.ip(QStringLiteral("bastion"));
        jump.user = QStringLiteral("root");
        jump.identityFile = m_lab.value(QStringLiteral("LAB_SSH_KEY"));
        target.jumps << jump;
        SshHost host(target, LabSsh::policy(m_lab.value(QStringLiteral("LAB_KNOWN_HOSTS"))));
        QVERIFY(LabSsh::runAndWait(host, LabSsh::command(QStringLiteral("true"))).succeeded());
        QSignalSpy done(&host, &RemoteShell::finished);
        host.execute(LabSsh::command(QStringLiteral("sleep 30")));
        QTest::qWait(800);
        QCOMPARE(LabEnvironment::run({QStringLiteral("isolate"), QStringLiteral("bastion")}), 0);
        const auto heal = qScopeGuard([] {
            LabEnvironment::run({QStringLiteral("heal"), QStringLiteral("bastion")});
        });
        QVERIFY(done.wait(20000));
        const CommandResult r = done.first().at(1).value<CommandResult>();
        QCOMPARE(r.status, CommandResult::Status::ConnectionLost);
        QVERIFY(r.hostAnswered);
        QVERIFY2(r.error.contains(QStringLiteral("may or may not have completed")),
                 qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestProxyJump)
#include "TestProxyJump.moc"
