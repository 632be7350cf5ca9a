#include "app/ProcessHardening.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>

using namespace iha;

// Both executables hold secrets in memory: they leave no core file when they crash and cannot
// be read by other processes of the user (issue: security hardening, point 5).
class TestProcessHardening : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void aCrashLeavesNoCoreFile_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        // The CLI serving metrics of a cluster on loopback until it is stopped; the window
        // waiting for its operator.
        const QString cluster = m_dir.filePath(QStringLiteral("loopback.json"));
        QFile file(cluster);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "loopback", "nodes": [{"name": "db1", "role": "primary",
                       "address": "127.0.0.1", "ssh": {"port": 9}}]})");
        file.close();
        QTcpServer free;
        QVERIFY(free.listen(QHostAddress::LocalHost));
        const QString listen = QStringLiteral("127.0.0.1:%1").arg(free.serverPort());
        free.close();
        QTest::newRow("inmanta-ha-cli")
            << QStringLiteral(IHA_CLI)
            << QStringList{QStringLiteral("--cluster"), cluster, QStringLiteral("exporter"),
                           QStringLiteral("--listen"),  listen,  QStringLiteral("--interval"),
                           QStringLiteral("60")};
        QTest::newRow("inmanta-ha-admin") << QStringLiteral(IHA_GUI) << QStringList();
    }

    void aCrashLeavesNoCoreFile()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QFile pattern(QStringLiteral("/proc/sys/kernel/core_pattern"));
        QVERIFY(pattern.open(QIODevice::ReadOnly));
        const QByteArray where = pattern.readAll().trimmed();
        if (where.startsWith('|') || where.contains('/'))
            QSKIP(qPrintable(QStringLiteral("cores go to %1 here, not to the crashed process's "
                                            "directory")
                                 .arg(QString::fromLocal8Bit(where))));
        // A core as large as it likes, as the child inherits it: only the program's own
        // hardening stops one.
        rlimit unlimited{RLIM_INFINITY, RLIM_INFINITY};
        if (setrlimit(RLIMIT_CORE, &unlimited) != 0)
            QSKIP("this machine's hard limit forbids core files anyway");

        QTemporaryDir cwd;
        QTemporaryDir home;
        QProcess process;
        process.setWorkingDirectory(cwd.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
        QTest::qWait(1500); // past main(), into its event loop
        QFile limits(QStringLiteral("/proc/%1/limits").arg(process.processId()));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        const QByteArray coreLimit = limits.readAll();
        QVERIFY2(QRegularExpression(QStringLiteral("Max core file size\\s+0\\s+0"))
                     .match(QString::fromLatin1(coreLimit))
                     .hasMatch(),
                 coreLimit.constData());
        ::kill(pid_t(process.processId()), SIGSEGV);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        QTest::qWait(300); // a core is written as the process ends
        const QStringList cores = QDir(cwd.path()).entryList({QStringLiteral("core*")});
        QVERIFY2(cores.isEmpty(), qPrintable(cores.join(QLatin1Char(' '))));
    }

    // An installed program (here: the CLI copied out of the build tree) loads the SSH module
    // from its own installation only, never from the build folder named when it was compiled.
    void anInstalledProgramLoadsOnlyItsOwnSshModule_data()
    {
        QTest::addColumn<bool>("installed");
        QTest::newRow("module not installed") << false;
        QTest::newRow("module installed beside it") << true;
    }

    void anInstalledProgramLoadsOnlyItsOwnSshModule()
    {
        QFETCH(bool, installed);
        QTemporaryDir prefix;
        const QString cli = prefix.filePath(QStringLiteral("bin/inmanta-ha-cli"));
        QVERIFY(QDir(prefix.path()).mkpath(QStringLiteral("bin")));
        QVERIFY(QFile::copy(QStringLiteral(IHA_CLI), cli));
        const QString moduleDir =
            prefix.filePath(QStringLiteral(IHA_INSTALL_LIBDIR "/inmanta-ha-admin"));
        if (installed) {
            QVERIFY(QDir().mkpath(moduleDir));
            QVERIFY(QFile::copy(QStringLiteral(IHA_SSH_MODULE),
                                moduleDir + QStringLiteral("/libiha_ssh.so")));
        }
        // A node on loopback whose "SSH server" hangs up at once: reached, the check loads the
        // SSH module to talk to it.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            while (QTcpSocket *peer = server.nextPendingConnection())
                peer->abort();
        });
        const QString cluster = prefix.filePath(QStringLiteral("loopback.json"));
        QFile file(cluster);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("{\"name\": \"loopback\", \"nodes\": [{\"name\": \"db1\", "
                                  "\"role\": \"primary\", \"address\": \"127.0.0.1\", "
                                  "\"ssh\": {\"port\": %1}}]}")
                       .arg(server.serverPort())
                       .toUtf8());
        file.close();
        QTemporaryDir home;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        process.setProcessEnvironment(env);
        process.start(cli, {QStringLiteral("--cluster"), cluster, QStringLiteral("check")});
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
        const QString output =
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        QVERIFY2(!output.contains(QFileInfo(QStringLiteral(IHA_SSH_MODULE)).path()),
                 qPrintable(output));
        QCOMPARE(output.contains(QStringLiteral("SSH module (libiha_ssh.so) cannot be loaded")),
                 !installed);
        QVERIFY2(output.contains(QStringLiteral("FAIL")), qPrintable(output));
    }

    // Last: it takes this test's own right to a core file away for good.
    void thisProcessIsNoLongerDumpable()
    {
        QCOMPARE(hardenProcess(), QString());
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        rlimit core{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "TestProcessHardening.moc"
