#include "widgets/ProcedureLauncher.h"

#include "widgets/wizards/ProcedureWizard.h"

#include <QMessageBox>
#include <QPushButton>

namespace iha {

ProcedureLauncher::ProcedureLauncher(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

ProcedureWizard *ProcedureLauncher::open(const Target &target, const QString &procedure,
                                         const QString &node, const QString &resumeRunId)
{
    const auto info = procedureByCliName(procedure);
    if (!info)
        return nullptr;
    if (m_wizard) {
        // One run at a time: the open wizard may be mid-run.
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    RunDraft draft;
    draft.cluster = target.cluster;
    draft.clusterFile = target.clusterFile;
    draft.status = target.status;
    draft.procedure = *info;
    draft.inputs.standbyNode = node;
    draft.resumeRunId = resumeRunId;
    m_wizard = new ProcedureWizard(std::move(draft), {m_runs, m_secrets, m_audit}, m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &ProcedureWizard::runEnded, this, [this](const QString &clusterFile) {
        emit runEnded(clusterFile);
        if (m_closeAfterRun)
            emit closeReady();
    });
    connect(m_wizard, &ProcedureWizard::clusterFileUpdated, this,
            &ProcedureLauncher::clusterFileUpdated);
    m_wizard->show();
    return m_wizard;
}

bool ProcedureLauncher::mayClose()
{
    if (!m_wizard || !m_wizard->isRunning())
        return true;
    if (m_closeAfterRun)
        return false; // asked already; waiting for the step's record
    auto *question = new QMessageBox(
        QMessageBox::Warning, tr("A Procedure Is Running"),
        tr("%1 is running. Quitting cancels it: its command on the node is stopped, the step is "
           "recorded, and the run can be resumed from Recent Runs. Quit once it stopped?")
            .arg(m_wizard->draft().procedure.title),
        QMessageBox::Yes | QMessageBox::No, m_window);
    question->setObjectName(QStringLiteral("quitDuringRunQuestion"));
    question->button(QMessageBox::Yes)->setText(tr("Cancel the Run and &Quit"));
    question->button(QMessageBox::No)->setText(tr("&Keep Running"));
    question->setDefaultButton(QMessageBox::No);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this](int result) {
        if (result != QMessageBox::Yes || !m_wizard)
            return;
        m_closeAfterRun = true;
        m_wizard->cancelRun();
    });
    question->open();
    return false;
}

} // namespace iha
