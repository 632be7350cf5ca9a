#pragma once

#include "models/Cluster.h"

#include <QObject>
#include <functional>

class QWidget;

namespace iha {

class ImportService;
class SecretStore;

// The ways a cluster file comes into the window and goes out of it: open one, start one from
// the template, import a running cluster (its wizard), export the one shown. The dialogs
// belong to the window; what they give goes back through signals.
class ClusterFileActions : public QObject
{
    Q_OBJECT

public:
    explicit ClusterFileActions(QWidget *window);

    // What reads a running cluster's hosts (not owned); without it there is no import.
    void setImportService(ImportService *imports) { m_imports = imports; }
    // Where an imported cluster's sudo password is kept (not owned).
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }

    void open();
    void createFromTemplate();
    void importRunning();
    void exportCluster(const Cluster &cluster, const QString &path);

signals:
    void openRequested(const QString &path);
    // A new file, written: the window lists and shows it, and says `message`.
    void created(const iha::Cluster &cluster, const QString &path, const QString &message);
    void reported(const QString &message);

private:
    QString lastDirectory() const;
    void keepSudoPassword(const Cluster &cluster, const QString &password,
                          std::function<void()> then);
    void sudoPasswordNotKept(const Cluster &cluster, const QString &why,
                             const std::function<void()> &then);

    QWidget *m_window;
    ImportService *m_imports = nullptr;
    SecretStore *m_secrets = nullptr;
};

} // namespace iha
