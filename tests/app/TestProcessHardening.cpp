#include "app/ProcessHardening.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
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
