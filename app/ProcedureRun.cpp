#include "app/ProcedureRun.h"

#include "app/AuditKeys.h"
#include "app/SshTargets.h"
#include "models/ClusterFile.h"
#include "models/ResumePoint.h"
#include "models/SecretBinding.h"
#include "models/SecretNames.h"

#include <QCoreApplication>
#include <QPointer>
#include <QStandardPaths>
#include <QUuid>

namespace iha {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureRun)
};

// Where a missing secret goes, and what needs it.
QString missingSecret(const Cluster &cluster, const QString &name)
{
    if (name == SecretNames::kReplicationPassword)
        return Tr::tr("no replication password is stored for cluster %1: store it with "
                      "`inmanta-ha-cli --cluster FILE secret set replication-password` or in the "
                      "Credentials dialog")
            .arg(cluster.name);
    return Tr::tr("no database password is stored for cluster %1 (the new Inmanta server's "
                  "database.cfg needs it): store it with `inmanta-ha-cli --cluster FILE secret "
                  "set database-password` or in the Credentials dialog")
        .arg(cluster.name);
}

// A run needs every secret it may use: one held back from this file stops it before it starts.
QString heldBack(const ProcedureRun::Request &request,
                 const QList<SecretBinding::Withheld> &withheld)
{
    QStringList lines;
    for (const SecretBinding::Withheld &w : withheld)
        lines << SecretBinding::describe(w) + QLatin1String("; ") +
                     SecretBinding::confirmHint(request.clusterFile, w);
    return Tr::tr("not started: secrets are held back from this cluster file, as it would send "
                  "them where they were not set for. Nothing ran. Confirm each only if the file's "
                  "addresses are right:\n%1")
        .arg(lines.join(QLatin1Char('\n')));
}

} // namespace

ProcedureRun::ProcedureRun(SecretStore &secrets, AuditLog &audit, Request request, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_audit(audit)
    , m_request(std::move(request))
{}

ProcedureRun::~ProcedureRun()
{
    // Hashing a long log is not waited for to its end (opening it may still take a moment).
    if (m_check)
        m_check->stop = true;
}

const Plan &ProcedureRun::plan() const
{
    static const Plan empty;
    return m_session ? m_session->plan() : empty;
}

std::optional<ReplicationSample> ProcedureRun::lastSampleFor(const AuditLog &audit,
                                                             const Cluster &cluster,
                                                             const QString &procedure,
                                                             const ProcedureInputs &inputs)
{
    if (procedure != QLatin1String("promote-standby") &&
        procedure != QLatin1String("failover-server") &&
        procedure != QLatin1String("new-orchestrator"))
        return std::nullopt;
    const Node *standby =
        procedure == QLatin1String("promote-standby") && !inputs.standbyNode.isEmpty()
            ? cluster.findNode(inputs.standbyNode)
            : cluster.nodeWithRole(NodeRole::Standby);
    if (!standby)
        return std::nullopt;
    return audit.lastSample(cluster.name, standby->address);
}

void ProcedureRun::start()
{
    const Cluster &cluster = m_request.cluster;
    const QStringList keys =
        QStringList{SecretNames::key(cluster, SecretNames::kReplicationPassword),
                    SecretNames::key(cluster, SecretNames::kApiToken),
                    SecretNames::key(cluster, SecretNames::kDatabasePassword)} +
        sshSecretKeys(cluster);
    m_running = true;
    QPointer<ProcedureRun> self(this);
    SecretBinding::readKeys(
        m_secrets, cluster, keys,
        [self](const QHash<QString, QString> &secrets,
               const QList<SecretBinding::Withheld> &withheld,
               const std::optional<SecretResult> &problem) {
            if (!self)
                return;
            if (problem || !withheld.isEmpty()) {
                self->m_running = false;
                emit self->notStarted(
                    problem ? problem->message : heldBack(self->m_request, withheld), false);
                return;
            }
            self->startWithSecrets(secrets);
        });
}

void ProcedureRun::startWithSecrets(const QHash<QString, QString> &secrets)
{
    const Cluster &cluster = m_request.cluster;
    const QString &procedure = m_request.procedure;
    const auto refuse = [this](const QString &why, bool badRequest = false) {
        m_running = false;
        emit notStarted(why, badRequest);
    };
    if (m_cancelRequested)
        return refuse(Tr::tr("cancelled before it started; nothing changed"));
    for (const QString &name : Procedures::requiredSecrets(procedure)) {
        if (!secrets.contains(SecretNames::key(cluster, name)))
            return refuse(missingSecret(cluster, name));
    }

    ProcedureInputs inputs = m_request.inputs;
    inputs.lastSample = lastSampleFor(m_audit, cluster, procedure, inputs);
    const QString &resumeRunId = m_request.resumeRunId;
    m_runId = resumeRunId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces).left(8)
                                    : resumeRunId;
    // As the session builds it (a preview may name the run, new-orchestrator's does): the
    // fingerprint a resumed run is compared with.
    Plan preview;
    ProcedureInputs asRun = inputs;
    asRun.runId = m_runId;
    asRun.operatorName = m_request.operatorName;
    ProcedureSession::buildPlan(cluster, procedure, asRun, &preview);
    if (!resumeRunId.isEmpty()) {
        const auto record = m_audit.runRecord(resumeRunId);
        if (!record)
            return refuse(Tr::tr("no run %1 in the audit log %2").arg(resumeRunId, m_audit.path()),
                          true);
        if (record->procedure != procedure || record->cluster != cluster.name)
            return refuse(
                Tr::tr("run %1 was %2 on cluster %3, not %4 on %5")
                    .arg(resumeRunId, record->procedure, record->cluster, procedure, cluster.name),
                true);
        if (record->record == AuditRun::Record::Changed)
            return refuse(Tr::tr("run %1 cannot be resumed: its record in the audit log was "
                                 "changed outside the product (`audit verify` says more)")
                              .arg(resumeRunId));
        if (record->record != AuditRun::Record::Verified)
            return refuse(Tr::tr("run %1 cannot be resumed: its record in the audit log is not "
                                 "signed (written by an earlier version, or its signature "
                                 "removed); start a new run")
                              .arg(resumeRunId));
        if (record->status == QLatin1String("succeeded"))
            return refuse(
                Tr::tr("run %1 already succeeded; start a new run to check again").arg(resumeRunId),
                true);
        // Where to go on comes from the run's chained entries, which cannot be edited
        // unnoticed, and only for the plan the run started with. Hashing a long log takes a
        // while: on a thread of its own, with its own connection.
        auto check = m_check = std::make_shared<ResumeCheck>();
        m_resumeCheck.reset(
            QThread::create([check, path = m_audit.path(), key = m_audit.key(), resumeRunId] {
                QString error;
                const std::unique_ptr<AuditLog> log = AuditLog::open(path, &error);
                if (!log) {
                    check->chain.message = error;
                    return;
                }
                log->setKey(key);
                check->chain = log->verifiedRun(resumeRunId, &check->entries, &check->stop);
            }));
        connect(m_resumeCheck.get(), &QThread::finished, this,
                [this, check, secrets, inputs, preview, refuse] {
                    const QString &runId = m_request.resumeRunId;
                    if (m_cancelRequested)
                        return refuse(Tr::tr("cancelled before it started; nothing changed"));
                    if (!check->chain.intact)
                        return refuse(
                            Tr::tr("run %1 cannot be resumed: the audit log does not verify (%2)")
                                .arg(runId, check->chain.message));
                    const ResumePoint point = resumePoint(check->entries, preview);
                    if (!point.error.isEmpty())
                        return refuse(
                            Tr::tr("run %1 cannot be resumed: %2").arg(runId, point.error));
                    startChecked(secrets, inputs, preview,
                                 Tr::tr("It stopped at step %1. Every step is checked again: what "
                                        "is done already is skipped, what is not (any more) is "
                                        "done.")
                                     .arg(point.firstStep + 1));
                });
        m_resumeCheck->start();
        return;
    }
    startChecked(secrets, inputs, preview, QString());
}

