#include "app/CommandLine.h"
#include "app/ExitCode.h"
#include "common/CliRunner.h"
#include "common/LabEnvironment.h"
#include "common/TestKeychain.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iha;

// `inmanta-ha-cli check` against the lab (label `lab`): unknown host keys refused with exit 3
// until accepted, then every node passes; a dead host is named.
class TestCliCheck : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    QTemporaryDir m_dir;

    CliOutcome check(const QStringList &extra, const QString &clusterFile = {},
                     const QStringList &global = {})
    {
        const QString cluster =
            clusterFile.isEmpty() ? m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")) : clusterFile;
        return runCli(QStringList{QStringLiteral("--cluster"), cluster,
                                  QStringLiteral("--known-hosts"),
                                  m_dir.filePath(QStringLiteral("known_hosts"))} +
                          global + QStringList{QStringLiteral("check")} + extra,
                      {}, 60000);
    }

private slots:
    void initTestCase()
    {
        m_lab = LabEnvironment::load();
        if (!m_lab.available())
            QSKIP("the test lab is not up (run as root: ctest starts it)");
        qunsetenv("SSH_AUTH_SOCK");
    }

    void unknownHostKeysAreRefusedUntilAccepted()
    {
        const CliOutcome refused = check({});
        QCOMPARE(refused.exitCode, int(ExitRefused));
        QVERIFY2(refused.out.contains(QStringLiteral("FAIL host key: db1 (") +
                                      m_lab.ip(QStringLiteral("db1"))),
                 qPrintable(refused.out));
        QVERIFY(refused.out.contains(QStringLiteral("is not known yet: ssh-ed25519 SHA256:")));
        QVERIFY(refused.err.contains(QStringLiteral("5 of 5 nodes failed the pre-flight check.")));
        QVERIFY(refused.err.contains(QStringLiteral("--accept-new-host-keys")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("known_hosts"))));

        const CliOutcome accepted = check({QStringLiteral("--accept-new-host-keys")});
        QCOMPARE(accepted.exitCode, int(ExitSuccess));
        QCOMPARE(accepted.out.count(QStringLiteral("accepted now and recorded")), 5);
        QVERIFY(accepted.out.contains(QStringLiteral("All 5 nodes passed the pre-flight check.")));
        QVERIFY(accepted.out.contains(QStringLiteral("PostgreSQL: pg_ctl (PostgreSQL) 15.")));

        const CliOutcome again = check({});
        QCOMPARE(again.exitCode, int(ExitSuccess));
        QCOMPARE(again.out.count(QStringLiteral("ok   host key: known:")), 5);
    }

    // --host-key pins the one key a node may present: checked before known_hosts and before
    // any credential (security hardening, point 9).
    void aPinnedHostKeyIsCheckedFirst()
    {
        const QString db1Key = m_lab.hostKeyFingerprint(QStringLiteral("db1"));
        const QString otherKey =
            QStringLiteral("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU");
        const CliOutcome refused =
            check({QStringLiteral("--accept-new-host-keys")}, {},
                  {QStringLiteral("--host-key"), QStringLiteral("db1=") + otherKey});
        QCOMPARE(refused.exitCode, int(ExitRefused));
        QVERIFY2(refused.out.contains(
                     QStringLiteral("is not the one pinned for this node (%1)").arg(otherKey)),
                 qPrintable(refused.out));
        QVERIFY(refused.err.contains(QStringLiteral("1 of 5 nodes failed")));

        const CliOutcome pinned =
            check({QStringLiteral("--accept-new-host-keys")}, {},
                  {QStringLiteral("--host-key"), QStringLiteral("db1=") + db1Key});
        QCOMPARE(pinned.exitCode, int(ExitSuccess));
        QVERIFY2(
            pinned.out.contains(QStringLiteral("ok   host key: pinned: ssh-ed25519 ") + db1Key),
            qPrintable(pinned.out));
    }

    // A non-root login with its SSH and sudo passwords in the keychain, as an operator sets it up.
    void passwordsComeFromTheKeychain()
    {
        if (qEnvironmentVariableIsEmpty("IHA_TEST_KEYRING_PASSWORD_FILE"))
            QSKIP(
                "needs the test keyring (ctest runs this test through tests/keyring/with-keyring)");
        const QString clusterFile = m_dir.filePath(QStringLiteral("labop.json"));
        QFile file(clusterFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral(
                R"({"name": "labop", "nodes": [{"name": "db2", "role": "standby", "address": "%1",
                                   "ssh": {"user": "labop"}}]})")
                .arg(m_lab.ip(QStringLiteral("db2")))
                .toUtf8());
        file.close();
        check({QStringLiteral("--accept-new-host-keys")},
              clusterFile); // records db2's key; fails auth
        const QString password = m_lab.value(QStringLiteral("LAB_SUDO_PASSWORD"));
        QVERIFY(storeSecret(clusterFile, QStringLiteral("ssh-password:db2"), password));
        QVERIFY(storeSecret(clusterFile, QStringLiteral("sudo-password:db2"), password));
        const CliOutcome o = check({}, clusterFile);
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        QVERIFY(o.out.contains(QStringLiteral("logged in as labop (password)")));
        QVERIFY(o.out.contains(QStringLiteral("ok   sudo: labop becomes root with sudo")));
        QVERIFY(!o.out.contains(password) && !o.err.contains(password));
    }

    // A token that would travel over plain http is said plainly, naming each server, and
    // never printed (security hardening, point 2).
    void aTokenOverPlainHttpIsSaidPlainly()
    {
        if (qEnvironmentVariableIsEmpty("IHA_TEST_KEYRING_PASSWORD_FILE"))
            QSKIP(
                "needs the test keyring (ctest runs this test through tests/keyring/with-keyring)");
        const QString token = QStringLiteral("tok-plain-http-41");
        QVERIFY(storeSecret(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")),
                            QStringLiteral("api-token"), token));
        const CliOutcome o = check({QStringLiteral("--accept-new-host-keys")});
        QVERIFY2(o.err.contains(QStringLiteral("orch1: the API token goes to http://") +
                                m_lab.ip(QStringLiteral("orch1"))),
                 qPrintable(o.err));
        QVERIFY(o.err.contains(QStringLiteral("orch2: the API token goes to http://")));
        QVERIFY(!o.out.contains(token) && !o.err.contains(token));
        // `status` says it too.
        const CliOutcome status =
            runCli({QStringLiteral("--cluster"), m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")),
                    QStringLiteral("--known-hosts"), m_dir.filePath(QStringLiteral("known_hosts")),
                    QStringLiteral("status")},
                   {}, 60000);
        QVERIFY2(status.err.contains(QStringLiteral("orch1: the API token goes to http://")),
                 qPrintable(status.err));
        QVERIFY(!status.out.contains(token) && !status.err.contains(token));
    }

    // What the cluster file leaves out comes from ~/.ssh/config, as OpenSSH reads it (issue 14);
    // what this tool cannot do there (ProxyCommand) is named with its line and nothing is
    // connected to.
    void theOperatorsSshConfigIsHonoured()
    {
        const QString db1 = m_lab.ip(QStringLiteral("db1"));
        QTemporaryDir home;
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".ssh")));
        const QString clusterFile = home.filePath(QStringLiteral("cluster.json"));
        QFile cluster(clusterFile);
        QVERIFY(cluster.open(QIODevice::WriteOnly));
        cluster.write(QStringLiteral(R"({"name": "cfg", "nodes": [{"name": "db1", "role": )"
                                     R"("primary", "address": "%1", "ssh": {"hostKey": "%2"}}]})")
                          .arg(db1, m_lab.hostKeyFingerprint(QStringLiteral("db1")))
                          .toUtf8());
        cluster.close();
        const auto writeConfig = [&home](const QString &text) {
            QFile config(home.filePath(QStringLiteral(".ssh/config")));
            QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
            config.write(text.toUtf8());
        };
        const QByteArray realHome = qgetenv("HOME");
        qputenv("HOME", home.path().toUtf8());
        const auto restore = qScopeGuard([&realHome] { qputenv("HOME", realHome); });

        writeConfig(QStringLiteral("Host %1\n    User root\n    IdentityFile %2\n"
                                   "    IdentitiesOnly yes\nHost *\n    User nobody\n")
                        .arg(db1, m_lab.value(QStringLiteral("LAB_SSH_KEY"))));
        const CliOutcome shown = check({QStringLiteral("--show-ssh-config")}, clusterFile);
        QCOMPARE(shown.exitCode, int(ExitSuccess));
        QVERIFY2(shown.out.contains(QStringLiteral("user root (~/.ssh/config:2)")),
                 qPrintable(shown.out));
        QVERIFY(shown.out.contains(QStringLiteral("identitiesonly yes (~/.ssh/config:4;")));
        const CliOutcome checked = check({}, clusterFile);
        QCOMPARE(checked.exitCode, int(ExitSuccess));
        QVERIFY2(checked.out.contains(QStringLiteral("logged in as root (publickey)")),
                 qPrintable(checked.out));

        writeConfig(QStringLiteral("Host %1\n    ProxyCommand nc %h %p\n").arg(db1));
        const CliOutcome refused = check({}, clusterFile);
        QVERIFY(refused.exitCode != int(ExitSuccess));
        QVERIFY2(refused.out.contains(QStringLiteral(
                     "not connected: ~/.ssh/config:2: ProxyCommand is not supported")),
                 qPrintable(refused.out));

        // A bastion's settings are read as a node's: a relative known-hosts file is refused.
        writeConfig(QStringLiteral("Host %1\n    ProxyJump jump.example\nHost jump.example\n"
                                   "    UserKnownHostsFile known_hosts\n")
                        .arg(db1));
        const CliOutcome relative = check({}, clusterFile);
        QVERIFY(relative.exitCode != int(ExitSuccess));
        QVERIFY2(relative.out.contains(QStringLiteral(
                     "not connected: ~/.ssh/config:4: UserKnownHostsFile known_hosts is not an "
                     "absolute path")),
                 qPrintable(relative.out));
    }

    void aDeadHostIsNamed()
    {
        check({QStringLiteral("--accept-new-host-keys")});
        QCOMPARE(LabEnvironment::run({QStringLiteral("crash"), QStringLiteral("db3")}), 0);
        const CliOutcome o = check({});
        LabEnvironment::run({QStringLiteral("revive"), QStringLiteral("db3")});
        LabEnvironment::run({QStringLiteral("exec"), QStringLiteral("db3"),
                             QStringLiteral("systemctl"), QStringLiteral("start"),
                             QStringLiteral("postgresql")});
        QCOMPARE(o.exitCode, int(ExitRefused));
        QVERIFY2(o.out.contains(QStringLiteral("FAIL reach: cannot reach db3 (")),
                 qPrintable(o.out));
        QVERIFY(o.err.contains(QStringLiteral("1 of 5 nodes failed")));
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "TestCliCheck.moc"
