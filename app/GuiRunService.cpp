#include "app/GuiRunService.h"

#include "app/AuditLogArchive.h"
#include "app/CommandLineSupport.h"

#include <QCoreApplication>
#include <QPointer>

namespace iha {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(GuiRunService)
};

} // namespace

GuiRunService::GuiRunService(SecretStore &secrets, std::function<AuditLogArchive *()> audit,
                             SshPolicy sshPolicy, QObject *parent)
    : RunService(parent)
    , m_secrets(secrets)
    , m_audit(std::move(audit))
    , m_sshPolicy(std::move(sshPolicy))
{}

GuiRunService::~GuiRunService() = default;

QString GuiRunService::buildPlan(const Cluster &cluster, const QString &procedure,
                                 const ProcedureInputs &inputs, Plan *plan) const
{
    return ProcedureSession::buildPlan(cluster, procedure, inputs, plan);
}

std::optional<ReplicationSample> GuiRunService::lastSample(const Cluster &cluster,
                                                           const QString &procedure,
                                                           const ProcedureInputs &inputs) const
{
    AuditLogArchive *audit = m_audit();
    if (!audit)
        return std::nullopt;
    return ProcedureRun::lastSampleFor(audit->log(), cluster, procedure, inputs);
}

void GuiRunService::start(const RunOrder &order)
{
    if (m_starting || isRunning())
        return emit notStarted(Tr::tr("another run is going on in this window; wait for its end"));
    AuditLogArchive *audit = m_audit();
    if (!audit)
        return emit notStarted(Tr::tr("the audit log is not open: a run that cannot be "
                                      "recorded does not start"));
    m_starting = true;
    m_cancelledWhileStarting = false;
    QPointer<GuiRunService> self(this);
    // A run that cannot be recorded does not start: the log's key first.
    audit->withKey([self, order, audit](const QString &problem) {
        if (!self)
            return;
        self->m_starting = false;
        if (self->m_cancelledWhileStarting)
            return emit self->notStarted(Tr::tr("cancelled before it started; nothing changed"));
        if (!problem.isEmpty())
            return emit self->notStarted(
                Tr::tr("the run cannot be recorded in the audit log: %1").arg(problem));
        self->startRun(order, *audit);
    });
}

void GuiRunService::startRun(const RunOrder &order, AuditLogArchive &audit)
{
    ProcedureRun::Request request;
    request.cluster = order.cluster;
    request.clusterFile = order.clusterFile;
    request.procedure = order.procedure;
    request.inputs = order.inputs;
    request.resumeRunId = order.resumeRunId;
    request.dangerousConfirmed = order.dangerousConfirmed;
    request.preflightOnly = order.preflightOnly;
    request.inputs.word.toAttest = Tr::tr("tick \"%1 does not answer...\" on the Preview page");
    request.inputs.word.toAcceptDataLoss =
        Tr::tr("tick \"I accept that these commits may be lost\" on the Preview page");
    request.inputs.word.attested = Tr::tr("(ticked for %1 in the wizard)");
    request.inputs.word.dataLossAccepted = Tr::tr("(ticked in the wizard)");
    request.sshPolicy = m_sshPolicy;
    request.operatorName = cli::operatorName();
    releaseRun();
    m_run = std::make_unique<ProcedureRun>(m_secrets, audit.log(), request);
    ProcedureRun *run = m_run.get();
    connect(run, &ProcedureRun::notStarted, this, [this](const QString &why, bool) {
        releaseRun();
        emit notStarted(why);
    });
    connect(run, &ProcedureRun::hostKeyUnknown, this, [this, order](const ConnectReport &report) {
        emit hostKeyUnknown(order.clusterFile, order.cluster, report);
    });
    connect(run, &ProcedureRun::started, this, &RunService::started);
    connect(run, &ProcedureRun::stepStarted, this, &RunService::stepStarted);
    connect(run, &ProcedureRun::output, this, &RunService::output);
    connect(run, &ProcedureRun::noted, this, &RunService::noted);
    connect(run, &ProcedureRun::stepFinished, this, &RunService::stepFinished);
    connect(run, &ProcedureRun::clusterFileUpdated, this,
            [this, path = order.clusterFile](const Cluster &cluster, const QStringList &changes,
                                             const QString &error) {
                emit clusterFileUpdated(path, cluster, changes, error);
            });
    connect(run, &ProcedureRun::finished, this,
            [this](RunOutcome outcome, int failedStep, const QString &message,
                   const QString &headProblem) {
                releaseRun();
                emit finished(outcome, failedStep,
                              headProblem.isEmpty() ? message
                                                    : message + QLatin1Char('\n') +
                                                          Tr::tr("warning: %1").arg(headProblem));
            });
    run->start();
}

void GuiRunService::cancel()
{
    if (m_starting)
        m_cancelledWhileStarting = true;
    else if (m_run)
        m_run->cancel();
}

void GuiRunService::releaseRun()
{
    if (!m_run)
        return;
    disconnect(m_run.get(), nullptr, this, nullptr);
    m_run.release()->deleteLater();
}

} // namespace iha
