#include "common/MemorySecretStore.h"
#include "common/UnnamedControls.h"
#include "models/ClusterFile.h"
#include "models/ImportService.h"
#include "models/SecretNames.h"
#include "widgets/ClusterFileActions.h"
#include "widgets/import/ImportWizard.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace iha;

namespace {

// A fake of the ImportService port: hosts answer as scripted, on later turns of the event loop
// as the real one's do, and the cluster is assembled by the real model. The real reading is
// driven against the lab in test_gui_lab.
class ScriptedImport : public ImportService
{
public:
    QStringList unreadableOnce; // addresses that fail on the first reading
    bool twoWritableHosts = false;
    QList<ImportOrder> orders;

    void start(const ImportOrder &order) override
    {
        orders << order;
        QTimer::singleShot(0, this, [this, order] {
            QList<ClusterImport::HostFacts> hosts;
            QStringList failed;
            int n = 0;
            for (const QString &address : order.databaseHosts + order.orchestratorHosts) {
                ClusterImport::HostFacts facts;
                facts.address = address;
                facts.database = order.databaseHosts.contains(address);
                ++n;
                if (unreadableOnce.removeAll(address) > 0) {
                    facts.error = QStringLiteral("%1: its host key is not known yet").arg(address);
                    failed << address;
                    emit hostRead(address, false, facts.error);
                } else if (facts.database) {
                    facts.hostname = QStringLiteral("db%1").arg(n);
                    ClusterImport::parseDatabaseFacts(
                        QByteArray("postmasters=1\nbin_dir=/usr/pgsql-15/bin\ndata_dir=/var/lib/"
                                   "pgsql/15/data\nconfig_file=/var/lib/pgsql/15/data/"
                                   "postgresql.conf\nport=5432\nservice=postgresql-15\n") +
                            (n == 1 || twoWritableHosts ? "in_recovery=f\n" : "in_recovery=t\n"),
                        &facts);
                    emit hostRead(address, true, facts.hostname);
                } else {
                    ClusterImport::parseOrchestratorFacts(
                        "hostname=orch\ninmanta_active=yes\n==> inmanta configuration\n", &facts);
                    emit hostRead(address, true, facts.hostname);
                }
                hosts << facts;
            }
            emit finished(ClusterImport::assemble(order.clusterName, hosts, order.ssh), failed);
        });
    }
    void cancel() override {}
};

QString problemText(QWizard *wizard, const char *label)
{
    return wizard->currentPage()->findChild<QLabel *>(QLatin1String(label))->text();
}

} // namespace

// The import wizard driven as an operator does, by keyboard only: the hosts typed and
// checked as typed, a host that cannot be read read again, the roles the hosts could not
// settle chosen, and the file written; an accessible name on every control.
class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void press(Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key); }
    static bool tabTo(const QString &name)
    {
        for (int i = 0; i < 40; ++i) {
            if (QApplication::focusWidget() && QApplication::focusWidget()->objectName() == name)
                return true;
            press(Qt::Key_Tab);
        }
        return false;
    }
    static void typeInto(const QString &name, const QString &text)
    {
        QVERIFY2(tabTo(name), qPrintable(name));
        QTest::keyClicks(QApplication::focusWidget(), text);
    }

