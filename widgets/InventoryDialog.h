#pragma once

#include "models/Cluster.h"
#include "models/Diagnostic.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace iha {

// Edits a cluster file: the cluster's replication settings and its nodes (add, edit, remove).
// Every change is checked at once with the same rules as loading a file; the problems are
// listed under the form naming their field, the fields concerned are marked, and Save stays
// disabled until there are none. Import replaces what is edited by a file's content; export
// writes what is edited to another file. Save backs the old file up and replaces it
// atomically.
class InventoryDialog : public QDialog
{
    Q_OBJECT

public:
    InventoryDialog(const Cluster &cluster, const QString &path, QWidget *parent = nullptr);

    const Cluster &cluster() const { return m_cluster; }
    void importFile(const QString &path); // public for tests; the button asks for the file
    bool save();                          // writes to the cluster's file; false on problems

signals:
    void clusterSaved(const iha::Cluster &cluster, const QString &path);

private:
    QWidget *createClusterForm();
    QWidget *createNodeForm();
    void loadCluster(const Cluster &cluster);
    void showNode(int row);
    void readClusterForm();
    void readNodeForm();
    void addNode();
    void removeNode();
    void revalidate();
    void chooseImport();
    void chooseExport();

    Cluster m_cluster;
    QString m_path;
    Diagnostics m_problems;
    int m_row = -1;
    bool m_loading = false; // filling the forms: their change signals are not edits

    QLineEdit *m_name = nullptr;
    QLineEdit *m_replicationUser = nullptr;
    QLineEdit *m_slot = nullptr;
    QLineEdit *m_applicationName = nullptr;
    QComboBox *m_authMethod = nullptr;
    // The alert thresholds, as sizes ("64MB"); empty: the default.
    struct Threshold
    {
        QLineEdit *edit;
        std::optional<qint64> MonitoringSettings::*field;
        const char *key;
    };
    QList<Threshold> m_thresholds;
    Diagnostics m_formProblems; // what the form holds that is no value at all
    QListWidget *m_nodes = nullptr;
    QPushButton *m_removeNode = nullptr;
    QGroupBox *m_nodeForm = nullptr;
    QLineEdit *m_nodeName = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_sshUser = nullptr;
    QSpinBox *m_sshPort = nullptr;
    QLineEdit *m_identityFile = nullptr;
    QCheckBox *m_hasPostgres = nullptr;
    QSpinBox *m_pgPort = nullptr;
    QLineEdit *m_dataDir = nullptr;
    QLineEdit *m_configDir = nullptr;
    QLineEdit *m_pgService = nullptr;
    QLineEdit *m_binDir = nullptr;
    QCheckBox *m_hasInmanta = nullptr;
    QLineEdit *m_apiUrl = nullptr;
    QLineEdit *m_inmantaConfig = nullptr;
    QLabel *m_problemList = nullptr;
    QPushButton *m_save = nullptr;
    // The field of a diagnostic ("nodes[].address", "name") -> the widget that edits it.
    QHash<QString, QWidget *> m_fieldWidgets;
};

} // namespace iha
