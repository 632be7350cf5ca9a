#include "widgets/ProcedureLauncher.h"

#include "models/AuditArchive.h"
#include "models/RunService.h"
#include "widgets/wizards/ProcedureGuide.h"
#include "widgets/wizards/ProcedureWizard.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTimer>

namespace iha {
namespace {

// How long after the wizard the window shows a run's end. Equal delays keep the order.
constexpr int kWindowCatchUpMs = 40;

} // namespace

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
        const RunDraft &open = m_wizard->draft();
        const bool same = open.clusterFile == target.clusterFile &&
                          open.procedure.cliName == procedure && open.resumeRunId == resumeRunId;
        // One run at a time: a wizard mid-run stays; an idle one for something else goes.
        if (same || m_wizard->isRunning()) {
            m_wizard->raise();
            m_wizard->activateWindow();
            return m_wizard;
        }
        m_wizard->close();
    }
    RunDraft draft;
    draft.cluster = target.cluster;
    draft.clusterFile = target.clusterFile;
    draft.status = target.status;
    draft.procedure = *info;
    draft.inputs.standbyNode = node.isEmpty() && !resumeRunId.isEmpty()
                                   ? nodeOfRun(target.cluster, *info, resumeRunId)
                                   : node;
    draft.resumeRunId = resumeRunId;
    m_wizard = new ProcedureWizard(std::move(draft), {m_runs, m_secrets, m_audit}, m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    // A run's start is shown (and its cluster's monitor paused) at once. Its end catches up a
    // moment later, in order: the wizard's outcome is painted first, then the window (banner,
    // list, diagram, runs), each in a turn of the event loop of its own. An end overtaken by
    // the next run's start is not shown.
    const auto later = [this](auto emitIt) {
        QTimer::singleShot(kWindowCatchUpMs, Qt::PreciseTimer, this, emitIt);
    };
    connect(m_wizard, &ProcedureWizard::runStarting, this,
            [this](const QString &file, const QString &title) {
                ++m_runsStarted[file];
                emit runStarting(file, title);
            });
    connect(m_wizard, &ProcedureWizard::runEnded, this, [this, later](const QString &file) {
        later([this, file, started = m_runsStarted.value(file)] {
            if (started == m_runsStarted.value(file))
                emit runEnded(file);
        });
    });
    connect(m_wizard, &ProcedureWizard::clusterFileUpdated, this,
            [this, later](const QString &file, const Cluster &cluster) {
                later([this, file, cluster] { emit clusterFileUpdated(file, cluster); });
            });
    m_wizard->show();
    return m_wizard;
}

void ProcedureLauncher::setRunService(RunService *runs)
{
    if (m_runs)
        disconnect(m_runs, nullptr, this, nullptr);
    m_runs = runs;
    if (!runs)
        return;
    const auto ended = [this] {
        if (m_closeAfterRun)
            emit closeReady();
    };
    connect(runs, &RunService::finished, this, ended);
    connect(runs, &RunService::notStarted, this, ended);
}

// The node a run worked on, for its resume (its plan must be the same): the first node that
// could be chosen for the procedure and that the run's audit entries name.
QString ProcedureLauncher::nodeOfRun(const Cluster &cluster, const ProcedureInfo &procedure,
                                     const QString &runId) const
{
    if (!m_audit)
        return {};
    QSet<QString> hosts;
    for (const AuditEntry &entry : m_audit->entriesOfRun(runId))
        hosts.insert(entry.host);
    for (const QString &candidate : ProcedureGuide::nodeCandidates(procedure.id, cluster, {})) {
        if (hosts.contains(candidate))
            return candidate;
    }
    return {};
}

bool ProcedureLauncher::mayClose()
{
    if (!m_runs || !m_runs->isRunning())
        return true;
    if (m_closeAfterRun)
        return false; // asked already; waiting for the step's record
    if (!m_wizard || !m_wizard->isRunning()) {
        // Checks only (a pre-flight page): nothing to ask, they stop and the window closes.
        m_closeAfterRun = true;
        m_runs->cancel();
        return false;
    }
    auto *question = new QMessageBox(
        QMessageBox::Warning, tr("A Procedure Is Running"),
        tr("%1 is running. Quitting cancels it: the command in progress is stopped where that is "
           "safe (else it finishes first), the step is recorded, and the run can be resumed from "
           "Recent Runs. Quit once it stopped?")
            .arg(m_wizard->draft().procedure.title),
        QMessageBox::Yes | QMessageBox::No, m_window);
    question->setObjectName(QStringLiteral("quitDuringRunQuestion"));
    question->button(QMessageBox::Yes)->setText(tr("Cancel the Run and &Quit"));
    question->button(QMessageBox::No)->setText(tr("&Keep Running"));
    question->setDefaultButton(QMessageBox::No);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_closeAfterRun = true;
        if (!m_runs || !m_runs->isRunning())
            emit closeReady(); // it ended while the question was open
        else if (m_wizard)
            m_wizard->cancelRun();
    });
    question->open();
    return false;
}

} // namespace iha