void ProcedureRun::startChecked(const QHash<QString, QString> &secrets,
                                const ProcedureInputs &inputs, const Plan &preview,
                                const QString &resumeNote)
{
    const Cluster &cluster = m_request.cluster;
    const QString &procedure = m_request.procedure;
    const QString &resumeRunId = m_request.resumeRunId;
    const auto refuse = [this](const QString &why) {
        m_running = false;
        emit notStarted(why, false);
    };
    if (!m_request.preflightOnly && preview.hasDangerousSteps() && !m_request.dangerousConfirmed)
        return refuse(Tr::tr("this plan erases data (see `plan %1`): run it again with --yes "
                             "to confirm")
                          .arg(procedure));

    ProcedureSession::Options options;
    options.procedure = procedure;
    options.runId = m_runId;
    options.resuming = !resumeRunId.isEmpty();
    options.preflightOnly = m_request.preflightOnly;
    options.sshPolicy = m_request.sshPolicy;
    options.auditPath = m_audit.path();
    options.auditKey = m_audit.key();
    options.operatorName = m_request.operatorName;
    options.inputs = inputs;
    // One lock folder for the CLI and the window: they never run on one cluster at once.
    options.lockDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/locks");
    m_session = std::make_unique<ProcedureSession>(cluster, options);
    emit started(m_runId, resumeNote);
    // On record before anything runs that relies on it; a statement that cannot be recorded
    // is not relied on.
    if (QString error; !m_request.preflightOnly && !recordOperatorWord(&error))
        return refuse(
            Tr::tr("the operator's statement could not be recorded in the audit log (%1); the "
                   "run does not start without it")
                .arg(error));
    if (const QString error = m_session->start(secrets); !error.isEmpty())
        return refuse(error);
    for (SshHost *host : m_session->hosts()) {
        connect(host, &SshHost::connectionAttempted, this, [this](const ConnectReport &report) {
            // A bastion's key taken now is said (and audited) as a host's own.
            for (const HostKeyReport &bastion : report.bastionKeys) {
                if (bastion.acceptedNow) {
                    ConnectReport taken = report;
                    taken.hostKey = bastion;
                    emit hostKeyAccepted(taken);
                }
            }
            if (report.hostKey.acceptedNow)
                emit hostKeyAccepted(report);
            else if (report.failure == ConnectReport::Failure::HostKeyUnknown)
                emit hostKeyUnknown(report);
        });
    }
    Runner *runner = m_session->runner();
    connect(runner, &Runner::stepStarted, this, &ProcedureRun::stepStarted);
    connect(runner, &Runner::output, this, &ProcedureRun::output);
    connect(runner, &Runner::noted, this, &ProcedureRun::noted);
    connect(runner, &Runner::stepFinished, this, &ProcedureRun::stepFinished);
    // The keychain learns the head after every step, not only at the end: a run killed midway
    // and its entries then cut off the log is noticed by `audit verify` too.
    connect(runner, &Runner::stepFinished, this,
            [this] { AuditKeys::storeHead(m_secrets, m_audit, [](const SecretResult &) {}); });
    connect(runner, &Runner::finished, this, &ProcedureRun::end);
}