private slots:
    void importByKeyboardOnly()
    {
        ScriptedImport service;
        service.unreadableOnce << QStringLiteral("10.0.0.12");
        ImportWizard wizard(&service);
        QString importedPath;
        Cluster imported;
        connect(&wizard, &ImportWizard::imported, this,
                [&](const QString &path, const Cluster &cluster) {
                    importedPath = path;
                    imported = cluster;
                });
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QStringList unnamed = unnamedControls(wizard.currentPage());

        typeInto(QStringLiteral("importName"), QStringLiteral("prod"));
        typeInto(QStringLiteral("importDatabaseHosts"), QStringLiteral("10.0.0.11, 10.0.0.12"));
        typeInto(QStringLiteral("importOrchestratorHosts"), QStringLiteral("10.0.0.21"));
        typeInto(QStringLiteral("importSshUser"), QStringLiteral("admin"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(ImportWizard::ReadPageId));
        QCOMPARE(service.orders.size(), 1);
        QCOMPARE(service.orders.first().ssh.user, QStringLiteral("admin"));

        // One host could not be read: nothing goes on until it is.
        auto *again =
            wizard.currentPage()->findChild<QAbstractButton *>(QStringLiteral("importReadAgain"));
        QTRY_VERIFY(again->isEnabled());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(problemText(&wizard, "importReadSummary").contains(QStringLiteral("1 host")));
        unnamed += unnamedControls(wizard.currentPage());
        QVERIFY(tabTo(QStringLiteral("importReadAgain")));
        press(Qt::Key_Space);
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(service.orders.size(), 2);
        wizard.button(QWizard::NextButton)->setFocus();
        press(Qt::Key_Space);

        QCOMPARE(wizard.currentId(), int(ImportWizard::ReviewPageId));
        unnamed += unnamedControls(wizard.currentPage());
        QLineEdit *path =
            wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("importFilePath"));
        QVERIFY(path->text().endsWith(QStringLiteral("/prod.json")));
        QVERIFY(tabTo(QStringLiteral("importFilePath")));
        QTest::keyClick(path, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(path, m_dir.filePath(QStringLiteral("prod.json")));
        QVERIFY2(wizard.button(QWizard::FinishButton)->isEnabled(),
                 qPrintable(problemText(&wizard, "importProblem")));
        wizard.button(QWizard::FinishButton)->setFocus();
        press(Qt::Key_Space);

        QCOMPARE(importedPath, m_dir.filePath(QStringLiteral("prod.json")));
        const ClusterReadResult written = ClusterFile::load(importedPath);
        QVERIFY(written.cluster);
        QCOMPARE(written.cluster->name, QStringLiteral("prod"));
        QCOMPARE(written.cluster->nodeWithRole(NodeRole::Primary)->address,
                 QStringLiteral("10.0.0.11"));
        QCOMPARE(written.cluster->nodeWithRole(NodeRole::Standby)->address,
                 QStringLiteral("10.0.0.12"));
        QCOMPARE(written.cluster->nodeWithRole(NodeRole::Orchestrator)->address,
                 QStringLiteral("10.0.0.21"));
        QCOMPARE(written.cluster->findNode(QStringLiteral("db1"))->postgres->binDir,
                 QStringLiteral("/usr/pgsql-15/bin"));
        QCOMPARE(imported.name, QStringLiteral("prod"));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    }

    void badInputNamesItsField_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("databases");
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QString>("problem");
        QTest::newRow("name") << QStringLiteral("prod cluster") << QStringLiteral("10.0.0.11")
                              << QString() << QStringLiteral("Cluster name:");
        QTest::newRow("no database host") << QStringLiteral("prod") << QStringLiteral(" , ")
                                          << QString() << QStringLiteral("Database hosts:");
        QTest::newRow("twice") << QStringLiteral("prod") << QStringLiteral("10.0.0.11 10.0.0.11")
                               << QString() << QStringLiteral("Host 10.0.0.11 is listed twice.");
        QTest::newRow("address") << QStringLiteral("prod") << QStringLiteral("10.0.0.11;db$1")
                                 << QString() << QStringLiteral("Host db$1:");
        QTest::newRow("relative key")
            << QStringLiteral("prod") << QStringLiteral("10.0.0.11") << QStringLiteral("id_ed25519")
            << QStringLiteral("SSH key file:");
    }
    void badInputNamesItsField()
    {
        QFETCH(QString, name);
        QFETCH(QString, databases);
        QFETCH(QString, identity);
        QFETCH(QString, problem);
        ScriptedImport service;
        ImportWizard wizard(&service);
        wizard.show();
        QWidget *page = wizard.currentPage();
        page->findChild<QLineEdit *>(QStringLiteral("importName"))->setText(name);
        page->findChild<QLineEdit *>(QStringLiteral("importDatabaseHosts"))->setText(databases);
        page->findChild<QLineEdit *>(QStringLiteral("importIdentityFile"))->setText(identity);
        QVERIFY2(problemText(&wizard, "importHostsProblem").startsWith(problem),
                 qPrintable(problemText(&wizard, "importHostsProblem")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    }

    // Two hosts accept writes and the orchestrator's database names neither: the operator
    // chooses the primary; the file is not written before.
    void aPrimaryTheHostsCannotSettleIsChosen()
    {
        ScriptedImport service;
        service.twoWritableHosts = true;
        ImportWizard wizard(&service);
        wizard.show();
        QWidget *page = wizard.currentPage();
        page->findChild<QLineEdit *>(QStringLiteral("importName"))->setText(QStringLiteral("prod"));
        page->findChild<QLineEdit *>(QStringLiteral("importDatabaseHosts"))
            ->setText(QStringLiteral("10.0.0.11 10.0.0.12"));
        wizard.next();
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ReviewPageId));
        QVERIFY(
            problemText(&wizard, "importWarnings").contains(QStringLiteral("choose the primary")));
        QCOMPARE(problemText(&wizard, "importProblem"), QStringLiteral("Choose the primary."));
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        auto *role = wizard.currentPage()->findChild<QComboBox *>(QStringLiteral("importRole-db1"));
        QVERIFY(role);
        role->setCurrentText(QStringLiteral("primary"));
        wizard.currentPage()
            ->findChild<QLineEdit *>(QStringLiteral("importFilePath"))
            ->setText(m_dir.filePath(QStringLiteral("chosen.json")));
        QVERIFY2(wizard.button(QWizard::FinishButton)->isEnabled(),
                 qPrintable(problemText(&wizard, "importProblem")));
    }

    // A sudo password typed for the import is kept for every node unless the operator says not
    // to, before the file opens (its monitor reads the secrets as it starts). Secrets are kept
    // by cluster name: one of another file of that name is not replaced. A keychain that
    // refuses is named, and the file opens all the same.
    void theSudoPasswordIsKeptForEveryNode_data()
    {
        QTest::addColumn<bool>("keep");
        QTest::addColumn<bool>("db1HasAnother");
        QTest::addColumn<bool>("locked");
        QTest::addColumn<int>("kept");
        QTest::newRow("kept") << true << false << false << 3;
        QTest::newRow("not kept") << false << false << false << 0;
        QTest::newRow("another file's is left") << true << true << false << 2;
        QTest::newRow("a locked keychain") << true << false << true << 0;
    }
    void theSudoPasswordIsKeptForEveryNode()
    {
        QFETCH(bool, keep);
        QFETCH(bool, db1HasAnother);
        QFETCH(bool, locked);
        QFETCH(int, kept);
        ScriptedImport service;
        MemorySecretStore secrets;
        const QString db1Key = QStringLiteral("prod/sudo-password:db1");
        if (db1HasAnother)
            secrets.values.insert(db1Key, QStringLiteral("another"));
        if (locked)
            secrets.status = SecretResult::Status::Denied;
        QWidget window;
        ClusterFileActions actions(&window);
        actions.setImportService(&service);
        actions.setSecretStore(&secrets);
        QStringList opened;
        qsizetype keptWhenOpened = -1;
        connect(&actions, &ClusterFileActions::openRequested, this, [&](const QString &path) {
            opened << path;
            keptWhenOpened = secrets.values.size();
        });
        actions.importRunning();
        auto *wizard = window.findChild<ImportWizard *>();
        QVERIFY(wizard);
        QWidget *page = wizard->currentPage();
        page->findChild<QLineEdit *>(QStringLiteral("importName"))->setText(QStringLiteral("prod"));
        page->findChild<QLineEdit *>(QStringLiteral("importDatabaseHosts"))
            ->setText(QStringLiteral("10.0.0.11 10.0.0.12"));
        page->findChild<QLineEdit *>(QStringLiteral("importOrchestratorHosts"))
            ->setText(QStringLiteral("10.0.0.21"));
        auto *box = page->findChild<QCheckBox *>(QStringLiteral("importKeepSudoPassword"));
        QVERIFY(!box->isEnabled()); // nothing to keep yet
        page->findChild<QLineEdit *>(QStringLiteral("importSudoPassword"))
            ->setText(QStringLiteral("sudo-S3cret"));
        QVERIFY(box->isEnabled());
        box->setChecked(keep);
        wizard->next();
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        wizard->currentPage()
            ->findChild<QLineEdit *>(QStringLiteral("importFilePath"))
            ->setText(m_dir.filePath(
                QStringLiteral("%1.json").arg(QLatin1String(QTest::currentDataTag()))));
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE(opened.size(), 1);
        // Each kept with the endpoints it may go to (SecretBinding).
        QCOMPARE(keptWhenOpened, 2 * kept + (db1HasAnother ? 1 : 0));
        const ClusterReadResult written = ClusterFile::load(opened.first());
        QVERIFY(written.cluster);
        int withThisPassword = 0;
        for (const Node &node : written.cluster->nodes) {
            const QString key =
                SecretNames::key(*written.cluster, SecretNames::sudoPassword(node.name));
            withThisPassword += secrets.values.value(key) == QLatin1String("sudo-S3cret");
        }
        QCOMPARE(withThisPassword, kept);
        if (db1HasAnother)
            QCOMPARE(secrets.values.value(db1Key), QStringLiteral("another"));
        auto *warning = window.findChild<QWidget *>(QStringLiteral("sudoPasswordNotKept"));
        QCOMPARE(warning != nullptr, db1HasAnother || locked);
        if (db1HasAnother)
            QVERIFY(qobject_cast<QMessageBox *>(warning)->text().contains(QStringLiteral("db1")));
    }
};

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"
