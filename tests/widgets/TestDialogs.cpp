#include "common/MemorySecretStore.h"
#include "models/ClusterFile.h"
#include "widgets/CredentialsDialog.h"
#include "widgets/InventoryDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTreeWidget>

using namespace iha;

// The inventory and credentials dialogs, driven offscreen through their widgets by
// objectName, as an operator would: typing, clicking, reading what they say.
class TestDialogs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString copyOfRunbookCluster()
    {
        const QString path = m_dir.filePath(QStringLiteral("prod.json"));
        QFile::remove(path);
        QFile::remove(path + QStringLiteral(".bak"));
        QFile::copy(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json"), path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void inventoryNamesTheFieldOfEveryProblemAndSavesOnlyWhenThereIsNone()
    {
        const QString path = copyOfRunbookCluster();
        const Cluster cluster = *ClusterFile::load(path).cluster;
        InventoryDialog dialog(cluster, path);
        dialog.show();
        auto *problems = child<QLabel>(&dialog, "inventoryProblems");
        auto *save = child<QPushButton>(&dialog, "saveInventoryButton");
        QCOMPARE(problems->text(), QStringLiteral("No problems found."));
        QVERIFY(save->isEnabled());

        // db2's address typed wrong: named with its field, the field marked, no saving.
        child<QListWidget>(&dialog, "inventoryNodes")->setCurrentRow(1);
        auto *address = child<QLineEdit>(&dialog, "nodeAddress");
        type(address, QStringLiteral("10.1.0.300"));
        const QString shown = QTextDocumentFragment::fromHtml(problems->text()).toPlainText();
        QVERIFY2(shown.contains(QStringLiteral(
                     "nodes[1] (db2).address: \"10.1.0.300\" is neither an IP address nor a "
                     "host name")),
                 qPrintable(shown));
        QVERIFY(address->toolTip().contains(QStringLiteral("neither an IP address")));
        QVERIFY(!save->isEnabled());
        QVERIFY(!dialog.save());

        // A second primary is refused the same way as in a file.
        child<QComboBox>(&dialog, "nodeRole")
            ->setCurrentIndex(
                child<QComboBox>(&dialog, "nodeRole")->findData(QStringLiteral("primary")));
        QVERIFY2(problems->text().contains(QStringLiteral("primary")),
                 qPrintable(problems->text()));

        child<QComboBox>(&dialog, "nodeRole")
            ->setCurrentIndex(
                child<QComboBox>(&dialog, "nodeRole")->findData(QStringLiteral("standby")));
        type(address, QStringLiteral("10.1.0.22"));
        QCOMPARE(problems->text(), QStringLiteral("No problems found."));
        QVERIFY(address->toolTip().isEmpty());
        QVERIFY(save->isEnabled());

        // A node added and given an address; saved; the old file kept as .bak.
        QTest::mouseClick(child<QPushButton>(&dialog, "addNodeButton"), Qt::LeftButton);
        QVERIFY(problems->text().contains(QStringLiteral("nodes[3] (node4).address: is required")));
        type(address, QStringLiteral("10.1.0.14"));
        QSignalSpy saved(&dialog, &InventoryDialog::clusterSaved);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        const ClusterReadResult reread = ClusterFile::load(path);
        QVERIFY(reread.ok());
        QCOMPARE(reread.cluster->nodes.size(), 4);
        QCOMPARE(reread.cluster->findNode(QStringLiteral("db2"))->address,
                 QStringLiteral("10.1.0.22"));
        QCOMPARE(reread.cluster->findNode(QStringLiteral("node4"))->address,
                 QStringLiteral("10.1.0.14"));
        QVERIFY(QFile::exists(path + QStringLiteral(".bak")));
        QCOMPARE(ClusterFile::load(path + QStringLiteral(".bak")).cluster->nodes.size(), 3);
    }

    // The alert thresholds: typed as sizes, a value that is none and a warning above its
    // critical one named by their fields; saved in bytes, shown again in the largest unit.
    void inventoryEditsTheAlertThresholds()
    {
        const QString path = copyOfRunbookCluster();
        InventoryDialog dialog(*ClusterFile::load(path).cluster, path);
        dialog.show();
        auto *problems = child<QLabel>(&dialog, "inventoryProblems");
        auto *save = child<QPushButton>(&dialog, "saveInventoryButton");
        auto *warnLag = child<QLineEdit>(&dialog, "warnLag");
        auto *critLag = child<QLineEdit>(&dialog, "critLag");
        QCOMPARE(warnLag->placeholderText(), QStringLiteral("16MB (default)"));
        type(warnLag, QStringLiteral("lots"));
        QString shown = QTextDocumentFragment::fromHtml(problems->text()).toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("monitoring.warnLagBytes: \"lots\" is not a size")),
                 qPrintable(shown));
        QVERIFY(!warnLag->toolTip().isEmpty());
        QVERIFY(!save->isEnabled());
        type(warnLag, QStringLiteral("2GB"));
        type(critLag, QStringLiteral("1GB"));
        shown = QTextDocumentFragment::fromHtml(problems->text()).toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("monitoring.warnLagBytes: 2147483648 is more than "
                                               "critLagBytes (1073741824)")),
                 qPrintable(shown));
        QVERIFY(!save->isEnabled());
        type(warnLag, QStringLiteral("64 MB"));
        QCOMPARE(problems->text(), QStringLiteral("No problems found."));
        QVERIFY(dialog.save());
        const ClusterReadResult reread = ClusterFile::load(path);
        QVERIFY(reread.ok());
        QCOMPARE(reread.cluster->monitoring.warnLagBytes, std::optional<qint64>(64LL << 20));
        QCOMPARE(reread.cluster->monitoring.critLagBytes, std::optional<qint64>(1LL << 30));
        QVERIFY(!reread.cluster->monitoring.warnRetainedWalBytes);
        InventoryDialog again(*reread.cluster, path);
        QCOMPARE(child<QLineEdit>(&again, "warnLag")->text(), QStringLiteral("64MB"));
        QCOMPARE(child<QLineEdit>(&again, "critLag")->text(), QStringLiteral("1GB"));
        QVERIFY(child<QLineEdit>(&again, "warnRetainedWal")->text().isEmpty());
    }

    void inventoryRemovesNodesAndImports()
    {
        const QString path = copyOfRunbookCluster();
        InventoryDialog dialog(*ClusterFile::load(path).cluster, path);
        dialog.show();
        auto *nodes = child<QListWidget>(&dialog, "inventoryNodes");
        nodes->setCurrentRow(2);
        QTest::mouseClick(child<QPushButton>(&dialog, "removeNodeButton"), Qt::LeftButton);
        QCOMPARE(dialog.cluster().nodes.size(), 2);
        QVERIFY(!dialog.cluster().findNode(QStringLiteral("orch1")));

        // A file that cannot be read changes nothing and says why.
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.json"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        dialog.importFile(garbage);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(QStringLiteral("importErrorBox"))));
        QCOMPARE(dialog.cluster().nodes.size(), 2);
        box->accept();

        // A file with problems is imported for them to be fixed here.
        dialog.importFile(QStringLiteral(IHA_TEST_DATA_DIR "/bad-cluster.json"));
        QVERIFY(child<QLabel>(&dialog, "inventoryProblems")
                    ->text()
                    .contains(QStringLiteral("70000 is not a port")));
        QVERIFY(!child<QPushButton>(&dialog, "saveInventoryButton")->isEnabled());
        dialog.importFile(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json"));
        QCOMPARE(dialog.cluster().nodes.size(), 3);
        QVERIFY(child<QPushButton>(&dialog, "saveInventoryButton")->isEnabled());
    }

    void credentialsShowWhichSecretsAreSetNeverTheirValues()
    {
        const Cluster cluster =
            *ClusterFile::load(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json")).cluster;
        MemorySecretStore store;
        store.setFor(cluster, QStringLiteral("replication-password"), QStringLiteral("s3cret!"));
        // Kept for another file of this name (or before bindings): held back from this one.
        store.values.insert(QStringLiteral("prod/database-password"), QStringLiteral("db-Pw-3"));
        CredentialsDialog dialog(cluster, &store);
        dialog.show();
        QTRY_COMPARE(dialog.stateOf(QStringLiteral("replication-password")), QStringLiteral("set"));
        QTRY_COMPARE(dialog.stateOf(QStringLiteral("database-password")),
                     QStringLiteral("held back"));
        QTRY_COMPARE(dialog.stateOf(QStringLiteral("api-token")), QStringLiteral("not set"));
        QCOMPARE(dialog.stateOf(QStringLiteral("sudo-password:db1")), QStringLiteral("not set"));
        // The value is nowhere in the dialog.
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            QVERIFY(!label->text().contains(QStringLiteral("s3cret!")));

        auto *list = child<QTreeWidget>(&dialog, "secretList");
        auto *value = child<QLineEdit>(&dialog, "secretValue");
        auto *repeat = child<QLineEdit>(&dialog, "secretRepeat");
        auto *set = child<QPushButton>(&dialog, "setSecretButton");
        QCOMPARE(value->echoMode(), QLineEdit::Password);
        list->setCurrentItem(list->findItems(QStringLiteral("api-token"), Qt::MatchExactly).at(0));
        QTest::keyClicks(value, QStringLiteral("tok-1"));
        QTest::keyClicks(repeat, QStringLiteral("tok-2"));
        QVERIFY(!set->isEnabled()); // the two values differ
        repeat->clear();
        QTest::keyClicks(repeat, QStringLiteral("tok-1"));
        QVERIFY(set->isEnabled());
        QSignalSpy changed(&dialog, &CredentialsDialog::secretsChanged);
        QTest::mouseClick(set, Qt::LeftButton);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(store.values.value(QStringLiteral("prod/api-token")), QStringLiteral("tok-1"));
        // Typed for this file: bound to its endpoints.
        QCOMPARE(
            store.values.value(QStringLiteral("prod/api-token#may-go-to")),
            SecretBinding::endpoints(cluster, QStringLiteral("api-token")).join(QLatin1Char('\n')));
        QCOMPARE(dialog.stateOf(QStringLiteral("api-token")), QStringLiteral("set"));
        QVERIFY(value->text().isEmpty() && repeat->text().isEmpty()); // forgotten at once
        QCOMPARE(set->text(), QStringLiteral("&Replace"));

        // Delete asks first; Cancel keeps the secret.
        QTest::mouseClick(child<QPushButton>(&dialog, "deleteSecretButton"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"))));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(store.values.contains(QStringLiteral("prod/api-token")));
        QTest::mouseClick(child<QPushButton>(&dialog, "deleteSecretButton"), Qt::LeftButton);
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"))));
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
        QTRY_COMPARE(dialog.stateOf(QStringLiteral("api-token")), QStringLiteral("not set"));
        QVERIFY(!store.values.contains(QStringLiteral("prod/api-token")));
        QTRY_VERIFY(!store.values.contains(QStringLiteral("prod/api-token#may-go-to")));
    }

    void credentialsWithoutAKeychainSayWhyAndStoreNothing()
    {
        const Cluster cluster =
            *ClusterFile::load(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json")).cluster;
        MemorySecretStore store;
        store.status = SecretResult::Status::Unavailable;
        CredentialsDialog dialog(cluster, &store);
        dialog.show();
        auto *message = child<QLabel>(&dialog, "credentialsMessage");
        QTRY_VERIFY(message->text().contains(QStringLiteral("No keychain is available")));
        QVERIFY(message->text().contains(QStringLiteral("never kept in plain text")));
        QVERIFY(!child<QLineEdit>(&dialog, "secretValue")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "setSecretButton")->isEnabled());

        CredentialsDialog none(cluster, nullptr);
        QVERIFY(child<QLabel>(&none, "credentialsMessage")
                    ->text()
                    .contains(QStringLiteral("No keychain is available")));
    }
};

QTEST_MAIN(TestDialogs)
#include "TestDialogs.moc"
