#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace iha {

struct ImportDraft;

// The hosts to read and how to log in: validated as typed, the first problem named with its
// field.
class ImportHostsPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportHostsPage(ImportDraft *draft, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

private:
    // Empty when every field is right; else the first problem, naming its field.
    QString problem() const;
    static QStringList addresses(const QLineEdit *field);

    ImportDraft *m_draft;
    QLineEdit *m_name;
    QLineEdit *m_databaseHosts;
    QLineEdit *m_orchestratorHosts;
    QLineEdit *m_user;
    QSpinBox *m_port;
    QLineEdit *m_identity;
    QLineEdit *m_sudoPassword;
    QCheckBox *m_keepSudoPassword;
    QLabel *m_problem;
};

} // namespace iha
