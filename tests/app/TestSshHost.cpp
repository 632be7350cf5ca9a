#include "common/LabSsh.h"
#include "models/RemoteScripts.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iha;

// The SSH adapter against the lab's real sshd (label `lab`): host keys, authentication,
// sudo, streaming, signals, timeouts, cancel, lost connections and atomic file writes.
class TestSshHost : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    QTemporaryDir m_dir;

    QString knownHostsWithLabKeys() { return LabSsh::knownHostsWithLabKeys(m_lab, m_dir); }

    QString emptyKnownHosts()
    {
        return m_dir.filePath(QStringLiteral("empty-known_hosts-%1").arg(++m_files));
    }

    SshTarget target(const QString &host, const QString &user = QStringLiteral("root"))
    {
        return LabSsh::target(m_lab, host, user);
    }

    static SshPolicy policy(const QString &knownHosts) { return LabSsh::policy(knownHosts); }

    static CommandResult runAndWait(SshHost &host, const RemoteCommand &command, int waitMs = 30000)
    {
        return LabSsh::runAndWait(host, command, waitMs);
    }

    static RemoteCommand command(const QString &text, bool asRoot = false,
                                 const QByteArray &input = {})
    {
        return LabSsh::command(text, asRoot, input);
    }

    int m_files = 0;

