#include "models/ClusterValidator.h"
#include "widgets/MainWindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

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
        // The SVG window icon is set once the window is on screen (after the first paint).
        QTRY_VERIFY(!window.windowIcon().isNull());
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

    // With an API token in the keychain, each Inmanta server it would reach over plain http is
    // named with the file's warnings (the controller sets them once it has read the keychain);
    // an https:// server is not.
    void aTokenOverPlainHttpIsWarnedOf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("api.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // (No raw string: moc takes the "//" of a URL in a raw string for a comment.)
        file.write("{\"name\": \"api\", \"nodes\": ["
                   "{\"name\": \"db1\", \"role\": \"primary\", \"address\": \"10.1.0.11\"},"
                   "{\"name\": \"orch1\", \"role\": \"orchestrator\", \"address\": \"10.1.0.21\"},"
                   "{\"name\": \"orch2\", \"role\": \"spare\", \"address\": \"10.1.0.22\","
                   " \"inmanta\": {\"apiUrl\": \"https://orch2.example:8888\"}}]}");
        file.close();
        MainWindow window;
        window.show();
        QVERIFY(window.openClusterFile(path));
        auto *warnings = window.findChild<QLabel *>(QStringLiteral("clusterWarnings"));
        QVERIFY(!warnings->isVisible());
        window.setKeychainWarnings(window.currentClusterPath(),
                                   plainHttpApiWarnings(*window.currentCluster()));
        QTRY_VERIFY(warnings->isVisible());
        QVERIFY2(warnings->text().contains(QStringLiteral(
                     "orch1: the API token goes to http://10.1.0.21:8888 unencrypted")),
                 qPrintable(warnings->text()));
        QVERIFY(!warnings->text().contains(QStringLiteral("orch2")));
        QVERIFY(!warnings->text().contains(QStringLiteral("db1")));
        window.setKeychainWarnings(window.currentClusterPath(), {}); // the token deleted
        QVERIFY(!warnings->isVisible());
    }

    void watchesSeveralClustersAtOnce()
    {
        QTemporaryDir dir;
        const QString second = dir.filePath(QStringLiteral("lab.json"));
        QFile original(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QFile copy(second);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(original.readAll().replace("\"prod\"", "\"lab\""));
        copy.close();

        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::clusterShown);
        QSignalSpy removed(&window, &MainWindow::clusterRemoved);
        window.show();
        QVERIFY(window.openClusterFile(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json")));
        QVERIFY(window.openClusterFile(second));
        QCOMPARE(shown.count(), 2); // each is watched
        auto *list = window.findChild<QListWidget *>(QStringLiteral("clusterList"));
        QCOMPARE(list->count(), 2);
        QCOMPARE(window.currentCluster()->name, QStringLiteral("lab"));

        // A verdict for the cluster not shown marks its list entry, not the banner.
        NodeStatus down;
        down.node = QStringLiteral("db1");
        down.seen = QDateTime::currentDateTimeUtc();
        const QHash<QString, NodeStatus> facts{{down.node, down}};
        const QString prodPath = window.clusterPaths().constFirst();
        window.showStatus(prodPath, facts, deriveVerdict(*window.currentCluster(), facts));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("primary down")));
        QVERIFY(list->item(1)->text().contains(QStringLiteral("not checked yet")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("verdictText"))
                    ->text()
                    .contains(QStringLiteral("Reading the state")));
        list->setCurrentRow(0);
        QCOMPARE(window.currentCluster()->name, QStringLiteral("prod"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("verdictText"))
                    ->text()
                    .contains(QStringLiteral("writes are not possible")));

        window.removeCurrentCluster();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), prodPath);
        QCOMPARE(list->count(), 1);
        QCOMPARE(window.currentCluster()->name, QStringLiteral("lab"));
        window.removeCurrentCluster();
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());
    }

    void theSelectedNodesDetailsAndMenu()
    {
        MainWindow window;
        QSignalSpy checkNow(&window, &MainWindow::checkNowRequested);
        window.show();
        QVERIFY(window.openClusterFile(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json")));
        auto *details = window.findChild<QTextBrowser *>(QStringLiteral("nodeDetails"));
        QVERIFY(details->toPlainText().contains(QStringLiteral("db1")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("not checked yet")));
        auto *table = window.findChild<QTableView *>(QStringLiteral("nodeTable"));
        table->setCurrentIndex(table->model()->index(1, 0));
        QVERIFY(details->toPlainText().contains(QStringLiteral("db2")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("/var/lib/pgsql/data")));

        NodeStatus standby;
        standby.node = QStringLiteral("db2");
        standby.seen = QDateTime::currentDateTimeUtc();
        standby.lastAnswered = standby.seen;
        standby.sshReachable = true;
        standby.sshPortOpen = true;
        standby.postgresRunning = true;
        standby.inRecovery = true;
        const QHash<QString, NodeStatus> facts{{standby.node, standby}};
        window.showStatus(window.currentClusterPath(), facts,
                          deriveVerdict(*window.currentCluster(), facts));
        const QString text = details->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Live facts, checked just now")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("yes (a standby)")));
        // No CA in this file: PostgreSQL is read over SSH, never logged into directly.
        QVERIFY(text.contains(QStringLiteral("read over SSH")));

        // The context menu of a node: check now, copy address, its procedures.
        const QRect row = table->visualRect(table->model()->index(1, 0));
        emit table->customContextMenuRequested(row.center());
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = window.findChild<QMenu *>(QStringLiteral("nodeMenu"))));
        QStringList names;
        for (QAction *action : menu->actions())
            names << action->objectName();
        QVERIFY2(names.contains(QStringLiteral("procedure-configure-standby")),
                 qPrintable(names.join(u',')));
        QVERIFY(names.contains(QStringLiteral("procedure-promote-standby")));
        QVERIFY(!names.contains(QStringLiteral("procedure-configure-primary")));
        menu->findChild<QAction *>(QStringLiteral("nodeCopyAddress"));
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QLatin1String("nodeCopyAddress"))
                action->trigger();
            if (action->objectName() == QLatin1String("nodeCheckNow"))
                action->trigger();
        }
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("10.1.0.12"));
        QCOMPARE(checkNow.count(), 1);
        menu->close();
    }

    // Without a mouse: the arrow keys walk the diagram's boxes, the Menu key opens the menu;
    // a screen reader hears every box.
    void theDiagramWorksFromTheKeyboard()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openClusterFile(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json")));
        auto *diagram = window.findChild<QWidget *>(QStringLiteral("clusterDiagram"));
        QCOMPARE(diagram->focusPolicy(), Qt::StrongFocus);
        QVERIFY(diagram->accessibleDescription().contains(QStringLiteral("db2, standby")));
        auto *details = window.findChild<QTextBrowser *>(QStringLiteral("nodeDetails"));
        QVERIFY(details->toPlainText().trimmed().startsWith(QStringLiteral("db1")));
        QTest::keyClick(diagram, Qt::Key_Right);
        QVERIFY(details->toPlainText().trimmed().startsWith(QStringLiteral("db2")));
        QTest::keyClick(diagram, Qt::Key_Right);
        QTest::keyClick(diagram, Qt::Key_Right); // wraps around
        QVERIFY(details->toPlainText().trimmed().startsWith(QStringLiteral("db1")));
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(), QPoint(), Qt::NoModifier);
        QApplication::sendEvent(diagram, &menuKey);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = window.findChild<QMenu *>(QStringLiteral("nodeMenu"))));
        bool configurePrimary = false;
        for (QAction *action : menu->actions())
            configurePrimary = configurePrimary ||
                               action->objectName() == QLatin1String("procedure-configure-primary");
        QVERIFY(configurePrimary);
        menu->close();
    }

    // Closing remembers the geometry and the clusters listed; the next window reopens them.
    void theNextWindowReopensTheClustersAndItsSize()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(
                window.openClusterFile(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json")));
            window.resize(1000, 640);
            window.close();
        }
        MainWindow next;
        next.restoreClusterList();
        QCOMPARE(next.clusterPaths().size(), 1);
        QCOMPARE(next.currentCluster()->name, QStringLiteral("prod"));
        QCOMPARE(next.size(), QSize(1000, 640));
        next.removeCurrentCluster();
        next.close(); // leaves an empty list to the tests after
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
