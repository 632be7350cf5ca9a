#include "widgets/wizards/ProcedureWizard.h"

#include "models/RunService.h"
#include "widgets/wizards/IntroPage.h"
#include "widgets/wizards/ParametersPage.h"
#include "widgets/wizards/PreflightPage.h"
#include "widgets/wizards/PreviewPage.h"
#include "widgets/wizards/RunPage.h"
#include "widgets/wizards/SummaryPage.h"

#include <QMessageBox>
#include <QPushButton>

namespace iha {

ProcedureWizard::ProcedureWizard(RunDraft draft, Ports ports, QWidget *parent)
    : QWizard(parent)
    , m_draft(std::move(draft))
    , m_ports(ports)
{
    setObjectName(QStringLiteral("procedureWizard"));
    setWindowTitle(tr("%1 — %2").arg(m_draft.procedure.title, m_draft.cluster.displayName()));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(IntroPageId, new IntroPage(&m_draft));
    setPage(ParametersPageId, new ParametersPage(&m_draft, ports.runs, ports.secrets));
    setPage(PreflightPageId, new PreflightPage(&m_draft, ports.runs));
    setPage(PreviewPageId, new PreviewPage(&m_draft, ports.runs));
    auto *run = new RunPage(&m_draft, ports.runs);
    setPage(RunPageId, run);
    auto *summary = new SummaryPage(&m_draft, ports.audit);
    setPage(SummaryPageId, summary);
    resize(860, 680);
    connect(run, &RunPage::runStarting, this,
            [this] { emit runStarting(m_draft.clusterFile, m_draft.procedure.title); });
    connect(run, &RunPage::runEnded, this, [this] {
        if (m_draft.outcome == RunOutcome::Succeeded && !m_draft.clusterFileChanges.isEmpty() &&
            m_draft.clusterFileError.isEmpty())
            emit clusterFileUpdated(m_draft.clusterFile, m_draft.cluster);
        emit runEnded(m_draft.clusterFile);
        if (m_closeWhenStopped)
            QWizard::reject();
    });
    connect(summary, &SummaryPage::resumeRequested, this, &ProcedureWizard::resumeFromSummary);
}

ProcedureWizard::~ProcedureWizard() = default;

bool ProcedureWizard::isRunning() const
{
    const auto *run = qobject_cast<const RunPage *>(page(RunPageId));
    return run && run->running();
}

void ProcedureWizard::cancelRun()
{
    if (!isRunning())
        return;
    m_closeWhenStopped = true;
    if (m_ports.runs)
        m_ports.runs->cancel();
}

// Closing while a step runs cancels it and waits for its record: never a half-recorded step.
void ProcedureWizard::reject()
{
    if (!isRunning())
        return QWizard::reject();
    auto *question = new QMessageBox(
        QMessageBox::Warning, tr("Cancel the Run?"),
        tr("A step is running. Cancelling stops the run there: the command in progress is stopped "
           "where that is safe, else it finishes first (a promotion, the swap of a data "
           "directory). The run can be resumed later; the window closes once the step is "
           "recorded."),
        QMessageBox::Yes | QMessageBox::No, this);
    question->setObjectName(QStringLiteral("cancelRunQuestion"));
    question->button(QMessageBox::Yes)->setText(tr("&Cancel the Run"));
    question->button(QMessageBox::No)->setText(tr("&Keep Running"));
    question->setDefaultButton(QMessageBox::No);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            cancelRun();
    });
    question->open();
}

void ProcedureWizard::resumeFromSummary()
{
    m_draft.resumeRunId = m_draft.runId;
    restart();
}

} // namespace iha
