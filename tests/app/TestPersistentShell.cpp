#include "common/LabSsh.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QTest>

using namespace iha;
using LabSsh::command;
using LabSsh::runAndWait;

// The persistent shell per connection and privilege (PersistentShell) against the lab's sshd:
// one login shell for many commands, framed output whatever the rc files print, cancel by
// process group, the shell's end as a lost command, and a channel per command when it is off.
class TestPersistentShell : public QObject
{
    Q_OBJECT

    LabEnvironment m_lab;
    QTemporaryDir m_dir;

    SshHost *newHost(const QString &node, const QString &user, bool persistent = true)
    {
        SshTarget t = LabSsh::target(m_lab, node, user);
        t.sudoPassword = m_lab.value(QStringLiteral("LAB_SUDO_PASSWORD"));
        SshPolicy p = LabSsh::policy(LabSsh::knownHostsWithLabKeys(m_lab, m_dir));
        p.persistentShell = persistent;
        return new SshHost(t, p, this);
    }

    // Root's .bashrc on `host` gets `line` first; the guard takes it out again.
    auto rcLine(const QString &host, const QString &line)
    {
        LabEnvironment::exec(host,
                             QStringLiteral("sed -i '1i %1 # test-rc' /root/.bashrc").arg(line));
        return qScopeGuard([host] {
            LabEnvironment::exec(host, QStringLiteral("sed -i '/# test-rc$/d' /root/.bashrc"));
        });
    }

private slots:
    void initTestCase()
    {
        m_lab = LabEnvironment::load();
        if (!m_lab.available())
            QSKIP("the test lab is not up (run as root: ctest starts it)");
        qunsetenv("SSH_AUTH_SOCK");
    }

