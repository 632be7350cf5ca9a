#include "widgets/wizards/ParametersPage.h"

#include "models/RunService.h"
#include "models/SecretBinding.h"
#include "models/SecretNames.h"
#include "models/SecretStore.h"
#include "widgets/wizards/ProcedureGuide.h"
#include "widgets/wizards/RunDraft.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>

namespace iha {
namespace {

QString secretLabel(const QString &name)
{
    if (name == SecretNames::kReplicationPassword)
        return ParametersPage::tr("Replication password:");
    if (name == SecretNames::kDatabasePassword)
        return ParametersPage::tr("Inmanta database password:");
    return name + QLatin1Char(':');
}

} // namespace

ParametersPage::ParametersPage(RunDraft *draft, RunService *runs, SecretStore *secrets,
                               QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_runs(runs)
    , m_secrets(secrets)
    , m_form(new QFormLayout(this))
    , m_node(new QComboBox)
    , m_installCommand(new QLineEdit)
    , m_problem(new QLabel)
{
    setObjectName(QStringLiteral("parametersPage"));
    setTitle(tr("Parameters"));
    m_node->setObjectName(QStringLiteral("nodeChoice"));
    m_installCommand->setObjectName(QStringLiteral("installCommand"));
    m_installCommand->setAccessibleName(tr("Command that installs the Inmanta server"));
    m_installCommand->setPlaceholderText(tr("only where the server is missing, e.g. dnf install "
                                            "-y inmanta-service-orchestrator-server"));
    m_problem->setObjectName(QStringLiteral("parametersProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(tr("Node:"), m_node);
    m_form->addRow(tr("Install command:"), m_installCommand);
    for (const QString &name :
         {SecretNames::kReplicationPassword, SecretNames::kDatabasePassword}) {
        auto *field = new QLineEdit;
        field->setObjectName(QStringLiteral("secret-") + name);
        field->setEchoMode(QLineEdit::Password);
        field->setAccessibleName(secretLabel(name));
        field->setToolTip(tr("Not in the keychain yet: it is stored there when you go on, never "
                             "in a file."));
        m_form->addRow(secretLabel(name), field);
        m_secretFields.insert(name, field);
        connect(field, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }
    m_form->addRow(m_problem);
    connect(m_node, &QComboBox::currentTextChanged, this, &ParametersPage::updatePlan);
    connect(m_installCommand, &QLineEdit::textChanged, this, &ParametersPage::updatePlan);
}

void ParametersPage::initializePage()
{
    const ProcedureId id = m_draft->procedure.id;
    setSubTitle(tr("Checked as you go; the pre-flight checks on the next page ask the nodes."));
    const QString label = ProcedureGuide::nodeChoiceLabel(id);
    m_form->setRowVisible(m_node, !label.isEmpty());
    if (auto *text = qobject_cast<QLabel *>(m_form->labelForField(m_node)))
        text->setText(label);
    m_node->setAccessibleName(label);
    {
        const QSignalBlocker blocker(m_node);
        m_node->clear();
        m_node->addItems(ProcedureGuide::nodeCandidates(id, m_draft->cluster, m_draft->status));
        if (!m_draft->inputs.standbyNode.isEmpty())
            m_node->setCurrentText(m_draft->inputs.standbyNode);
    }
    m_form->setRowVisible(m_installCommand, id == ProcedureId::NewOrchestrator);
    m_installCommand->setText(m_draft->inputs.installCommand);
    for (QLineEdit *field : std::as_const(m_secretFields)) {
        field->clear();
        m_form->setRowVisible(field, false);
    }
    lookForSecrets();
    updatePlan();
}

// Which of the secrets the run needs the keychain has; the missing ones get a field.
void ParametersPage::lookForSecrets()
{
    const QStringList needed = Procedures::requiredSecrets(m_draft->procedure.cliName);
    m_keychainProblem.clear();
    const int generation = ++m_generation;
    if (!m_secrets) {
        if (!needed.isEmpty())
            m_keychainProblem = tr("No keychain is available: the run needs %1, which is kept "
                                   "only in a keychain.")
                                    .arg(needed.join(QLatin1String(", ")));
        return;
    }
    m_pendingLookups = 1;
    QPointer<ParametersPage> self(this);
    SecretBinding::read(*m_secrets, m_draft->cluster, needed,
                        [self, needed, generation](const QHash<QString, QString> &found,
                                                   const QList<SecretBinding::Withheld> &withheld,
                                                   const std::optional<SecretResult> &problem) {
                            if (!self || generation != self->m_generation)
                                return;
                            self->m_pendingLookups = 0;
                            if (problem) {
                                self->m_keychainProblem = problem->message;
                                return self->updatePlan();
                            }
                            for (const QString &name : needed) {
                                if (!found.contains(SecretNames::key(self->m_draft->cluster, name)))
                                    self->m_form->setRowVisible(self->m_secretFields.value(name),
                                                                true);
                            }
                            // Typing one held back from this file lets it go where this file sends
                            // it.
                            for (const SecretBinding::Withheld &w : withheld)
                                self->m_secretFields.value(w.name)->setToolTip(
                                    tr("Held back: %1. Type it again to let it go there.")
                                        .arg(SecretBinding::describe(w)));
                            self->updatePlan();
                        });
}

void ParametersPage::updatePlan()
{
    ProcedureInputs inputs = m_draft->inputs;
    inputs.standbyNode = m_node->isVisibleTo(this) ? m_node->currentText() : QString();
    inputs.installCommand = m_installCommand->text().trimmed();
    Plan plan;
    m_planProblem =
        m_runs ? m_runs->buildPlan(m_draft->cluster, m_draft->procedure.cliName, inputs, &plan)
               : tr("This window cannot run procedures.");
    if (m_planProblem.isEmpty()) {
        m_draft->inputs = inputs;
        m_draft->plan = plan;
    }
    const QString problem = !m_keychainProblem.isEmpty() ? m_keychainProblem : m_planProblem;
    m_problem->setText(
        problem.isEmpty()
            ? QString()
            : QStringLiteral("<b>%1</b> %2").arg(tr("Cannot go on:"), problem.toHtmlEscaped()));
    emit completeChanged();
}

bool ParametersPage::isComplete() const
{
    if (m_pendingLookups > 0 || m_pendingWrites > 0 || !m_keychainProblem.isEmpty() ||
        !m_planProblem.isEmpty())
        return false;
    for (QLineEdit *field : std::as_const(m_secretFields)) {
        if (field->isVisibleTo(this) && field->text().isEmpty())
            return false;
    }
    return true;
}

bool ParametersPage::validatePage()
{
    for (QLineEdit *field : std::as_const(m_secretFields)) {
        if (field->isVisibleTo(this) && !field->text().isEmpty()) {
            storeTypedSecrets();
            return false; // goes on once the keychain has them
        }
    }
    return true;
}

void ParametersPage::storeTypedSecrets()
{
    QHash<QString, QString> typed;       // secret name -> value
    QHash<QString, QLineEdit *> fieldOf; // secret name -> its field
    for (auto it = m_secretFields.constBegin(); it != m_secretFields.constEnd(); ++it) {
        QLineEdit *field = it.value();
        if (!field->isVisibleTo(this) || field->text().isEmpty())
            continue;
        typed.insert(it.key(), field->text());
        fieldOf.insert(it.key(), field);
    }
    ++m_pendingWrites;
    QPointer<ParametersPage> self(this);
    SecretBinding::write(
        *m_secrets, m_draft->cluster, typed,
        [self, fieldOf](const QStringList &written, const std::optional<SecretResult> &problem) {
            if (!self)
                return;
            --self->m_pendingWrites;
            for (const QString &name : written) {
                QLineEdit *field = fieldOf.value(name);
                field->clear();
                self->m_form->setRowVisible(field, false);
            }
            if (problem)
                self->m_keychainProblem = problem->message;
            self->updatePlan();
            if (self->m_pendingWrites == 0 && self->isComplete())
                self->wizard()->next();
        });
    emit completeChanged();
}

} // namespace iha
