#include "models/RemoteScripts.h"
#include "models/ShellQuote.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(iha::RemoteScripts::SudoProbe)

using namespace iha;

namespace {

// Runs shell text with the local /bin/sh: quoting is checked by a real shell, not by eye.
QByteArray runSh(const QString &script, const QByteArray &input = {}, int *exitCode = nullptr)
{
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    sh.write(input);
    sh.closeWriteChannel();
    sh.waitForFinished(10000);
    if (exitCode)
        *exitCode = sh.exitCode();
    return sh.readAllStandardOutput();
}

} // namespace

class TestRemoteScripts : public QObject
{
    Q_OBJECT

private slots:
    void quotingReadsBackExactly_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("plain") << QStringLiteral("/var/lib/pgsql/data");
        QTest::newRow("space") << QStringLiteral("my dir/file name");
        QTest::newRow("single quote") << QStringLiteral("it's");
        QTest::newRow("only quotes") << QStringLiteral("'''");
        QTest::newRow("double quote and dollar") << QStringLiteral("\"$HOME\" $(id) `id`");
        QTest::newRow("backslashes") << QStringLiteral("a\\b\\\\c\\");
        QTest::newRow("glob and semicolon") << QStringLiteral("*; rm -rf / #");
        QTest::newRow("newline") << QStringLiteral("two\nlines");
        // A regular expression's "$" also matches before a final line break.
        QTest::newRow("final newline") << QStringLiteral("word\n");
        QTest::newRow("non-ascii") << QStringLiteral("pässwörd-日本");
        QTest::newRow("empty") << QString();
        QTest::newRow("leading dash") << QStringLiteral("-n");
    }

    void quotingReadsBackExactly()
    {
        QFETCH(QString, word);
        const QByteArray out = runSh(QStringLiteral("printf '%s' ") + shellQuote(word));
        QCOMPARE(QString::fromUtf8(out), word);
    }

    void plainWordsStayReadable()
    {
        QCOMPARE(shellQuote(QStringLiteral("/var/lib/pgsql/data")),
                 QStringLiteral("/var/lib/pgsql/data"));
        QCOMPARE(shellJoin({QStringLiteral("systemctl"), QStringLiteral("restart"),
                            QStringLiteral("postgresql")}),
                 QStringLiteral("systemctl restart postgresql"));
    }

    void messagesNameACommandByItsFirstLine_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("named");
        const QString ellipsis(QChar(0x2026));
        QTest::newRow("short") << QStringLiteral("  id -u\n") << QStringLiteral("id -u");
        QTest::newRow("script") << QStringLiteral("set -e\nrm -rf -- \"$d\"\n")
                                << QStringLiteral("set -e") + ellipsis;
        QTest::newRow("long line")
            << QStringLiteral("x").repeated(80) << QStringLiteral("x").repeated(59) + ellipsis;
    }

    void messagesNameACommandByItsFirstLine()
    {
        QFETCH(QString, command);
        QFETCH(QString, named);
        QCOMPARE(commandInMessages(command), named);
    }

    void rootCommandsUseSudoSafely()
    {
        using RemoteScripts::Privilege;
        const QString cmd = QStringLiteral("echo 'a b'");
        QCOMPARE(RemoteScripts::asRoot(cmd, Privilege::Root), cmd);
        QCOMPARE(RemoteScripts::asRoot(cmd, Privilege::SudoNoPassword),
                 QStringLiteral("sudo -n -- /bin/sh -c 'echo '\\''a b'\\'''"));
        QCOMPARE(RemoteScripts::withSudoPassword(QStringLiteral("pw"), "data"),
                 QByteArray("pw\ndata"));
        QVERIFY(RemoteScripts::isWrongSudoPassword(
            "Sorry, try again.\nsudo: 1 incorrect password attempt\n"));
        QVERIFY(!RemoteScripts::isWrongSudoPassword("sudo: a password is required\n"));
    }

    void sudoProbeIsReadForCertainOrNotAtAll_data()
    {
        using RemoteScripts::SudoProbe;
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("err");
        QTest::addColumn<SudoProbe>("verdict");
        const int exited = int(CommandResult::Status::Exited);
        QTest::newRow("ran") << exited << 0 << QByteArray() << SudoProbe::NoPasswordNeeded;
        QTest::newRow("would ask") << exited << 1 << QByteArray("sudo: a password is required\n")
                                   << SudoProbe::PasswordNeeded;
        QTest::newRow("timed out")
            << int(CommandResult::Status::TimedOut) << -1 << QByteArray() << SudoProbe::Unknown;
        QTest::newRow("no sudo") << exited << 127 << QByteArray("sh: 1: sudo: not found\n")
                                 << SudoProbe::Unknown;
        QTest::newRow("other message")
            << exited << 1 << QByteArray("sudo: unable to resolve host\n") << SudoProbe::Unknown;
        QTest::newRow("killed") << int(CommandResult::Status::Signalled) << -1
                                << QByteArray("sudo: a password is required\n")
                                << SudoProbe::Unknown;
    }

    void sudoProbeIsReadForCertainOrNotAtAll()
    {
        QFETCH(int, status);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, err);
        QFETCH(RemoteScripts::SudoProbe, verdict);
        CommandResult probe;
        probe.status = CommandResult::Status(status);
        probe.exitCode = exitCode;
        probe.err = err;
        QCOMPARE(RemoteScripts::sudoProbeVerdict(probe), verdict);
    }

    // The script around sudo, run by the real /bin/sh with a stand-in for sudo that asks for
    // the password through askpass or not (the lab runs it with the real sudo).
    void theSudoPasswordGoesOnlyToAnAskingSudo_data()
    {
        QTest::addColumn<bool>("sudoAsks");
        QTest::newRow("sudo asks") << true;
        QTest::newRow("sudo does not ask") << false;
    }

    void theSudoPasswordGoesOnlyToAnAskingSudo()
    {
        QFETCH(bool, sudoAsks);
        QTemporaryDir bin;
        QTemporaryDir runtime;
        QFile sudo(bin.filePath(QStringLiteral("sudo")));
        QVERIFY(sudo.open(QIODevice::WriteOnly));
        sudo.write("#!/bin/sh\n"
                   "prompt=; validate=\n"
                   "while [ $# -gt 0 ]; do case \"$1\" in -p) prompt=$2; shift 2;; "
                   "-v) validate=1; shift;; --) shift; break;; *) shift;; esac; done\n"
                   "[ -z \"${FAKE_SUDO_ASKS:-}\" ] || \"$SUDO_ASKPASS\" \"$prompt\" "
                   ">\"$FAKE_SUDO_GOT\"\n"
                   "[ -n \"$validate\" ] || exec \"$@\"\n");
        sudo.close();
        sudo.setPermissions(QFile::ReadOwner | QFile::ExeOwner);
        const QString got = bin.filePath(QStringLiteral("got"));

        QProcess sh;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), bin.path() + QStringLiteral(":/usr/bin:/bin"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        env.insert(QStringLiteral("FAKE_SUDO_GOT"), got);
        if (sudoAsks)
            env.insert(QStringLiteral("FAKE_SUDO_ASKS"), QStringLiteral("1"));
        sh.setProcessEnvironment(env);
        const QString command = RemoteScripts::asRoot(QStringLiteral("cat; echo done"),
                                                      RemoteScripts::Privilege::SudoPassword);
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        sh.write(RemoteScripts::withSudoPassword(QStringLiteral("pa$$ 'w\"rd"), "payload\n"));
        sh.closeWriteChannel();
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(sh.exitCode(), 0);
        QCOMPARE(sh.readAllStandardOutput(), QByteArray("payload\ndone\n"));
        QCOMPARE(QFile::exists(got), sudoAsks);
        if (sudoAsks) {
            QFile answer(got);
            QVERIFY(answer.open(QIODevice::ReadOnly));
            QCOMPARE(answer.readAll(), QByteArray("pa$$ 'w\"rd\n"));
        }
        // Nothing of the password is left on the host.
        QCOMPARE(QDir(runtime.path())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                     .size(),
                 0);
    }

    void writeFileReplacesAtomicallyWithBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("odd name's.conf"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content\n");
        old.close();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        RemoteScripts::FileWrite write;
        write.path = path;
        write.time = QDateTime(QDate(2026, 11, 26), QTime(3, 4, 5), Qt::UTC);
        QCOMPARE(RemoteScripts::backupPath(write), path + QStringLiteral(".20261126T030405Z.bak"));
        int exitCode = -1;
        const QByteArray out = runSh(RemoteScripts::writeFile(write), "new\ncontent\n", &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(out.trimmed(), RemoteScripts::backupPath(write).toUtf8());
        QFile now(path);
        QVERIFY(now.open(QIODevice::ReadOnly));
        QCOMPARE(now.readAll(), QByteArray("new\ncontent\n"));
        QCOMPARE(runSh(QStringLiteral("stat -c %a ") + shellQuote(path)), QByteArray("600\n"));
        QFile backup(RemoteScripts::backupPath(write));
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), QByteArray("old content\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(),
                 2); // no temporary left
    }

    void writeFileCreatesANewFileWithTheGivenMode()
    {
        QTemporaryDir dir;
        RemoteScripts::FileWrite write;
        write.path = dir.filePath(QStringLiteral("new.conf"));
        write.newFileMode = QStringLiteral("0600");
        write.time = QDateTime::currentDateTimeUtc();
        int exitCode = -1;
        const QByteArray out = runSh(RemoteScripts::writeFile(write), "x", &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(out.isEmpty()); // no backup for a new file
        QCOMPARE(runSh(QStringLiteral("stat -c %a ") + shellQuote(write.path)),
                 QByteArray("600\n"));
    }

    // The write of an edit computed from what was read: refused when the file changed since
    // (someone else edited it), and the written file's hash reported when it went through.
    void aFileChangedSinceItWasReadIsNotOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pg_hba.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("theirs\n");
        file.close();
        RemoteScripts::FileWrite write;
        write.path = path;
        write.time = QDateTime::currentDateTimeUtc();
        write.expectedSha256 =
            QCryptographicHash::hash("what we read\n", QCryptographicHash::Sha256).toHex();
        int exitCode = -1;
        runSh(RemoteScripts::writeFile(write), "ours\n", &exitCode);
        QCOMPARE(exitCode, RemoteScripts::kFileChangedMeanwhile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("theirs\n"));
        file.close();
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);

        write.expectedSha256 =
            QCryptographicHash::hash("theirs\n", QCryptographicHash::Sha256).toHex();
        const QByteArray out = runSh(RemoteScripts::writeFile(write), "ours\n", &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.endsWith(
                     "sha256 " +
                     QCryptographicHash::hash("ours\n", QCryptographicHash::Sha256).toHex() + '\n'),
                 out.constData());
    }

    void failedWriteLeavesTheOldFile()
    {
        QTemporaryDir dir;
        RemoteScripts::FileWrite write;
        write.path = dir.filePath(QStringLiteral("missing-dir/file.conf"));
        write.time = QDateTime::currentDateTimeUtc();
        int exitCode = 0;
        runSh(RemoteScripts::writeFile(write), "x", &exitCode);
        QVERIFY(exitCode != 0);
        QVERIFY(!QFile::exists(write.path));
    }

    // A long command and what it started in the background are stopped together on the host
    // (closing an SSH channel does not); a survivor of an earlier attempt is stopped before the
    // command runs again. Real processes, this machine's sh and setsid.
    void aProcessGroupIsStoppedWhole()
    {
        QTemporaryDir dir;
        const QString group = dir.filePath(QStringLiteral("backup.pgid"));
        const QString marker = dir.filePath(QStringLiteral("child.pid"));
        // A child in the background (as pg_basebackup's WAL streamer) and a long foreground.
        const QString longCommand =
            QStringLiteral("sleep 300 & echo $! >%1; sleep 300").arg(shellQuote(marker));
        QProcess first;
        first.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"), RemoteScripts::inProcessGroup(longCommand, group)});
        QTRY_VERIFY(QFile::exists(marker) && QFileInfo(group).size() > 0);
        const QByteArray child = runSh(QStringLiteral("cat ") + shellQuote(marker)).trimmed();
        const auto alive = [](const QByteArray &pid) {
            int code = -1;
            runSh(QStringLiteral("kill -0 %1 2>/dev/null").arg(QString::fromLatin1(pid)), {},
                  &code);
            return code == 0;
        };
        QVERIFY(alive(child));

        // A second attempt stops the first one's group before it runs.
        int code = -1;
        runSh(RemoteScripts::inProcessGroup(QStringLiteral("echo second"), group), {}, &code);
        QCOMPARE(code, 0);
        QVERIFY(first.waitForFinished(10000));
        QTRY_VERIFY(!alive(child));

        // stopInProcessGroup ends a running one, children included.
        QFile::remove(marker);
        QProcess third;
        third.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"), RemoteScripts::inProcessGroup(longCommand, group)});
        QTRY_VERIFY(QFile::exists(marker) && QFileInfo(group).size() > 0);
        const QByteArray thirdChild = runSh(QStringLiteral("cat ") + shellQuote(marker)).trimmed();
        runSh(RemoteScripts::stopInProcessGroup(group), {}, &code);
        QCOMPARE(code, 0);
        QVERIFY(third.waitForFinished(10000));
        QTRY_VERIFY(!alive(thirdChild));
        QVERIFY(!QFile::exists(group));
    }

    // A group file left from before the host last started names a number that may now be any
    // process group (PostgreSQL's included): it is dropped, nothing is signalled.
    void aGroupFileFromBeforeARebootIsNotSignalled()
    {
        QTemporaryDir dir;
        const QString group = dir.filePath(QStringLiteral("old.pgid"));
        QProcess bystander;
        bystander.start(QStringLiteral("setsid"), {QStringLiteral("sleep"), QStringLiteral("300")});
        QVERIFY(bystander.waitForStarted());
        QFile file(group);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::number(bystander.processId()) +
                   " 00000000-0000-0000-0000-000000000000\n");
        file.close();
        int code = -1;
        runSh(RemoteScripts::stopInProcessGroup(group), {}, &code);
        QCOMPARE(code, 0);
        QVERIFY(!QFile::exists(group));
        QVERIFY(!bystander.waitForFinished(1500)); // still running
        bystander.kill();
        bystander.waitForFinished();
    }

    // A copy that stops growing (its source frozen: TCP keepalives still answered) is stopped,
    // and the script ends only once all of it has: here, as with runuser, the leader dies at
    // once and a member of its group takes 2 s to end after the TERM (its sleep ignores it).
    void aStalledCopyIsStopped()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy"));
        const QString group = dir.filePath(QStringLiteral("copy.pgid"));
        const QString slow = dir.filePath(QStringLiteral("slow.pid"));
        QProcess wrapper;
        wrapper.start(
            QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"),
             RemoteScripts::inProcessGroup(
                 QStringLiteral("mkdir %1 && head -c 200000 /dev/zero >%1/data && sh -c 'trap "
                                "\"trap \\\"\\\" TERM; sleep 2; exit 1\" TERM; echo $$ >%2; "
                                "sleep 300 & wait'")
                     .arg(shellQuote(copy), slow), // a temporary path: no quote needed
                 group, shellQuote(copy), 5)});
        QVERIFY(wrapper.waitForFinished(40000));
        QVERIFY(wrapper.exitCode() != 0);
        QVERIFY2(wrapper.readAllStandardError().contains("for 5 s: stopped"), "no reason given");
        QVERIFY(!QFile::exists(group));
        QVERIFY(QFile::exists(slow));
        int code = -1;
        runSh(QStringLiteral("kill -0 $(cat %1) 2>/dev/null").arg(shellQuote(slow)), {}, &code);
        QVERIFY2(code != 0, "a member of the stopped group outlived the script");
    }
};

QTEST_GUILESS_MAIN(TestRemoteScripts)
#include "TestRemoteScripts.moc"
