#pragma once

#include "models/Cluster.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace iha {

struct ImportDraft;

// What was found, node by node, with the roles as detected (changeable where the hosts could
// not settle it), the warnings, and where the cluster file goes. Finish writes it.
class ImportReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportReviewPage(ImportDraft *draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    const Cluster &cluster() const { return m_cluster; }

private:
    void addNode(int index);
    void showProblems();
    QString problem() const;

    ImportDraft *m_draft;
    Cluster m_cluster;
    QTreeWidget *m_nodes;
    QLabel *m_warnings;
    QLabel *m_problem;
    QLineEdit *m_path;
};

} // namespace iha
