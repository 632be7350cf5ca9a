#include "app/ExitCode.h"
#include "app/GuiController.h"
#include "app/KeychainSecretStore.h"
#include "app/PracticeCluster.h"
#include "common/CliRunner.h"
#include "common/RunProgram.h"
#include "models/ClusterFile.h"
#include "models/SecretBinding.h"
#include "widgets/MainWindow.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <optional>
#include <qt6keychain/keychain.h>
#include <unistd.h>

using namespace iha;

namespace {

const QString kHelperState = QStringLiteral("/var/lib/inmanta-ha-admin-practice");

enum class Entry
{
    Present,
    Absent,
    Unknown, // the keychain failed or did not answer: neither can be claimed
};

// A keychain entry under `service`, read directly (not through the product's routing).
Entry keychainEntry(const QString &service, const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(key);
    std::optional<Entry> entry;
    QObject::connect(job, &QKeychain::Job::finished, job, [&entry](QKeychain::Job *finished) {
        entry = finished->error() == QKeychain::NoError         ? Entry::Present
                : finished->error() == QKeychain::EntryNotFound ? Entry::Absent
                                                                : Entry::Unknown;
    });
    job->start();
    if (!QTest::qWaitFor([&entry] { return entry.has_value(); }, 10000))
        return Entry::Unknown;
    return *entry;
}

} // namespace

// The practice cluster (labels lab and keychain; root, a real keyring): brought up from the
// window's welcome and from the CLI, a cluster of its own that every command takes (host keys
// pinned, its password in its own keychain scope), marked PRACTICE, refused without root, and
// gone without a trace after `practice down`. It runs beside the test lab.
class TestPractice : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // Kept to the end: its monitor's keychain reads may still be answered after a test.
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<GuiController> m_controller;

    QString clusterFile() const { return PracticeCluster::clusterFile(); }

    void verifyNothingIsLeft()
    {
        QVERIFY2(
            !runProgram(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("list")})
                 .contains(QStringLiteral("ihaprac-")),
            "a practice namespace is left");
        QVERIFY(!QFileInfo::exists(kHelperState));
        QVERIFY(!QFileInfo::exists(PracticeCluster::folder()));
        int code = 0;
        runProgram(QStringLiteral("pgrep"), {QStringLiteral("-f"), kHelperState}, &code);
        QCOMPARE(code, 1); // no process of the practice hosts
        QCOMPARE(keychainEntry(KeychainSecretStore::kPracticeService,
                               QStringLiteral("practice/database-password")),
                 Entry::Absent);
        QCOMPARE(keychainEntry(KeychainSecretStore::kPracticeService,
                               SecretBinding::keyOf(QStringLiteral("practice/database-password"))),
                 Entry::Absent);
        QVERIFY(!QSettings()
                     .value(QStringLiteral("clusters/files"))
                     .toStringList()
                     .contains(clusterFile()));
    }

