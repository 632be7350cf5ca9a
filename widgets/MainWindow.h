#pragma once

#include "models/Cluster.h"
#include "models/ClusterStatus.h"
#include "models/Diagnostic.h"

#include <QMainWindow>

class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace iha {

class ClusterDiagram;
class NodeTableModel;

// The application's main window. Until a cluster is loaded it shows an empty state that tells
// a new user how to get one; then it lists the cluster's nodes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads a cluster file; on errors shows them (naming each field) and keeps what was shown.
    bool openClusterFile(const QString &path);

    // Shows a cluster that is already loaded and checked.
    void showCluster(const Cluster &cluster, const QString &path, const Diagnostics &warnings);

    QString currentClusterPath() const { return m_clusterPath; }

    // The latest facts of the shown cluster and its verdict (from the status monitor).
    void showStatus(const QHash<QString, NodeStatus> &status, const ClusterVerdict &verdict);

signals:
    // A cluster is shown: whoever monitors clusters starts watching this one.
    void clusterShown(const iha::Cluster &cluster);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createEmptyState();
    QWidget *createClusterPage();
    void chooseClusterFile();
    void createClusterFromTemplate();
    void showAbout();
    void restoreWindowState();

    QStackedWidget *m_pages = nullptr;
    QLabel *m_clusterTitle = nullptr;
    QLabel *m_warnings = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_bannerAction = nullptr;
    ClusterDiagram *m_diagram = nullptr;
    QTableView *m_nodeView = nullptr;
    NodeTableModel *m_nodeModel = nullptr;
    QString m_clusterPath;
};

} // namespace iha
