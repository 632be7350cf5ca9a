#pragma once

#include <QHash>
#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace iha {

class RunService;
class SecretStore;
struct RunDraft;

// The procedure's parameters, pre-filled from the roles and what the monitor sees, checked as
// they are typed (the plan must build). A secret the keychain lacks is asked for here and goes
// to the keychain, never to a file.
class ParametersPage : public QWizardPage
{
    Q_OBJECT

public:
    ParametersPage(RunDraft *draft, RunService *runs, SecretStore *secrets,
                   QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void lookForSecrets();
    void storeTypedSecrets();
    void updatePlan();

    RunDraft *m_draft;
    RunService *m_runs;
    SecretStore *m_secrets;
    QFormLayout *m_form;
    QComboBox *m_node;
    QLineEdit *m_installCommand;
    QHash<QString, QLineEdit *> m_secretFields; // secret name -> field, shown when missing
    QLabel *m_problem;
    int m_pendingLookups = 0;
    int m_pendingWrites = 0;
    QString m_keychainProblem;
    QString m_planProblem;
    int m_generation = 0; // ignores keychain answers for an earlier visit of the page
};

} // namespace iha
