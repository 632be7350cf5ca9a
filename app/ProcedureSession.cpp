#include "app/ProcedureSession.h"

#include "app/ScramVerifier.h"
#include "app/SshTargets.h"
#include "models/ClusterFile.h"
#include "models/SecretNames.h"

#include <QCoreApplication>
#include <QDir>

namespace iha {
namespace {

// Gives lupdate and the runtime the same translation context.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureSession)
};

} // namespace

ProcedureSession::ProcedureSession(Cluster cluster, Options options, QObject *parent)
    : QObject(parent)
    , m_cluster(std::move(cluster))
    , m_options(std::move(options))
{}

ProcedureSession::~ProcedureSession()
{
    m_runner.reset(); // before the hosts its worker waits on
    // Their connections close at once, and nobody waits for them here: this runs on the
    // window's thread as a run ends.
    for (SshHost *host : std::as_const(m_hosts))
        host->deleteWhenEnded();
}

QString ProcedureSession::buildPlan(const Cluster &cluster, const QString &procedure,
                                    const ProcedureInputs &inputs, Plan *plan)
{
    ProcedureInputs withScram = inputs;
    withScram.makeScramVerifier = [](const QString &password) {
        return scramVerifier(password);
    };
    withScram.scramVerifierLike = scramVerifierLike;
    // What the plan is built from, for its fingerprint: the descriptions, which name some of
    // the paths, are in the operator's language and not hashed.
    plan->basis = QString::fromUtf8(ClusterFile::toJson(cluster));
    if (procedure == QLatin1String("configure-primary"))
        return Procedures::configurePrimary(cluster, withScram, plan);
    if (procedure == QLatin1String("configure-standby"))
        return Procedures::configureStandby(cluster, withScram, plan);
    if (procedure == QLatin1String("promote-standby"))
        return Procedures::promoteStandby(cluster, withScram, plan);
    if (procedure == QLatin1String("failover-server"))
        return Procedures::failoverServer(cluster, withScram, plan);
    if (procedure == QLatin1String("add-standby"))
        return Procedures::addStandby(cluster, withScram, plan);
    if (procedure == QLatin1String("new-orchestrator"))
        return Procedures::newOrchestrator(cluster, withScram, plan);
    if (procedure == QLatin1String("lock-status"))
        return Procedures::lockStatus(cluster, plan);
    if (procedure == QLatin1String("lock-release"))
        return Procedures::lockRelease(cluster, inputs, plan);
    return Tr::tr("%1 is not implemented yet in this version").arg(procedure);
}

QString ProcedureSession::start(const QHash<QString, QString> &secrets)
{
    // One run per cluster on this machine, and (in the plan) one per cluster anywhere.
    QDir().mkpath(m_options.lockDir);
    m_localLock = std::make_unique<QLockFile>(m_options.lockDir + QLatin1Char('/') +
                                              m_cluster.name + QStringLiteral(".lock"));
    m_localLock->setStaleLockTime(0);
    if (!m_localLock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        m_localLock->getLockInfo(&pid, &host, &app);
        return Tr::tr("another run on cluster %1 is going on on this machine (%2, process %3)")
            .arg(m_cluster.name, app)
            .arg(pid);
    }
    ProcedureInputs inputs = m_options.inputs;
    inputs.runId = m_options.runId;
    inputs.operatorName = m_options.operatorName;
    inputs.replicationPassword =
        secrets.value(SecretNames::key(m_cluster, SecretNames::kReplicationPassword));
    inputs.apiToken = secrets.value(SecretNames::key(m_cluster, SecretNames::kApiToken));
    inputs.databasePassword =
        secrets.value(SecretNames::key(m_cluster, SecretNames::kDatabasePassword));
    if (const QString error = buildPlan(m_cluster, m_options.procedure, inputs, &m_plan);
        !error.isEmpty())
        return error;

    RunRequest request;
    request.plan = m_plan;
    request.runId = m_options.runId;
    request.operatorName = m_options.operatorName;
    request.resuming = m_options.resuming;
    request.preflightOnly = m_options.preflightOnly;
    request.auditPath = m_options.auditPath;
    request.auditKey = m_options.auditKey;
    request.secrets = secrets.values();
    request.localLock = m_localLock.get();
    request.keepLockAfterSuccess = bool(m_plan.rolesAfter);
    QStringList nodes = m_plan.otherNodes;
    for (const Step &step : std::as_const(m_plan.preflight) + m_plan.steps) {
        if (!nodes.contains(step.node))
            nodes << step.node;
    }
    const QHash<QString, SshTarget> targets = sshTargetsFor(m_cluster, secrets);
    for (const QString &name : std::as_const(nodes)) {
        if (!targets.contains(name))
            continue;
        auto *host = new SshHost(targets.value(name), m_options.sshPolicy);
        m_hosts << host;
        request.shells.insert(name, host);
    }
    // Every host connects, and starts its root shell, at once, each on its own thread: the
    // run then waits for the slowest login, not for the sum of them.
    for (SshHost *host : std::as_const(m_hosts))
        host->open(/*startShellAsRoot=*/true);
    m_runner = std::make_unique<Runner>();
    m_runner->start(request);
    return {};
}

void ProcedureSession::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

} // namespace iha
