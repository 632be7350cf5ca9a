#pragma once

#include "models/Cluster.h"
#include "widgets/import/ImportDraft.h"

#include <QWizard>

namespace iha {

class ImportService;

// Imports a cluster that already runs: the hosts' addresses, then what they tell (roles,
// PostgreSQL's directories, port, service and programs, the orchestrator's database), then
// the cluster file, written and opened. Reading is the ImportService port's job.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        HostsPageId,
        ReadPageId,
        ReviewPageId,
    };

    explicit ImportWizard(ImportService *service, QWidget *parent = nullptr);

signals:
    // `sudoPassword`: to keep in the keychain for every node (empty: nothing to keep).
    void imported(const QString &path, const iha::Cluster &cluster, const QString &sudoPassword);

private:
    ImportDraft m_draft;
};

} // namespace iha
