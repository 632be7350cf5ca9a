#include "app/CommandLine.h"
#include "app/ExitCode.h"
#include "common/LabEnvironment.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace iha;

// `inmanta-ha-cli check` against the lab (label `lab`): unknown host keys refused with exit 3
// until accepted, then every node passes; a dead host is named.
class TestCliCheck : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    QTemporaryDir m_dir;

    struct Outcome
    {
        int exitCode = -100;
        QString out;
        QString err;
    };

    Outcome check(const QStringList &extra)
    {
        Outcome o;
        QTextStream out(&o.out);
        QTextStream err(&o.err);
        CommandLine cli(out, err);
        QSignalSpy done(&cli, &CommandLine::finished);
        const QStringList args = QStringList{QStringLiteral("--cluster"), m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")),
                                             QStringLiteral("--known-hosts"), m_dir.filePath(QStringLiteral("known_hosts")),
                                             QStringLiteral("check")}
                                 + extra;
        o.exitCode = cli.run(args);
        if (o.exitCode == CommandLine::Pending && done.wait(60000))
            o.exitCode = done.first().at(0).toInt();
        out.flush();
        err.flush();
        return o;
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
        const Outcome refused = check({});
        QCOMPARE(refused.exitCode, int(ExitRefused));
        QVERIFY2(refused.out.contains(QStringLiteral("FAIL host key: db1 (") + m_lab.ip(QStringLiteral("db1"))),
                 qPrintable(refused.out));
        QVERIFY(refused.out.contains(QStringLiteral("is not known yet: ssh-ed25519 SHA256:")));
        QVERIFY(refused.err.contains(QStringLiteral("5 of 5 nodes failed the pre-flight check.")));
        QVERIFY(refused.err.contains(QStringLiteral("--accept-new-host-keys")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("known_hosts"))));

        const Outcome accepted = check({QStringLiteral("--accept-new-host-keys")});
        QCOMPARE(accepted.exitCode, int(ExitSuccess));
        QCOMPARE(accepted.out.count(QStringLiteral("accepted now and recorded")), 5);
        QVERIFY(accepted.out.contains(QStringLiteral("All 5 nodes passed the pre-flight check.")));
        QVERIFY(accepted.out.contains(QStringLiteral("PostgreSQL: pg_ctl (PostgreSQL) 15.")));

        const Outcome again = check({});
        QCOMPARE(again.exitCode, int(ExitSuccess));
        QCOMPARE(again.out.count(QStringLiteral("ok   host key: known:")), 5);
    }

    void aDeadHostIsNamed()
    {
        check({QStringLiteral("--accept-new-host-keys")});
        QCOMPARE(LabEnvironment::run({QStringLiteral("crash"), QStringLiteral("db3")}), 0);
        const Outcome o = check({});
        LabEnvironment::run({QStringLiteral("revive"), QStringLiteral("db3")});
        LabEnvironment::run({QStringLiteral("exec"), QStringLiteral("db3"), QStringLiteral("systemctl"),
                             QStringLiteral("start"), QStringLiteral("postgresql")});
        QCOMPARE(o.exitCode, int(ExitRefused));
        QVERIFY2(o.out.contains(QStringLiteral("FAIL reach: cannot reach db3 (")), qPrintable(o.out));
        QVERIFY(o.err.contains(QStringLiteral("1 of 5 nodes failed")));
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "TestCliCheck.moc"
