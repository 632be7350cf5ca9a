#include "widgets/MainWindow.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace iha;

// Drives the real main window offscreen, finding its parts by objectName.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Keep window-state settings of the tests away from the user's.
        QStandardPaths::setTestModeEnabled(true);
    }

    void startsWithAnEmptyStateThatSaysWhatToDo()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *empty = window.findChild<QWidget *>(QStringLiteral("emptyState"));
        QVERIFY(empty && empty->isVisible());
        auto *help = window.findChild<QLabel *>(QStringLiteral("emptyStateHelp"));
        QVERIFY(help->text().contains(QStringLiteral("cluster file")));
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("openClusterButton"))->isVisible());
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("newClusterButton"))->isVisible());
    }

    void listsTheNodesOfAClusterFile()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openClusterFile(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json")));
        auto *table = window.findChild<QTableView *>(QStringLiteral("nodeTable"));
        QTRY_VERIFY(table->isVisible());
        const QAbstractItemModel *model = table->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("db1"));
        QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("Primary"));
        QCOMPARE(model->index(1, 2).data().toString(), QStringLiteral("10.1.0.12"));
        QCOMPARE(model->index(2, 1).data().toString(), QStringLiteral("Orchestrator"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("clusterTitle"))
                    ->text()
                    .contains(QStringLiteral("prod")));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("prod")));
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("clusterWarnings"))->isVisible());
    }

    void aBadFileShowsEveryErrorAndLoadsNothing()
    {
        MainWindow window;
        window.show();
        QVERIFY(!window.openClusterFile(QStringLiteral(IHA_TEST_DATA_DIR "/bad-cluster.json")));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("clusterErrorBox"))) !=
                    nullptr);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->informativeText().contains(
            QStringLiteral("nodes[1].ssh.port: 70000 is not a port (1-65535)")));
        QVERIFY(box->informativeText().contains(
            QStringLiteral("nodes[2].role: \"master\" is not a role")));
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());
        QVERIFY(window.currentClusterPath().isEmpty());
        box->accept();
    }

    void warningsAreShownAboveTheNodes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typo.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"name": "lab", "nodes": [{"name": "db1", "role": "primary", "address": "h1", "ssh": {"prot": 2}}]})");
        file.close();
        MainWindow window;
        window.show();
        QVERIFY(window.openClusterFile(path));
        auto *warnings = window.findChild<QLabel *>(QStringLiteral("clusterWarnings"));
        QTRY_VERIFY(warnings->isVisible());
        QVERIFY(warnings->text().contains(QStringLiteral("nodes[0].ssh.prot")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