private slots:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("the practice cluster's helper needs root here (run the suite as root)");
        if (!qEnvironmentVariableIsSet("IHA_TEST_KEYRING_PASSWORD_FILE"))
            QSKIP("needs the test keyring (tests/keyring/with-keyring)");
        qunsetenv("SSH_AUTH_SOCK");
        // A run that was cut short leaves its cluster up: start from nothing.
        runProgram(PracticeCluster::helperPath(), {QStringLiteral("down")});
        QDir(PracticeCluster::folder()).removeRecursively();
    }

    void withoutRootTheCliSaysSoAndChangesNothing()
    {
        QVERIFY(m_dir.isValid());
        int reachable = 0;
        runProgram(QStringLiteral("runuser"),
                   {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                    QStringLiteral("test"), QStringLiteral("-x"), QStringLiteral(IHA_CLI)},
                   &reachable);
        if (reachable != 0)
            QSKIP("nobody cannot run the CLI of this build tree (it lies in a private folder)");
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ReadOther | QFile::WriteOther |
                                                QFile::ExeOther);
        int code = 0;
        const QString said =
            runProgram(QStringLiteral("runuser"),
                       {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                        QStringLiteral("env"), QStringLiteral("HOME=") + m_dir.path(),
                        QStringLiteral(IHA_CLI), QStringLiteral("practice"), QStringLiteral("up")},
                       &code);
        QCOMPARE(code, int(ExitStepFailed));
        // Said before asking: what runs as root, and that sudo asks.
        QVERIFY2(said.contains(QStringLiteral("only its helper, ") + PracticeCluster::helperPath() +
                               QStringLiteral(", runs as root")),
                 qPrintable(said));
        QVERIFY(said.contains(QStringLiteral("sudo will ask for your password.")));
        QVERIFY2(said.contains(QStringLiteral("practice up failed")) ||
                     said.contains(QStringLiteral("sudo could not be started")),
                 qPrintable(said));
        QVERIFY(!QFileInfo::exists(kHelperState));
        // Not even the key it made before sudo refused.
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral(".local/share/Inmanta"))));
        QVERIFY(!QFileInfo::exists(
            m_dir.filePath(QStringLiteral(".local/share/Inmanta/inmanta-ha-admin/practice"))));
    }

    void theWelcomeBringsItUpAndOpensItMarked()
    {
        m_window = std::make_unique<MainWindow>();
        m_controller = std::make_unique<GuiController>(m_window.get());
        MainWindow &window = *m_window;
        window.show();
        auto *tryIt = window.findChild<QPushButton *>(QStringLiteral("practiceButton"));
        QVERIFY(tryIt);
        QVERIFY(tryIt->isVisible());
        tryIt->click(); // as root: no question, nothing asks for a password
        // What the window says if it does not come up: its status bar, or the failure's box.
        const auto said = [&window] {
            const auto *failed = window.findChild<QMessageBox *>(QStringLiteral("practiceFailed"));
            return failed ? failed->informativeText() : window.statusBar()->currentMessage();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(window.windowTitle().startsWith(QStringLiteral("PRACTICE: ")),
                                  qPrintable(said()), 60000);
        QCOMPARE(window.windowTitle(),
                 QStringLiteral("PRACTICE: practice (not a real cluster) - Inmanta HA Admin"));
        auto *mark = window.findChild<QLabel *>(QStringLiteral("practiceMark"));
        QVERIFY(mark && mark->isVisible());
        QVERIFY(mark->text().startsWith(QStringLiteral("<b>PRACTICE</b>")));
    }

    void itIsAClusterOfItsOwn()
    {
        const ClusterReadResult read = ClusterFile::load(clusterFile());
        QVERIFY(read.ok());
        const Cluster &cluster = *read.cluster;
        QVERIFY(cluster.practice);
        QCOMPARE(cluster.name, QStringLiteral("practice"));
        QCOMPARE(cluster.nodes.size(), 5);
        const QString key = PracticeCluster::folder() + QStringLiteral("/id_ed25519");
        QVERIFY(
            !(QFile::permissions(key) & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                         QFile::ReadOther | QFile::WriteOther | QFile::ExeOther)));
        for (const Node &node : cluster.nodes) {
            QCOMPARE(node.ssh.identityFile, key);
            QVERIFY2(node.ssh.hostKey.startsWith(QStringLiteral("SHA256:")), qPrintable(node.name));
            QVERIFY(node.address.startsWith(QStringLiteral("198.19.7.")));
        }
        // Pinned host keys: no question, and nothing written to any known_hosts.
        const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        const CliOutcome check =
            runCli({QStringLiteral("--cluster"), clusterFile(), QStringLiteral("--known-hosts"),
                    knownHosts, QStringLiteral("check")},
                   {}, 60000);
        QCOMPARE(check.exitCode, int(ExitSuccess));
        QVERIFY2(check.out.contains(QStringLiteral("All 5 nodes passed the pre-flight check.")),
                 qPrintable(check.out + check.err));
        QCOMPARE(check.out.count(QStringLiteral("ok   host key: pinned:")), 5);
        QVERIFY(!QFileInfo::exists(knownHosts));

        // Its password is in its own keychain scope, bound to its file; none in the main one.
        QCOMPARE(keychainEntry(KeychainSecretStore::kPracticeService,
                               QStringLiteral("practice/database-password")),
                 Entry::Present);
        QCOMPARE(keychainEntry(KeychainSecretStore::kService,
                               QStringLiteral("practice/database-password")),
                 Entry::Absent);
        const CliOutcome secret =
            runCli({QStringLiteral("--cluster"), clusterFile(), QStringLiteral("secret"),
                    QStringLiteral("check"), QStringLiteral("database-password")});
        QCOMPARE(secret.exitCode, int(ExitSuccess));
        QCOMPARE(KeychainSecretStore::serviceFor(QStringLiteral("prod/database-password")),
                 KeychainSecretStore::kService);
    }

    // The operator's key opens root on the practice hosts: that root must be no root of this
    // machine (their user namespaces map it to an unused uid).
    void theHostsRootIsNoRootHere()
    {
        if (QFileInfo::exists(kHelperState + QStringLiteral("/without-user-namespaces")))
            QSKIP("no user namespaces here (a chroot): the helper said so at up");
        const QString escape = QStringLiteral("/etc/iha-practice-escape");
        int code = 0;
        const QString said = runProgram(
            QStringLiteral("ssh"),
            {QStringLiteral("-i"), PracticeCluster::folder() + QStringLiteral("/id_ed25519"),
             QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
             QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-o"),
             QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-o"),
             QStringLiteral("LogLevel=ERROR"), QStringLiteral("root@198.19.7.11"),
             QStringLiteral("id -u; cat /proc/self/uid_map; stat -c %u /etc/shadow; "
                            "runuser -u postgres -- id -un; touch %1")
                 .arg(escape)},
            &code);
        // stdout (root inside, mapped to an unused uid; its own shadow file; postgres), then
        // stderr (the machine's /etc is not writable).
        const QRegularExpression expected(
            QStringLiteral(
                "^0\\n\\s*0\\s+1879048192\\s+65536\\n0\\npostgres\\ntouch: cannot touch '%1': "
                "Permission denied\\n$")
                .arg(escape));
        QVERIFY2(expected.match(said).hasMatch(), qPrintable(said));
        QVERIFY(!QFileInfo::exists(escape));
    }

    void statusShowsItUpAndMarked()
    {
        const CliOutcome hosts = runCli({QStringLiteral("practice"), QStringLiteral("status")});
        QCOMPARE(hosts.exitCode, int(ExitSuccess));
        QVERIFY2(hosts.out.contains(QStringLiteral("db1    198.19.7.11     running   active")),
                 qPrintable(hosts.out));
        const CliOutcome status = runCli(
            {QStringLiteral("--cluster"), clusterFile(), QStringLiteral("status")}, {}, 60000);
        QVERIFY2(status.out.startsWith(QStringLiteral(
                     "PRACTICE cluster practice (on this machine, not a real system): "
                     "Replication is not set up yet")),
                 qPrintable(status.out + status.err));
    }

    void aSecondUpIsRefusedAndChangesNothing()
    {
        QFile key(PracticeCluster::folder() + QStringLiteral("/id_ed25519.pub"));
        QVERIFY(key.open(QIODevice::ReadOnly));
        const QByteArray before = key.readAll();
        const CliOutcome again = runCli({QStringLiteral("practice"), QStringLiteral("up")});
        QCOMPARE(again.exitCode, int(ExitStepFailed));
        QVERIFY2(again.err.contains(QStringLiteral("The practice cluster is up already")),
                 qPrintable(again.err));
        key.seek(0);
        QCOMPARE(key.readAll(), before);
    }

    void downLeavesNothing()
    {
        const CliOutcome down = runCli({QStringLiteral("practice"), QStringLiteral("down")});
        QCOMPARE(down.exitCode, int(ExitSuccess));
        QVERIFY2(down.err.contains(QStringLiteral(
                     "The practice cluster is gone: its hosts, files and keychain entries.")),
                 qPrintable(down.err));
        verifyNothingIsLeft();
        const CliOutcome status = runCli({QStringLiteral("practice"), QStringLiteral("status")});
        QCOMPARE(status.exitCode, int(ExitStepFailed));
        QCOMPARE(status.out, QStringLiteral("The practice cluster is down.\n"));
    }

    void theCliBringsItUpAndPrintsItsFile()
    {
        const CliOutcome up = runCli({QStringLiteral("practice"), QStringLiteral("up")});
        QCOMPARE(up.exitCode, int(ExitSuccess));
        QCOMPARE(up.out, clusterFile() + QLatin1Char('\n'));
        QVERIFY(ClusterFile::load(clusterFile()).ok());
        QCOMPARE(runCli({QStringLiteral("practice"), QStringLiteral("down")}).exitCode,
                 int(ExitSuccess));
        verifyNothingIsLeft();
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        m_window.reset();
        if (geteuid() == 0)
            runProgram(PracticeCluster::helperPath(), {QStringLiteral("down")});
    }
};

QTEST_MAIN(TestPractice)
#include "TestPractice.moc"