    // Five commands: the login shells started and the exchanges, by privilege. Without root
    // login, the sudo checks (one each) come first, then root's shell through sudo.
    void oneLoginShellForManyCommands_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("asRoot");
        QTest::addColumn<bool>("persistent");
        QTest::addColumn<int>("shellStarts");
        QTest::addColumn<int>("roundTrips");
        QTest::newRow("root") << "db1"
                              << "root" << true << true << 1 << 3 + 5;
        QTest::newRow("sudo with password") << "db2"
                                            << "labop" << true << true << 3 << 9 + 5;
        QTest::newRow("sudo without password") << "db3"
                                               << "labnopw" << true << true << 2 << 6 + 5;
        QTest::newRow("login user") << "db2"
                                    << "labop" << false << true << 1 << 3 + 5;
        QTest::newRow("root, shell off") << "db1"
                                         << "root" << true << false << 5 << 15;
        QTest::newRow("sudo, shell off") << "db2"
                                         << "labop" << true << false << 7 << 21;
    }

    void oneLoginShellForManyCommands()
    {
        QFETCH(QString, node);
        QFETCH(QString, user);
        QFETCH(bool, asRoot);
        QFETCH(bool, persistent);
        QFETCH(int, shellStarts);
        QFETCH(int, roundTrips);
        SshHost *host = newHost(node, user, persistent);
        int starts = 0, trips = 0;
        for (int i = 0; i < 5; ++i) {
            const CommandResult r =
                runAndWait(*host, command(QStringLiteral("id -un; cat; echo %1").arg(i), asRoot,
                                          "input " + QByteArray::number(i) + '\n'));
            QVERIFY2(r.succeeded(), qPrintable(r.error + QString::fromUtf8(r.err)));
            QCOMPARE(r.out, (asRoot ? QByteArray("root") : user.toUtf8()) + "\ninput " +
                                QByteArray::number(i) + '\n' + QByteArray::number(i) + '\n');
            starts += r.shellStarts;
            trips += r.roundTrips;
        }
        QCOMPARE(starts, shellStarts);
        QCOMPARE(trips, roundTrips);
        delete host;
    }

    void whatTheRcFilesPrintIsNoOutput()
    {
        const auto restore = rcLine(QStringLiteral("db3"),
                                    QStringLiteral("echo NOISE; printf half; echo NOISE >\\&2"));
        SshHost *host = newHost(QStringLiteral("db3"), QStringLiteral("root"));
        for (int i = 0; i < 2; ++i) {
            const CommandResult r =
                runAndWait(*host, command(QStringLiteral("printf 'a\\0b'; printf e >&2; exit 3")));
            QCOMPARE(r.status, CommandResult::Status::Exited);
            QCOMPARE(r.exitCode, 3);
            QCOMPARE(r.out, QByteArray("a\0b", 3));
            QCOMPARE(r.err, QByteArray("e"));
        }
        delete host;
    }

    void exitStatusAndSignals_data()
    {
        QTest::addColumn<bool>("persistent");
        QTest::newRow("persistent shell") << true;
        QTest::newRow("a channel per command") << false;
    }

    void exitStatusAndSignals()
    {
        QFETCH(bool, persistent);
        SshHost *host = newHost(QStringLiteral("db1"), QStringLiteral("root"), persistent);
        // A status above 128 that the command gave itself is no signal.
        const CommandResult high = runAndWait(*host, command(QStringLiteral("exit 130")));
        QCOMPARE(high.status, CommandResult::Status::Exited);
        QCOMPARE(high.exitCode, 130);
        RemoteCommand slow = command(QStringLiteral("sleep 20"));
        slow.timeoutMs = 1000;
        QCOMPARE(runAndWait(*host, slow).status, CommandResult::Status::TimedOut);
        const CommandResult killed = runAndWait(*host, command(QStringLiteral("kill -KILL $$")));
        QCOMPARE(killed.status, CommandResult::Status::Signalled);
        QCOMPARE(killed.signal, QStringLiteral("KILL"));
        // Variables, the folder and exec stay with their command.
        QVERIFY(runAndWait(*host, command(QStringLiteral("x=1; cd /tmp; exec true"))).succeeded());
        QCOMPARE(runAndWait(*host, command(QStringLiteral("echo \"[$x]\"; pwd"))).out,
                 QByteArray("[]\n/root\n"));
        delete host;
    }

    // Cancel and the time limit stop what the command started too, not only the command.
    void cancelStopsTheCommandsProcessGroup_data()
    {
        QTest::addColumn<bool>("cancel");
        QTest::newRow("cancel") << true;
        QTest::newRow("timeout") << false;
    }

    void cancelStopsTheCommandsProcessGroup()
    {
        QFETCH(bool, cancel);
        SshHost *host = newHost(QStringLiteral("db2"), QStringLiteral("labop"));
        const QString marker = QStringLiteral("10%1").arg(QDateTime::currentMSecsSinceEpoch() % 97);
        RemoteCommand c =
            command(QStringLiteral("sleep %1.1 & sleep %1.2; echo never").arg(marker), true);
        c.timeoutMs = cancel ? 0 : 1000;
        QSignalSpy done(host, &RemoteShell::finished);
        const quint64 id = host->execute(c);
        if (cancel) {
            QTest::qWait(1000);
            host->cancel(id);
        }
        QVERIFY(done.wait(10000));
        const CommandResult r = done.first().at(1).value<CommandResult>();
        QCOMPARE(r.status,
                 cancel ? CommandResult::Status::Cancelled : CommandResult::Status::TimedOut);
        QVERIFY(!r.out.contains("never"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !LabEnvironment::exec(QStringLiteral("db2"), QStringLiteral("ps -eo args"))
                 .contains(marker.toUtf8()),
            5000);
        // Still in step: the same shell runs the next command.
        const CommandResult next = runAndWait(*host, command(QStringLiteral("id -u"), true));
        QCOMPARE(next.out, QByteArray("0\n"));
        QCOMPARE(next.shellStarts, 0);
        delete host;
    }

    // What a command left running writes later is not the next command's output.
    void leftoversOutputIsNotTheNextCommands()
    {
        SshHost *host = newHost(QStringLiteral("db2"), QStringLiteral("root"));
        QVERIFY(runAndWait(*host, command(QStringLiteral(
                                      "(sleep 0.4; echo LEFTOVER; echo LEFTOVER >&2) &")))
                    .succeeded());
        QTest::qWait(700);
        const CommandResult mine = runAndWait(*host, command(QStringLiteral("echo mine")));
        QCOMPARE(mine.out, QByteArray("mine\n"));
        QCOMPARE(mine.err, QByteArray());
        delete host;
    }

    // The shell ended while idle (a session time limit, killed there): the next command was
    // not sent yet, so it runs in a new one.
    void aShellThatEndedWhileIdleIsReplaced()
    {
        SshHost *host = newHost(QStringLiteral("db2"), QStringLiteral("root"));
        QVERIFY(runAndWait(*host, command(QStringLiteral("true"))).succeeded());
        LabEnvironment::exec(QStringLiteral("db2"),
                             QStringLiteral("pkill -KILL -f '^/bin/sh -c set \\+axv'"));
        QTest::qWait(300);
        const CommandResult next = runAndWait(*host, command(QStringLiteral("echo again")));
        QVERIFY2(next.succeeded(), qPrintable(next.error));
        QCOMPARE(next.out, QByteArray("again\n"));
        QCOMPARE(next.shellStarts, 1);
        delete host;
    }

    void aSecretOnStdinIsInNoArgv()
    {
        const QByteArray secret =
            "s3cr3t-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        SshHost *host = newHost(QStringLiteral("db1"), QStringLiteral("root"));
        QSignalSpy done(host, &RemoteShell::finished);
        host->execute(
            command(QStringLiteral("read -r s; sleep 2.5; echo ${#s}"), true, secret + '\n'));
        QTest::qWait(1200);
        const QByteArray ps =
            LabEnvironment::exec(QStringLiteral("db1"), QStringLiteral("ps -eo args"));
        QVERIFY(ps.contains("sleep 2.5"));
        QVERIFY2(!ps.contains(secret), ps.constData());
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(1).value<CommandResult>().out.trimmed(),
                 QByteArray::number(secret.size()));
        delete host;
    }

    // The shell and its job killed on the host mid-command (the command itself goes on and
    // ends): that command may or may not have completed; the next one gets a new shell.
    void theShellsEndIsACommandThatMayHaveRun()
    {
        SshHost *host = newHost(QStringLiteral("db3"), QStringLiteral("root"));
        QVERIFY(runAndWait(*host, command(QStringLiteral("true"))).succeeded());
        QSignalSpy done(host, &RemoteShell::finished);
        host->execute(command(QStringLiteral("sleep 7.3")));
        QTest::qWait(800);
        LabEnvironment::exec(QStringLiteral("db3"),
                             QStringLiteral("pkill -KILL -f '^/bin/sh -c set \\+axv'"));
        QVERIFY(done.wait(10000));
        const CommandResult r = done.first().at(1).value<CommandResult>();
        QCOMPARE(r.status, CommandResult::Status::ConnectionLost);
        QVERIFY2(r.error.contains(QStringLiteral("may or may not have completed")),
                 qPrintable(r.error));
        QVERIFY(r.hostAnswered); // the host is up: fencing must not take it for silent
        const CommandResult next = runAndWait(*host, command(QStringLiteral("echo again")));
        QCOMPARE(next.out, QByteArray("again\n"));
        QCOMPARE(next.shellStarts, 1);
        delete host;
    }
};

QTEST_GUILESS_MAIN(TestPersistentShell)
#include "TestPersistentShell.moc"