private slots:
    void initTestCase()
    {
        m_lab = LabEnvironment::load();
        if (!m_lab.available())
            QSKIP("the test lab is not up (run as root: ctest starts it)");
        // Tests must not see the user's agent or keys unless they set them up.
        qunsetenv("SSH_AUTH_SOCK");
    }

    void unknownHostKeyIsRefusedWithItsFingerprint()
    {
        const QString knownHosts = emptyKnownHosts();
        SshHost host(target(QStringLiteral("db1")), policy(knownHosts));
        const CommandResult r = runAndWait(host, command(QStringLiteral("true")));
        QCOMPARE(r.status, CommandResult::Status::NotStarted);
        // The fingerprint shown is the one ssh-keygen computes for the host's key.
        const QString fingerprint = m_lab.hostKeyFingerprint(QStringLiteral("db1"));
        QVERIFY2(fingerprint.startsWith(QStringLiteral("SHA256:")), qPrintable(fingerprint));
        QVERIFY2(r.error.contains(QStringLiteral("not known yet")), qPrintable(r.error));
        QVERIFY2(r.error.contains(fingerprint),
                 qPrintable(r.error + QStringLiteral(" / ") + fingerprint));
        QVERIFY(!QFile::exists(knownHosts));
    }

    // The cluster file's ssh.hostKey (or --host-key) pins the one key a node may present: it is
    // trusted without known_hosts, and no other is taken, even where new keys are accepted.
    void aPinnedHostKeyIsTheOnlyOneTaken_data()
    {
        QTest::addColumn<bool>("rightPin");
        QTest::newRow("the host's key") << true;
        QTest::newRow("another key") << false;
    }

    void aPinnedHostKeyIsTheOnlyOneTaken()
    {
        QFETCH(bool, rightPin);
        const QString db1Key = m_lab.hostKeyFingerprint(QStringLiteral("db1"));
        QVERIFY(HostKey::isFingerprint(db1Key));
        const QString knownHosts = emptyKnownHosts();
        SshPolicy accepting = policy(knownHosts);
        accepting.acceptNewHostKeys = !rightPin; // the blanket flag does not beat a pin
        SshTarget t = target(QStringLiteral("db1"));
        t.pinnedHostKey =
            rightPin ? db1Key
                     : QStringLiteral("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU");
        SshHost host(t, accepting);
        QSignalSpy attempts(&host, &SshHost::connectionAttempted);
        const CommandResult r = runAndWait(host, command(QStringLiteral("hostname")));
        QTRY_COMPARE(attempts.size(), 1);
        const ConnectReport report = attempts.first().at(0).value<ConnectReport>();
        if (rightPin) {
            QVERIFY2(r.succeeded(), qPrintable(r.error));
            QVERIFY(report.hostKey.pinned);
        } else {
            QCOMPARE(r.status, CommandResult::Status::NotStarted);
            QVERIFY2(r.error.contains(QStringLiteral("is not the one pinned for this node")) &&
                         r.error.contains(db1Key),
                     qPrintable(r.error));
            QCOMPARE(report.failure, ConnectReport::Failure::HostKeyChanged);
            // A changed key to the window's host key dialog too: refused, never offered for
            // acceptance (TestHostKeyDialog).
            QCOMPARE(report.hostKey.verdict, KnownHosts::Verdict::Changed);
            QCOMPARE(report.hostKey.knownFingerprints, QStringList{t.pinnedHostKey});
            QVERIFY(report.authMethod.isEmpty());
        }
        // The pin is the record: nothing is written to known_hosts either way.
        QVERIFY(!QFile::exists(knownHosts));
    }

    // /etc/ssh/ssh_known_hosts vouches for a host as OpenSSH's client lets it; a key listed in
    // a RevokedHostKeys file is refused even so, and a revocation list that cannot be read
    // refuses every host rather than miss one.
    void systemKnownHostsAndRevokedKeys_data()
    {
        QTest::addColumn<QString>("revokedFile");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("system file only") << QString() << QString();
        QTest::newRow("db1's key revoked")
            << QStringLiteral("revoked") << QStringLiteral("is marked @revoked in %1:1");
        QTest::newRow("revocations unreadable")
            << QStringLiteral("missing")
            << QStringLiteral("the revoked host keys (RevokedHostKeys) cannot be checked: %1");
    }

    void systemKnownHostsAndRevokedKeys()
    {
        QFETCH(QString, revokedFile);
        QFETCH(QString, refusal);
        SshPolicy p = policy(emptyKnownHosts());
        p.systemKnownHostsFile = knownHostsWithLabKeys();
        const QString revoked = m_dir.filePath(QStringLiteral("revoked-%1").arg(++m_files));
        if (revokedFile == QLatin1String("revoked")) {
            QFile file(revoked);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(LabEnvironment::exec(
                QStringLiteral("db1"),
                QStringLiteral("cat %1/hosts/db1/ssh/ssh_host_ed25519_key.pub").arg(m_lab.dir())));
        }
        if (!revokedFile.isEmpty())
            p.revokedHostKeysFiles = {revoked};
        SshHost host(target(QStringLiteral("db1")), p);
        QSignalSpy attempts(&host, &SshHost::connectionAttempted);
        const CommandResult r = runAndWait(host, command(QStringLiteral("hostname")));
        QTRY_COMPARE(attempts.size(), 1);
        const ConnectReport report = attempts.first().at(0).value<ConnectReport>();
        if (refusal.isEmpty()) {
            QVERIFY2(r.succeeded(), qPrintable(r.error));
            QVERIFY(report.hostKey.source.startsWith(p.systemKnownHostsFile + QLatin1Char(':')));
            return;
        }
        QCOMPARE(r.status, CommandResult::Status::NotStarted);
        QCOMPARE(report.failure, ConnectReport::Failure::HostKeyRevoked);
        QCOMPARE(report.hostKey.verdict, KnownHosts::Verdict::Revoked); // never offered
        QVERIFY2(r.error.contains(refusal.arg(revoked)), qPrintable(r.error));
    }

    void acceptedHostKeyIsRecordedAndTrustedNextTime()
    {
        const QString knownHosts = emptyKnownHosts();
        SshPolicy accepting = policy(knownHosts);
        accepting.acceptNewHostKeys = true;
        {
            SshHost host(target(QStringLiteral("db1")), accepting);
            QSignalSpy attempts(&host, &SshHost::connectionAttempted);
            const CommandResult r = runAndWait(host, command(QStringLiteral("hostname")));
            QVERIFY2(r.succeeded(), qPrintable(r.error));
            QCOMPARE(r.out, QByteArray("db1\n"));
            QTRY_COMPARE(attempts.size(), 1);
            QVERIFY(attempts.first().at(0).value<ConnectReport>().hostKey.acceptedNow);
        }
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(
            file.readAll().startsWith(m_lab.ip(QStringLiteral("db1")).toUtf8() + " ssh-ed25519 "));
        SshHost again(target(QStringLiteral("db1")), policy(knownHosts));
        QVERIFY(runAndWait(again, command(QStringLiteral("true"))).succeeded());
    }

    void changedHostKeyIsRefusedBeforeAnyCredential()
    {
        // Record db2's current key, then give db2 new keys, as a reinstall (or an attacker) would.
        const QString knownHosts = emptyKnownHosts();
        SshPolicy accepting = policy(knownHosts);
        accepting.acceptNewHostKeys = true;
        {
            SshHost host(target(QStringLiteral("db2")), accepting);
            QVERIFY(runAndWait(host, command(QStringLiteral("true"))).succeeded());
        }
        QCOMPARE(LabEnvironment::run({QStringLiteral("rekey"), QStringLiteral("db2")}), 0);
        const QString sshdLog = m_lab.dir() + QStringLiteral("/hosts/db2/ssh/sshd.log");
        QFile::resize(sshdLog, 0);

        // Even when told to accept new keys, and with a password to offer, nothing is sent.
        SshTarget withPassword = target(QStringLiteral("db2"), QStringLiteral("labop"));
        withPassword.identityFile.clear();
        withPassword.password = m_lab.value(QStringLiteral("LAB_SUDO_PASSWORD"));
        SshHost host(withPassword, accepting);
        const CommandResult r = runAndWait(host, command(QStringLiteral("true")));
        QCOMPARE(r.status, CommandResult::Status::NotStarted);
        QVERIFY2(r.error.contains(QStringLiteral("CHANGED")), qPrintable(r.error));
        const QByteArray newKey = LabEnvironment::exec(
            QStringLiteral("db2"),
            QStringLiteral("ssh-keygen -lf %1/hosts/db2/ssh/ssh_host_ed25519_key.pub")
                .arg(m_lab.dir()));
        QVERIFY2(r.error.contains(QString::fromUtf8(newKey).section(QLatin1Char(' '), 1, 1)),
                 qPrintable(r.error));
        QCOMPARE(r.error.count(QStringLiteral("SHA256:")), 2); // old and new
        QFile log(sshdLog);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logText = log.readAll();
        QVERIFY2(!logText.contains("password for") && !logText.contains("Accepted"),
                 logText.constData());
    }

    void keyFilePasswordAndPassphraseAuthentication_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("identity");      // "plain", "passphrase" or "" (none)
        QTest::addColumn<QString>("passphrase");    // "right", "wrong" or ""
        QTest::addColumn<QString>("password");      // "right", "wrong" or ""
        QTest::addColumn<QString>("expectedError"); // empty: must succeed

        QTest::newRow("key file") << "root"
                                  << "plain"
                                  << ""
                                  << ""
                                  << "";
        QTest::newRow("key with its passphrase") << "root"
                                                 << "passphrase"
                                                 << "right"
                                                 << ""
                                                 << "";
        QTest::newRow("key, wrong passphrase") << "root"
                                               << "passphrase"
                                               << "wrong"
                                               << ""
                                               << "wrong passphrase";
        QTest::newRow("key, no passphrase")
            << "root"
            << "passphrase"
            << ""
            << ""
            << "needs its passphrase (store it as key-passphrase:db1)";
        QTest::newRow("password") << "labop"
                                  << ""
                                  << ""
                                  << "right"
                                  << "";
        QTest::newRow("wrong password") << "labop"
                                        << ""
                                        << ""
                                        << "wrong"
                                        << "password: wrong password";
        QTest::newRow("no password stored") << "labop"
                                            << ""
                                            << ""
                                            << ""
                                            << "password: none stored (secret ssh-password:db1)";
    }

    void keyFilePasswordAndPassphraseAuthentication()
    {
        QFETCH(QString, user);
        QFETCH(QString, identity);
        QFETCH(QString, passphrase);
        QFETCH(QString, password);
        QFETCH(QString, expectedError);
        SshTarget t = target(QStringLiteral("db1"), user);
        t.identityFile = identity == QLatin1String("plain")
                             ? m_lab.value(QStringLiteral("LAB_SSH_KEY"))
                         : identity == QLatin1String("passphrase")
                             ? m_lab.value(QStringLiteral("LAB_SSH_KEY_WITH_PASSPHRASE"))
                             : QString();
        if (!passphrase.isEmpty())
            t.keyPassphrase = passphrase == QLatin1String("right")
                                  ? m_lab.value(QStringLiteral("LAB_KEY_PASSPHRASE"))
                                  : QStringLiteral("not-it");
        if (!password.isEmpty())
            t.password = password == QLatin1String("right")
                             ? m_lab.value(QStringLiteral("LAB_SUDO_PASSWORD"))
                             : QStringLiteral("not-it");
        SshHost host(t, policy(knownHostsWithLabKeys()));
        const CommandResult r = runAndWait(host, command(QStringLiteral("id -un")));
        if (expectedError.isEmpty()) {
            QVERIFY2(r.succeeded(), qPrintable(r.error));
            QCOMPARE(r.out.trimmed(), user.toUtf8());
        } else {
            QCOMPARE(r.status, CommandResult::Status::NotStarted);
            QVERIFY2(r.error.contains(expectedError), qPrintable(r.error));
            QVERIFY2(r.error.startsWith(QStringLiteral("db1 (")), qPrintable(r.error));
            QVERIFY2(r.error.contains(QStringLiteral("authentication as %1 failed").arg(user)),
                     qPrintable(r.error));
        }
    }

    void agentAuthentication()
    {
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-s")});
        QVERIFY(agent.waitForFinished(5000));
        const QString out = QString::fromUtf8(agent.readAllStandardOutput());
        const QString socket =
            QRegularExpression(QStringLiteral("SSH_AUTH_SOCK=([^;]+);")).match(out).captured(1);
        const QString pid =
            QRegularExpression(QStringLiteral("SSH_AGENT_PID=([0-9]+);")).match(out).captured(1);
        QVERIFY(!socket.isEmpty());
        qputenv("SSH_AUTH_SOCK", socket.toUtf8());
        QProcess add;
        add.start(QStringLiteral("ssh-add"), {m_lab.value(QStringLiteral("LAB_SSH_KEY"))});
        QVERIFY(add.waitForFinished(5000));
        SshTarget t = target(QStringLiteral("db1"));
        t.identityFile.clear(); // only the agent has the key
        SshHost host(t, policy(knownHostsWithLabKeys()));
        QSignalSpy attempts(&host, &SshHost::connectionAttempted);
        const CommandResult r = runAndWait(host, command(QStringLiteral("true")));
        qunsetenv("SSH_AUTH_SOCK");
        QProcess::execute(QStringLiteral("kill"), {pid});
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QTRY_COMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().at(0).value<ConnectReport>().authMethod,
                 QStringLiteral("ssh-agent"));
    }

    void sudoWithPasswordRunsAsRoot()
    {
        SshTarget t = target(QStringLiteral("db2"), QStringLiteral("labop"));
        t.sudoPassword = m_lab.value(QStringLiteral("LAB_SUDO_PASSWORD"));
        SshHost host(t, policy(knownHostsWithLabKeys()));
        // stdin still reaches the command, after the password line sudo consumed.
        const CommandResult r =
            runAndWait(host, command(QStringLiteral("id -u; cat"), true, "payload\n"));
        QVERIFY2(r.succeeded(), qPrintable(r.error + QString::fromUtf8(r.err)));
        QCOMPARE(r.out, QByteArray("0\npayload\n"));
        // Twice: sudo asks every time in the lab (no cached credentials).
        QCOMPARE(runAndWait(host, command(QStringLiteral("id -u"), true)).out, QByteArray("0\n"));
    }

    void wrongSudoPasswordIsNamed()
    {
        SshTarget t = target(QStringLiteral("db2"), QStringLiteral("labop"));
        t.sudoPassword = QStringLiteral("not-the-password");
        SshHost host(t, policy(knownHostsWithLabKeys()));
        const CommandResult r = runAndWait(host, command(QStringLiteral("id -u"), true));
        QCOMPARE(r.status, CommandResult::Status::NotStarted);
        QVERIFY2(r.error.contains(QStringLiteral("wrong sudo password for labop")),
                 qPrintable(r.error));
        // Without root, commands still run.
        QVERIFY(runAndWait(host, command(QStringLiteral("true"))).succeeded());
    }

    void passwordlessSudoNeverGetsThePassword()
    {
        SshTarget t = target(QStringLiteral("db3"), QStringLiteral("labnopw"));
        t.sudoPassword = QStringLiteral("must-not-leak");
        SshHost host(t, policy(knownHostsWithLabKeys()));
        const CommandResult r =
            runAndWait(host, command(QStringLiteral("id -u; cat"), true, "only this\n"));
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.out, QByteArray("0\nonly this\n"));
    }

    // A sudo check that gets no answer in time is no answer: nothing runs as root and the
    // password goes nowhere. (It used to be sent anyway, and a NOPASSWD sudo handed it on to
    // the command: into the file it wrote, or to psql and the server log.)
    void aSudoCheckWithoutAnswerSendsNoPassword()
    {
        const QString password =
            QStringLiteral("must-not-leak-%1").arg(QDateTime::currentMSecsSinceEpoch());
        // db3's labnopw needs no password; its sudo hangs on the check, as a slow PAM would.
        LabEnvironment::exec(QStringLiteral("db3"),
                             QStringLiteral("printf '#!/bin/sh\\ncase \"$*\" in *\"exit 0\"*) "
                                            "sleep 60;; esac\\nexec /usr/bin/sudo \"$@\"\\n' "
                                            ">/usr/local/bin/sudo; chmod 755 /usr/local/bin/sudo"));
        const auto restore = qScopeGuard([] {
            LabEnvironment::exec(QStringLiteral("db3"),
                                 QStringLiteral("rm -f /usr/local/bin/sudo /tmp/iha-leak-check"));
        });
        SshTarget t = target(QStringLiteral("db3"), QStringLiteral("labnopw"));
        t.sudoPassword = password;
        SshPolicy p = policy(knownHostsWithLabKeys());
        p.sudoCheckTimeoutMs = 2000;
        SshHost host(t, p);
        const CommandResult r = runAndWait(
            host, command(QStringLiteral("tee /tmp/iha-leak-check | runuser -u postgres -- "
                                         "psql -X -q -d postgres"),
                          true, "select 1;\n"));
        QCOMPARE(r.status, CommandResult::Status::NotStarted);
        QVERIFY2(r.error.contains(QStringLiteral("could not tell whether sudo for labnopw asks "
                                                 "for a password")),
                 qPrintable(r.error));
        QVERIFY(r.error.contains(QStringLiteral("no password was sent")));
        QVERIFY(!r.error.contains(password));
        QVERIFY(!r.out.contains(password.toUtf8()) && !r.err.contains(password.toUtf8()));
        // The connection stays good: the abandoned check's channel no longer calls back.
        QVERIFY(runAndWait(host, command(QStringLiteral("true"))).succeeded());
        // No file holds it (grep lists those that do), and the command never ran.
        const QByteArray found = LabEnvironment::exec(
            QStringLiteral("db3"),
            QStringLiteral("grep -rlsF -- %1 /tmp /var/tmp /var/log /var/lib/postgresql "
                           "/etc/postgresql ~labnopw; ls /tmp/iha-leak-check 2>/dev/null; "
                           "echo end")
                .arg(password));
        QCOMPARE(found, QByteArray("end\n"));
    }

    // The check said sudo asks; then the rule changed to NOPASSWD. The password was offered
    // to sudo's askpass only, so the command's stdin is its own.
    void aSudoThatStopsAskingNeverPassesThePasswordOn()
    {
        SshTarget t = target(QStringLiteral("db2"), QStringLiteral("labop"));
        t.sudoPassword = m_lab.value(QStringLiteral("LAB_SUDO_PASSWORD"));
        SshHost host(t, policy(knownHostsWithLabKeys()));
        QVERIFY(runAndWait(host, command(QStringLiteral("true"), true)).succeeded());
        LabEnvironment::exec(QStringLiteral("db2"),
                             QStringLiteral("printf 'labop ALL=(ALL:ALL) NOPASSWD: ALL\\n' "
                                            ">/etc/sudoers.d/zz-iha-test; "
                                            "chmod 440 /etc/sudoers.d/zz-iha-test"));
        const auto restore = qScopeGuard([] {
            LabEnvironment::exec(QStringLiteral("db2"),
                                 QStringLiteral("rm -f /etc/sudoers.d/zz-iha-test"));
        });
        const CommandResult r =
            runAndWait(host, command(QStringLiteral("id -u; cat"), true, "only this\n"));
        QVERIFY2(r.succeeded(), qPrintable(r.error + QString::fromUtf8(r.err)));
        QCOMPARE(r.out, QByteArray("0\nonly this\n"));
    }

    // A command that ends without reading its input closes its channel while the input is
    // still being sent: that is its answer, not a lost connection.
    void aCommandThatIgnoresItsInputStillAnswers()
    {
        SshHost host(target(QStringLiteral("db1")), policy(knownHostsWithLabKeys()));
        const CommandResult r = runAndWait(
            host, command(QStringLiteral("echo absent"), false, QByteArray(8 << 20, 'x')));
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.out, QByteArray("absent\n"));
        QVERIFY(runAndWait(host, command(QStringLiteral("true"))).succeeded());
        // One that neither reads its input nor ends is still held to its time limit.
        RemoteCommand deaf = command(QStringLiteral("sleep 30"), false, QByteArray(8 << 20, 'x'));
        deaf.timeoutMs = 2000;
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(runAndWait(host, deaf).status, CommandResult::Status::TimedOut);
        QVERIFY(clock.elapsed() < 10000);
    }

    void largeOutputStreamsInChunks()
    {
        SshHost host(target(QStringLiteral("db1")), policy(knownHostsWithLabKeys()));
        QSignalSpy chunks(&host, &RemoteShell::outputReceived);
        const CommandResult r = runAndWait(
            host, command(QStringLiteral("head -c 10485760 /dev/urandom | base64 -w 0")));
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.out.size(), qsizetype(13981016)); // base64 of 10 MiB
        QTRY_VERIFY(chunks.size() > 10);
        qsizetype streamed = 0;
        for (const QList<QVariant> &chunk : chunks)
            streamed += chunk.at(2).toByteArray().size();
        QCOMPARE(streamed, r.out.size());
    }

    void secretOnStdinIsNotInPs()
    {
        const QByteArray secret =
            "s3cr3t-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        SshTarget t = target(QStringLiteral("db2"), QStringLiteral("labop"));
        t.sudoPassword = m_lab.value(QStringLiteral("LAB_SUDO_PASSWORD"));
        SshHost host(t, policy(knownHostsWithLabKeys()));
        QSignalSpy done(&host, &RemoteShell::finished);
        RemoteCommand c = command(QStringLiteral("read -r secret; sleep 3; echo \"${#secret}\""),
                                  true, secret + '\n');
        host.execute(c);
        QTest::qWait(1500); // the command is now sleeping with the secret in its memory
        const QByteArray ps =
            LabEnvironment::exec(QStringLiteral("db2"), QStringLiteral("ps -eo args"));
        QVERIFY(ps.contains("sleep 3"));
        QVERIFY2(!ps.contains(secret), ps.constData());
        QVERIFY(!ps.contains(m_lab.value(QStringLiteral("LAB_SUDO_PASSWORD")).toUtf8()));
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(1).value<CommandResult>().out.trimmed(),
                 QByteArray::number(secret.size()));
    }

    void signalTimeoutAndCancel()
    {
        SshHost host(target(QStringLiteral("db1")), policy(knownHostsWithLabKeys()));
        const CommandResult killed = runAndWait(host, command(QStringLiteral("kill -KILL $$")));
        QCOMPARE(killed.status, CommandResult::Status::Signalled);
        QCOMPARE(killed.signal, QStringLiteral("KILL"));
        QVERIFY(killed.error.contains(QStringLiteral("killed by signal KILL")));

        RemoteCommand slow = command(QStringLiteral("sleep 20"));
        slow.timeoutMs = 1000;
        QElapsedTimer clock;
        clock.start();
        const CommandResult timedOut = runAndWait(host, slow);
        QCOMPARE(timedOut.status, CommandResult::Status::TimedOut);
        QVERIFY(clock.elapsed() < 5000);

        QSignalSpy done(&host, &RemoteShell::finished);
        QSignalSpy output(&host, &RemoteShell::outputReceived);
        const quint64 id = host.execute(command(QStringLiteral("echo started; sleep 20")));
        QVERIFY(output.wait(5000));
        clock.restart();
        host.cancel(id);
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().at(1).value<CommandResult>().status,
                 CommandResult::Status::Cancelled);
        QVERIFY(clock.elapsed() < 2000);
        // The connection is still good for the next command.
        QVERIFY(runAndWait(host, command(QStringLiteral("true"))).succeeded());
    }

    void connectionCutMidCommandIsReportedWithoutHanging()
    {
        SshHost host(target(QStringLiteral("db3")), policy(knownHostsWithLabKeys()));
        QVERIFY(runAndWait(host, command(QStringLiteral("true"))).succeeded());
        QSignalSpy done(&host, &RemoteShell::finished);
        RemoteCommand c = command(QStringLiteral("sleep 60"));
        c.timeoutMs = 0;
        host.execute(c);
        QTest::qWait(500);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(LabEnvironment::run({QStringLiteral("isolate"), QStringLiteral("db3")}), 0);
        const bool finished = done.wait(30000);
        LabEnvironment::run({QStringLiteral("heal"), QStringLiteral("db3")});
        QVERIFY(finished);
        const CommandResult r = done.first().at(1).value<CommandResult>();
        QCOMPARE(r.status, CommandResult::Status::ConnectionLost);
        QVERIFY2(r.error.contains(QStringLiteral("may or may not have completed")),
                 qPrintable(r.error));
        QVERIFY(r.error.contains(QStringLiteral("db3")) &&
                r.error.contains(QStringLiteral("sleep 60")));
        qInfo("connection loss reported after %lld ms", clock.elapsed());
        // After heal, the next command reconnects.
        QVERIFY(runAndWait(host, command(QStringLiteral("true"))).succeeded());
    }

    void deadAndFrozenHostsFailWithinTheTimeout_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("frozen") << "freeze";
        QTest::newRow("crashed") << "crash";
    }

    void deadAndFrozenHostsFailWithinTheTimeout()
    {
        QFETCH(QString, fault);
        QCOMPARE(LabEnvironment::run({fault, QStringLiteral("db3")}), 0);
        SshHost host(target(QStringLiteral("db3")), policy(knownHostsWithLabKeys()));
        QElapsedTimer clock;
        clock.start();
        const CommandResult r = runAndWait(host, command(QStringLiteral("true")));
        const qint64 elapsed = clock.elapsed();
        LabEnvironment::run(
            {fault == QLatin1String("freeze") ? QStringLiteral("thaw") : QStringLiteral("revive"),
             QStringLiteral("db3")});
        if (fault == QLatin1String("crash"))
            LabEnvironment::run({QStringLiteral("exec"), QStringLiteral("db3"),
                                 QStringLiteral("systemctl"), QStringLiteral("start"),
                                 QStringLiteral("postgresql")});
        QCOMPARE(r.status, CommandResult::Status::NotStarted);
        QVERIFY2(r.error.startsWith(QStringLiteral("db3 (")) &&
                     r.error.contains(QStringLiteral("cannot connect")),
                 qPrintable(r.error));
        QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
    }

    void atomicWriteKeepsOwnerAndModeAndLeavesABackup()
    {
        const QString path = QStringLiteral("/var/lib/pgsql/iha-write-test.conf");
        LabEnvironment::exec(
            QStringLiteral("db2"),
            QStringLiteral("printf 'old\\n' >%1 && chown postgres:postgres %1 && chmod 0640 %1")
                .arg(path));
        SshTarget t = target(QStringLiteral("db2"), QStringLiteral("labop"));
        t.sudoPassword = m_lab.value(QStringLiteral("LAB_SUDO_PASSWORD"));
        SshHost host(t, policy(knownHostsWithLabKeys()));
        RemoteScripts::FileWrite write;
        write.path = path;
        write.time = QDateTime::currentDateTimeUtc();
        const QByteArray content("new line 1\nline with 'quotes' and $dollar\n\x01\x02 binary\n",
                                 45);
        const CommandResult r =
            runAndWait(host, command(RemoteScripts::writeFile(write), true, content));
        QVERIFY2(r.succeeded(), qPrintable(r.error + QString::fromUtf8(r.err)));
        QCOMPARE(r.out.trimmed(), RemoteScripts::backupPath(write).toUtf8());
        const QByteArray stat = LabEnvironment::exec(
            QStringLiteral("db2"),
            QStringLiteral("stat -c '%U:%G %a' %1 %2").arg(path, RemoteScripts::backupPath(write)));
        QCOMPARE(stat, QByteArray("postgres:postgres 640\npostgres:postgres 640\n"));
        const CommandResult read = runAndWait(host, command(RemoteScripts::readFile(path), true));
        QCOMPARE(read.out, content);
        QCOMPARE(LabEnvironment::exec(QStringLiteral("db2"), QStringLiteral("cat %1").arg(
                                                                 RemoteScripts::backupPath(write))),
                 QByteArray("old\n"));
        // No temporary file is left beside it.
        QCOMPARE(
            LabEnvironment::exec(QStringLiteral("db2"),
                                 QStringLiteral("ls -a /var/lib/pgsql | grep -c iha- || true")),
            QByteArray("2\n"));
        LabEnvironment::exec(QStringLiteral("db2"), QStringLiteral("rm -f %1*").arg(path));
    }
};

QTEST_GUILESS_MAIN(TestSshHost)
#include "TestSshHost.moc"
