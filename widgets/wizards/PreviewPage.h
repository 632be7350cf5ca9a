#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QVBoxLayout;

namespace iha {

class RunService;
struct RunDraft;

// Every step with its exact command (secrets as placeholders), copyable as a shell script;
// the steps that erase data marked. Then what the operator must state or confirm: the silent
// nodes they attest are fenced, the data at risk (bytes, time of the sample) they accept to
// lose, and the node's name typed out. Nothing has run yet; Run commits.
class PreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    PreviewPage(RunDraft *draft, RunService *runs, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QString script() const;

private:
    void showSteps();
    void showStatements();

    RunDraft *m_draft;
    RunService *m_runs;
    QTreeWidget *m_steps;
    QVBoxLayout *m_statements;
    QList<QCheckBox *> m_attestations;
    QLabel *m_dataAtRisk;
    QCheckBox *m_acceptDataLoss;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QString m_nodeToConfirm;
};

} // namespace iha
