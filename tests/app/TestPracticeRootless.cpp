#include "common/RunProgram.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkProxy>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

namespace {

const QString kUser = QStringLiteral("ihapracticeuser");

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

// The practice cluster without root (label lab): an unprivileged user with subordinate ids (as
// Debian 12 gives every new user) brings it up, uses it and takes it down, and nothing of it
// runs as root or touches the machine's network, /var/lib or /etc/subuid. Its gateway lets
// nobody else in. Root is needed here only to make that user.
class TestPracticeRootless : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_out;
    QString m_subuidBefore;

private slots:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("making a user to run it needs root (run the suite as root)");
        cleanupTestCase(); // of a run cut short
        int code = 0;
        const QString said = runProgram(QStringLiteral("useradd"),
                                        {QStringLiteral("--create-home"), QStringLiteral("--shell"),
                                         QStringLiteral("/bin/bash"), kUser},
                                        &code);
        QVERIFY2(code == 0, qPrintable(said));
        runProgram(QStringLiteral("runuser"),
                   {QStringLiteral("-u"), kUser, QStringLiteral("--"), QStringLiteral("test"),
                    QStringLiteral("-x"), QStringLiteral(IHA_CLI)},
                   &code);
        if (code != 0)
            QSKIP("a user cannot run the CLI of this build tree (it lies in a private folder)");
        const QString check =
            runProgram(QStringLiteral("runuser"),
                       {QStringLiteral("-u"), kUser, QStringLiteral("--"),
                        QStringLiteral(IHA_SOURCE_DIR "/lab/practice"), QStringLiteral("check")});
        if (!check.startsWith(QLatin1String("rootless")))
            QSKIP(qPrintable(QStringLiteral("not possible on this machine: ") + check.trimmed()));
        m_subuidBefore = readFile(QStringLiteral("/etc/subuid"));
    }

    void aUserRunsItWithoutRoot()
    {
        QVERIFY(m_out.isValid());
        QFile::setPermissions(m_out.path(), QFileDevice::Permissions(0x7777));
        QProcess operatorSession;
        operatorSession.setProcessChannelMode(QProcess::MergedChannels);
        operatorSession.start(QStringLiteral("runuser"),
                              {QStringLiteral("-u"), kUser, QStringLiteral("--"),
                               QStringLiteral(IHA_SOURCE_DIR "/tests/keyring/with-keyring"),
                               QStringLiteral(IHA_SOURCE_DIR "/tests/app/practice-as-user"),
                               QStringLiteral(IHA_CLI), m_out.path()});
        const auto out = [this](const char *name) {
            return m_out.filePath(QLatin1String(name));
        };
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return QFileInfo::exists(out("up")) || QFileInfo::exists(out("failed")); },
                90000),
            qPrintable(QStringLiteral("practice up did not finish within 90 s: ") +
                       QString::fromUtf8(operatorSession.readAll())));
        QVERIFY2(QFileInfo::exists(out("up")), qPrintable(readFile(out("up.err"))));
        QVERIFY(readFile(out("up.err")).contains(QLatin1String("without root")));

        // Through the gateway: SSH to every database host, and the Inmanta API of orch1.
        const QString status = readFile(out("status.out"));
        QVERIFY2(status.contains(QLatin1String("PRACTICE cluster practice")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("Replication is not set up yet")),
                 qPrintable(status));
        QVERIFY2(
            status.contains(QRegularExpression(QStringLiteral("orch1 .*Inmanta server healthy"))),
            qPrintable(status));

        // Every process of the practice hosts is the user's; the machine's network, state and
        // subordinate ids are as they were.
        const QString sshds =
            runProgram(QStringLiteral("pgrep"),
                       {QStringLiteral("-f"),
                        QStringLiteral("sshd -D -f /var/lib/inmanta-ha-admin-practice")});
        QCOMPARE(sshds.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 5);
        for (const QString &pid : sshds.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QCOMPARE(
                runProgram(QStringLiteral("ps"), {QStringLiteral("-o"), QStringLiteral("user="),
                                                  QStringLiteral("-p"), pid})
                    .trimmed(),
                kUser);
        QVERIFY(!runProgram(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("list")})
                     .contains(QLatin1String("ihaprac-")));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/var/lib/inmanta-ha-admin-practice")));
        QCOMPARE(readFile(QStringLiteral("/etc/subuid")), m_subuidBefore);
        // Root on a practice host is the user here: their home is hidden from the hosts.
        QCOMPARE(readFile(out("home-inside")), QString());

        // The gateway lets only its user in: this process (root) is refused.
        QTcpSocket socket;
        socket.setProxy(QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"),
                                      readFile(out("port")).trimmed().toUShort()));
        socket.connectToHost(QStringLiteral("198.19.7.11"), 22);
        const bool connected = socket.waitForConnected(5000);
        QVERIFY2(!connected || !socket.waitForReadyRead(3000),
                 "another user got through the gateway");

        QFile(out("checked")).open(QIODevice::WriteOnly);
        QVERIFY(operatorSession.waitForFinished(60000));
        const QString down = readFile(out("down.out"));
        QVERIFY2(down.contains(QLatin1String("The practice cluster is gone")), qPrintable(down));
        QCOMPARE(readFile(out("state-after")), QString());
        QVERIFY(QTest::qWaitFor(
            [] {
                int code = 0;
                runProgram(QStringLiteral("pgrep"),
                           {QStringLiteral("-u"), kUser, QStringLiteral("-f"),
                            QStringLiteral("practice|host-init|sshd|postgres")},
                           &code);
                return code == 1;
            },
            5000)); // no process of the practice cluster left
    }

    void cleanupTestCase()
    {
        if (geteuid() != 0)
            return;
        // A test cut short leaves the cluster up: down as its user, who alone can remove it.
        const QString home = readFile(m_out.filePath(QStringLiteral("home"))).trimmed();
        if (!home.isEmpty() && QFileInfo::exists(home))
            runProgram(QStringLiteral("runuser"),
                       {QStringLiteral("-u"), kUser, QStringLiteral("--"), QStringLiteral("env"),
                        QStringLiteral("HOME=") + home,
                        QStringLiteral(IHA_SOURCE_DIR "/lab/practice"), QStringLiteral("down")});
        runProgram(QStringLiteral("pkill"), {QStringLiteral("-KILL"), QStringLiteral("-u"), kUser});
        runProgram(QStringLiteral("userdel"), {QStringLiteral("-r"), kUser});
    }
};

QTEST_MAIN(TestPracticeRootless)
#include "TestPracticeRootless.moc"
