#include "widgets/wizards/PreviewPage.h"

#include "models/RunService.h"
#include "widgets/wizards/ProcedureGuide.h"
#include "widgets/wizards/RunDraft.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace iha {

PreviewPage::PreviewPage(RunDraft *draft, RunService *runs, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_runs(runs)
    , m_steps(new QTreeWidget)
    , m_statements(new QVBoxLayout)
    , m_dataAtRisk(new QLabel)
    , m_acceptDataLoss(new QCheckBox)
    , m_confirmLabel(new QLabel)
    , m_confirm(new QLineEdit)
{
    setObjectName(QStringLiteral("previewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("Every step with the exact command it runs; secrets are placeholders. A step "
                   "that is done already is skipped. Nothing has run yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Run"));
    m_steps->setObjectName(QStringLiteral("planSteps"));
    m_steps->setAccessibleName(tr("Steps of the plan and their commands"));
    m_steps->setHeaderLabels({tr("Step"), tr("Node")});
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *copy = new QPushButton(tr("&Copy as Shell Script"));
    copy->setObjectName(QStringLiteral("copyScript"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(script()); });
    m_dataAtRisk->setObjectName(QStringLiteral("dataAtRisk"));
    m_dataAtRisk->setWordWrap(true);
    m_acceptDataLoss->setObjectName(QStringLiteral("acceptDataLoss"));
    m_acceptDataLoss->setText(tr("I accept that these commits may be lost (recorded in the audit "
                                 "log with my name)"));
    m_confirm->setObjectName(QStringLiteral("confirmNode"));
    m_confirmLabel->setBuddy(m_confirm);
    m_confirmLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    auto *copyRow = new QHBoxLayout;
    copyRow->addStretch();
    copyRow->addWidget(copy);
    layout->addLayout(copyRow);
    layout->addLayout(m_statements);
    layout->addWidget(m_dataAtRisk);
    layout->addWidget(m_acceptDataLoss);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    connect(m_acceptDataLoss, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_confirm, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void PreviewPage::initializePage()
{
    showSteps();
    showStatements();
}

void PreviewPage::showSteps()
{
    m_steps->clear();
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QList<Step> &steps = m_draft->plan.steps;
    for (int i = 0; i < steps.size(); ++i) {
        const Step &step = steps.at(i);
        auto *item = new QTreeWidgetItem(
            m_steps, {tr("%1. %2").arg(i + 1).arg(step.description), step.node});
        if (!step.runbookSection.isEmpty())
            item->setToolTip(0, tr("Runbook: \"%1\"").arg(step.runbookSection));
        if (step.dangerous) {
            item->setText(0, item->text(0) + QStringLiteral("  ") + tr("(ERASES DATA)"));
            item->setForeground(0, QColor(Qt::red).darker(120));
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setData(0, Qt::AccessibleDescriptionRole, tr("dangerous: erases data"));
        }
        auto *command = new QTreeWidgetItem(item, {step.preview.trimmed()});
        command->setFont(0, fixed);
        command->setFirstColumnSpanned(true);
    }
    m_steps->expandAll();
}

void PreviewPage::showStatements()
{
    qDeleteAll(m_attestations);
    m_attestations.clear();
    for (const QString &node : std::as_const(m_draft->attestable)) {
        auto *box = new QCheckBox(
            tr("%1 does not answer, so no evidence can be gathered from it. I made sure it is "
               "powered off or cut off the network (recorded in the audit log with my name).")
                .arg(node));
        box->setObjectName(QStringLiteral("attest-") + node);
        box->setStyleSheet(QStringLiteral("QCheckBox { font-weight: bold; }"));
        connect(box, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
        m_statements->addWidget(box);
        m_attestations << box;
    }
    const bool atRisk = !m_draft->dataAtRiskWords.isEmpty();
    m_dataAtRisk->setVisible(atRisk);
    m_acceptDataLoss->setVisible(atRisk);
    m_acceptDataLoss->setChecked(false);
    m_dataAtRisk->setText(
        atRisk ? QStringLiteral("<b>%1</b> %2")
                     .arg(tr("Data at risk:"), m_draft->dataAtRiskWords.toHtmlEscaped())
               : QString());
    m_nodeToConfirm = ProcedureGuide::nodeToConfirm(m_draft->procedure.id, m_draft->plan,
                                                    m_draft->inputs.standbyNode, m_draft->cluster);
    m_confirm->clear();
    m_confirm->setVisible(!m_nodeToConfirm.isEmpty());
    m_confirmLabel->setVisible(!m_nodeToConfirm.isEmpty());
    m_confirmLabel->setText(
        m_draft->plan.hasDangerousSteps()
            ? tr("The steps marked ERASES DATA replace what is on %1. Type <b>%1</b> to "
                 "confirm:")
                  .arg(m_nodeToConfirm.toHtmlEscaped())
            : tr("%1 takes over. Type <b>%1</b> to confirm:").arg(m_nodeToConfirm.toHtmlEscaped()));
    m_confirm->setAccessibleName(tr("Type %1 to confirm").arg(m_nodeToConfirm));
}

bool PreviewPage::isComplete() const
{
    for (const QCheckBox *box : m_attestations) {
        if (!box->isChecked())
            return false;
    }
    if (!m_draft->dataAtRiskWords.isEmpty() && !m_acceptDataLoss->isChecked())
        return false;
    return m_nodeToConfirm.isEmpty() || m_confirm->text() == m_nodeToConfirm;
}

bool PreviewPage::validatePage()
{
    if (!isComplete())
        return false;
    m_draft->inputs.attestedFenced = m_draft->attestable;
    m_draft->inputs.acceptDataLoss =
        !m_draft->dataAtRiskWords.isEmpty() && m_acceptDataLoss->isChecked();
    // The steps that erase data erase the node whose name was typed.
    m_draft->dangerousConfirmed =
        m_draft->plan.hasDangerousSteps() && m_confirm->text() == m_nodeToConfirm;
    return true;
}

QString PreviewPage::script() const
{
    return ProcedureGuide::planAsScript(m_draft->plan, m_draft->procedure.title);
}

} // namespace iha