void ProcedureRun::end(RunOutcome outcome, int failedStep, const QString &message)
{
    if (outcome == RunOutcome::Succeeded && !m_request.preflightOnly)
        updateClusterFile();
    if (m_session)
        m_session->releaseLocalLock(); // held until the roles are in the cluster file
    QPointer<ProcedureRun> self(this);
    AuditKeys::storeHead(m_secrets, m_audit, [=](const SecretResult &stored) {
        if (!self)
            return;
        self->m_running = false;
        emit self->finished(outcome, failedStep, message, stored.ok() ? QString() : stored.message);
    });
}

void ProcedureRun::cancel()
{
    m_cancelRequested = true;
    if (m_check)
        m_check->stop = true;
    if (m_session)
        m_session->cancel();
}

// What the operator stated, on record with who and when before anything runs: no evidence can
// be gathered from a host that does not answer.
bool ProcedureRun::recordOperatorWord(QString *error)
{
    const ProcedureInputs &inputs = m_request.inputs;
    QStringList words;
    for (const QString &node : inputs.attestedFenced)
        words << Tr::tr("fencing attested: %1 is powered off or cut off the network %2")
                     .arg(node, inputs.word.attested.arg(node));
    if (inputs.acceptDataLoss)
        words << Tr::tr("data loss accepted: the standby is promoted even if it lacks commits the "
                        "primary acknowledged %1")
                     .arg(inputs.word.dataLossAccepted);
    for (const QString &word : std::as_const(words)) {
        AuditEntry entry;
        entry.step = Tr::tr("Operator's statement");
        entry.outcome = QStringLiteral("decision");
        entry.decision = word;
        if (!recordOnThisMachine(entry, error))
            return false;
    }
    return true;
}

// An entry of the run made here, not on a node (a statement, the cluster file's change). The
// run itself stops when the log cannot be written; this one is reported with the run's end.
bool ProcedureRun::recordOnThisMachine(AuditEntry entry, QString *error)
{
    entry.operatorName = m_request.operatorName;
    entry.cluster = m_request.cluster.name;
    entry.runId = m_runId;
    entry.procedure = m_request.procedure;
    entry.host = Tr::tr("(this machine)");
    QString problem;
    if (m_audit.append(entry, &problem))
        return true;
    if (error)
        *error = problem;
    else
        emit noted(Tr::tr("warning: %1").arg(problem));
    return false;
}

// The cluster file changes last, once every step succeeded: the roles the run gave the nodes.
// It is copied to FILE.bak first and replaced atomically; the change goes to the audit log.
void ProcedureRun::updateClusterFile()
{
    const Plan &done = plan();
    if (!done.rolesAfter || m_request.clusterFile.isEmpty())
        return;
    // The file as it is now (it may have been edited since the run started): only the roles
    // change.
    const ClusterReadResult current = ClusterFile::load(m_request.clusterFile);
    Cluster cluster = current.ok() ? *current.cluster : m_request.cluster;
    QStringList changes;
    for (const auto &[name, role] : done.rolesAfter()) {
        for (Node &node : cluster.nodes) {
            if (node.name == name && node.role != role) {
                changes << QStringLiteral("%1: %2 -> %3")
                               .arg(name, roleName(node.role), roleName(role));
                node.role = role;
            }
        }
    }
    if (changes.isEmpty())
        return;
    const QString error = ClusterFile::save(cluster, m_request.clusterFile);
    AuditEntry entry;
    entry.step = Tr::tr("Update the cluster file");
    entry.command = QStringLiteral("write ") + m_request.clusterFile;
    entry.output =
        changes.join(QLatin1Char('\n')) + (error.isEmpty() ? QString() : QLatin1Char('\n') + error);
    entry.outcome = error.isEmpty() ? QStringLiteral("succeeded") : QStringLiteral("failed");
    recordOnThisMachine(entry);
    if (error.isEmpty())
        m_request.cluster = cluster;
    emit clusterFileUpdated(cluster, changes, error);
}

} // namespace iha
