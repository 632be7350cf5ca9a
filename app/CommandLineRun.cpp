#include "app/AuditKeys.h"
#include "app/CommandLine.h"
#include "app/CommandLineSupport.h"
#include "app/ExitCode.h"
#include "app/ProcedureSession.h"
#include "app/SshTargets.h"
#include "models/ClusterFile.h"
#include "models/Procedure.h"
#include "models/ResumePoint.h"
#include "models/SecretBatch.h"
#include "models/SecretNames.h"

#include <QStandardPaths>
#include <QTextStream>
#include <QUuid>
#include <memory>

namespace iha {

using cli::operatorName;
using cli::SubcommandParser;
using cli::Tr;

int CommandLine::plan(const GlobalOptions &global, const QStringList &args)
{
    SubcommandParser sub(QStringLiteral("plan"));
    sub.parser().addOption({QStringLiteral("node"),
                            Tr::tr("The node the procedure works on (add-standby, "
                                   "new-orchestrator; promote-standby: the standby)."),
                            Tr::tr("NODE")});
    if (const QString error = sub.parse(args, 1, 1); !error.isEmpty())
        return usageError(error);
    const QString procedure = sub.parser().positionalArguments().constFirst();
    const auto info = procedureByCliName(procedure);
    if (!info)
        return usageError(Tr::tr("unknown procedure \"%1\"; one of %2")
                              .arg(procedure, procedureCliNames().join(QLatin1String(", "))));
    if (const int code = loadCluster(global, false); code != ExitSuccess)
        return code;
    ProcedureInputs inputs;
    inputs.runId = QStringLiteral("<run id>");
    inputs.operatorName = operatorName();
    inputs.standbyNode = sub.parser().value(QStringLiteral("node"));
    Plan plan;
    if (const QString error = ProcedureSession::buildPlan(m_cluster, procedure, inputs, &plan);
        !error.isEmpty()) {
        m_err << "inmanta-ha-cli: " << error << '\n';
        return ExitRefused;
    }
    m_out << Tr::tr("Plan: %1 on cluster %2 (runbook: \"%3\")")
                 .arg(procedure, m_cluster.name, info->runbookSection)
          << "\n\n"
          << Tr::tr("Pre-flight checks (nothing changes if one fails):") << '\n';
    for (const Step &step : std::as_const(plan.preflight))
        m_out << "  - [" << step.node << "] " << step.description << '\n';
    m_out << '\n' << Tr::tr("Steps (each is skipped when already done):") << '\n';
    for (int i = 0; i < plan.steps.size(); ++i) {
        const Step &step = plan.steps.at(i);
        m_out << QStringLiteral("  %1. [%2] %3%4\n")
                     .arg(i + 1)
                     .arg(step.node, step.description,
                          step.dangerous ? Tr::tr("  (DANGEROUS: erases data; needs --yes)")
                                         : QString());
        for (const QString &line : step.preview.trimmed().split(QLatin1Char('\n')))
            m_out << "       " << line << '\n';
    }
    m_out << '\n' << Tr::tr("Nothing has been run.") << '\n';
    return ExitSuccess;
}

int CommandLine::runProcedure(const GlobalOptions &global, const QStringList &args)
{
    SubcommandParser sub(QStringLiteral("run"));
    sub.parser().addOptions({
        {QStringLiteral("yes"), Tr::tr("Confirm dangerous steps without asking.")},
        {QStringLiteral("accept-new-host-keys"), Tr::tr("Accept and remember unknown host keys.")},
        {QStringLiteral("resume"),
         Tr::tr("Resume a failed or cancelled run: every step is checked again."),
         Tr::tr("RUN_ID")},
        {QStringLiteral("overwrite"),
         Tr::tr("Allow erasing NODE although it holds data of its own (configure-standby); "
                "NODE must be typed out."),
         Tr::tr("NODE")},
        {QStringLiteral("node"),
         Tr::tr("The node the procedure works on: the standby to build or promote, the node "
                "that becomes the new orchestrator."),
         Tr::tr("NODE")},
        {QStringLiteral("attest-fenced"),
         Tr::tr("Attest that NODE, which does not answer, is powered off or cut off the network "
                "(recorded in the audit log with your name). May be given more than once."),
         Tr::tr("NODE")},
        {QStringLiteral("accept-data-loss"),
         Tr::tr("Promote although the standby may lack commits the primary acknowledged (the "
                "plan's pre-flight names how much, from the last sample); recorded in the audit "
                "log.")},
        {QStringLiteral("install-command"),
         Tr::tr("new-orchestrator: the command (run as root on the node) that installs the "
                "Inmanta server where it is missing."),
         Tr::tr("CMD")},
    });
    if (const QString error = sub.parse(args, 1, 1); !error.isEmpty())
        return usageError(error);
    const QString procedure = sub.parser().positionalArguments().constFirst();
    if (!procedureByCliName(procedure))
        return usageError(Tr::tr("unknown procedure \"%1\"; one of %2")
                              .arg(procedure, procedureCliNames().join(QLatin1String(", "))));
    if (const int code = loadCluster(global, false); code != ExitSuccess)
        return code;
    for (const QString &option :
         {QStringLiteral("overwrite"), QStringLiteral("node"), QStringLiteral("attest-fenced")}) {
        for (const QString &node : sub.parser().values(option)) {
            if (!m_cluster.findNode(node))
                return usageError(Tr::tr("--%1 %2: no node of that name in cluster %3")
                                      .arg(option, node, m_cluster.name));
        }
    }
    startRun(global, procedure, sub.parser().isSet(QStringLiteral("yes")),
             sub.parser().isSet(QStringLiteral("accept-new-host-keys")),
             sub.parser().value(QStringLiteral("resume")), [&] {
                 ProcedureInputs inputs;
                 inputs.overwriteNode = sub.parser().value(QStringLiteral("overwrite"));
                 inputs.standbyNode = sub.parser().value(QStringLiteral("node"));
                 inputs.attestedFenced = sub.parser().values(QStringLiteral("attest-fenced"));
                 inputs.acceptDataLoss = sub.parser().isSet(QStringLiteral("accept-data-loss"));
                 inputs.installCommand = sub.parser().value(QStringLiteral("install-command"));
                 return inputs;
             }());
    return Pending;
}

void CommandLine::startRun(const GlobalOptions &global, const QString &procedure, bool yes,
                           bool acceptNewHostKeys, const QString &resumeRunId,
                           const ProcedureInputs &operatorInputs)
{
    const auto refuse = [this](const QString &why, int code = ExitRefused) {
        m_err << "inmanta-ha-cli: " << why << '\n';
        m_err.flush();
        emit finished(code);
    };
    const QStringList keys =
        QStringList{SecretNames::key(m_cluster, SecretNames::kReplicationPassword),
                    SecretNames::key(m_cluster, SecretNames::kApiToken),
                    SecretNames::key(m_cluster, SecretNames::kDatabasePassword)} +
        sshSecretKeys(m_cluster);
    readSecrets(
        secretStore(), keys,
        [=](const QHash<QString, QString> &secrets, const std::optional<SecretResult> &problem) {
            if (problem)
                return refuse(problem->message);
            const bool buildsStandby = procedure.startsWith(QLatin1String("configure-")) ||
                                       procedure == QLatin1String("add-standby");
            if (buildsStandby &&
                !secrets.contains(SecretNames::key(m_cluster, SecretNames::kReplicationPassword)))
                return refuse(Tr::tr("no replication password is stored for cluster %1: store it "
                                     "with `inmanta-ha-cli "
                                     "--cluster FILE secret set replication-password`")
                                  .arg(m_cluster.name));
            if (procedure == QLatin1String("new-orchestrator") &&
                !secrets.contains(SecretNames::key(m_cluster, SecretNames::kDatabasePassword)))
                return refuse(Tr::tr("no database password is stored for cluster %1 (the new "
                                     "Inmanta server's database.cfg needs it): store it with "
                                     "`inmanta-ha-cli --cluster FILE secret set "
                                     "database-password`")
                                  .arg(m_cluster.name));
            // A run that cannot be recorded does not start.
            openAudit(global, [=](const QString &auditProblem) {
                if (!m_auditWritable)
                    return refuse(Tr::tr("the run cannot be recorded in the audit log: %1")
                                      .arg(auditProblem));
                ProcedureSession::Options options;
                options.procedure = procedure;
                ProcedureInputs inputs = operatorInputs;
                inputs.lastSample = lastSampleFor(procedure, inputs);
                Plan preview;
                ProcedureSession::buildPlan(m_cluster, procedure, inputs, &preview);
                options.runId = resumeRunId.isEmpty()
                                    ? QUuid::createUuid().toString(QUuid::WithoutBraces).left(8)
                                    : resumeRunId;
                QString resumeNote;
                if (!resumeRunId.isEmpty()) {
                    const auto record = m_audit->runRecord(resumeRunId);
                    if (!record)
                        return refuse(Tr::tr("no run %1 in the audit log %2")
                                          .arg(resumeRunId, m_audit->path()),
                                      ExitUsage);
                    if (record->procedure != procedure || record->cluster != m_cluster.name)
                        return refuse(Tr::tr("run %1 was %2 on cluster %3, not %4 on %5")
                                          .arg(resumeRunId, record->procedure, record->cluster,
                                               procedure, m_cluster.name),
                                      ExitUsage);
                    if (record->status == QLatin1String("succeeded"))
                        return refuse(
                            Tr::tr("run %1 already succeeded; start a new run to check again")
                                .arg(resumeRunId),
                            ExitUsage);
                    // Where to go on comes from the run's chained entries, which cannot be
                    // edited unnoticed, and only for the plan the run started with.
                    const AuditLog::Verification chain = m_audit->verify(std::nullopt);
                    if (!chain.intact)
                        return refuse(Tr::tr("run %1 cannot be resumed: the audit log does not "
                                             "verify (%2)")
                                          .arg(resumeRunId, chain.message));
                    const ResumePoint point = resumePoint(m_audit->entries(resumeRunId), preview);
                    if (!point.error.isEmpty())
                        return refuse(
                            Tr::tr("run %1 cannot be resumed: %2").arg(resumeRunId, point.error));
                    resumeNote =
                        Tr::tr("It stopped at step %1. Every step is checked again: what is "
                               "done already is skipped, what is not (any more) is done.")
                            .arg(point.firstStep + 1);
                    options.resuming = true;
                }
                options.sshPolicy = sshPolicyFor(global.knownHosts);
                options.sshPolicy.acceptNewHostKeys = acceptNewHostKeys;
                options.auditPath = m_audit->path();
                options.auditKey = m_audit->key();
                options.operatorName = operatorName();
                options.inputs = inputs;
                options.lockDir =
                    QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                    QStringLiteral("/locks");
                m_session = std::make_unique<ProcedureSession>(m_cluster, options);
                if (preview.hasDangerousSteps() && !yes)
                    return refuse(Tr::tr("this plan erases data (see `plan %1`): run it again with "
                                         "--yes to confirm")
                                      .arg(procedure));
                m_out << Tr::tr("Run %1: %2 on cluster %3")
                             .arg(options.runId, procedure, m_cluster.name)
                      << '\n';
                if (!resumeNote.isEmpty())
                    m_out << resumeNote << '\n';
                m_out.flush();
                // On record before anything runs that relies on it.
                recordOperatorWord(options.runId, procedure, inputs);
                if (const QString error = m_session->start(secrets); !error.isEmpty())
                    return refuse(error);
                // Host keys accepted on the way are operator decisions: on record.
                for (SshHost *host : m_session->hosts()) {
                    connect(host, &SshHost::connectionAttempted, this,
                            [this, host, runId = options.runId,
                             procedure](const ConnectReport &report) {
                                if (report.hostKey.acceptedNow)
                                    recordHostKeyDecision(runId, procedure, report);
                            });
                }
                Runner *runner = m_session->runner();
                const int total = static_cast<int>(m_session->plan().steps.size());
                auto lastOutput = std::make_shared<QString>();
                auto notes = std::make_shared<QStringList>();
                connect(runner, &Runner::output, this,
                        [lastOutput](const QString &text) { *lastOutput += text; });
                connect(runner, &Runner::noted, this,
                        [notes](const QString &text) { *notes << text; });
                connect(runner, &Runner::stepStarted, this,
                        [lastOutput, notes](int, bool, const QString &) {
                            lastOutput->clear();
                            notes->clear();
                        });
                connect(runner, &Runner::stepFinished, this,
                        [this, total, lastOutput, notes](int index, bool preflight,
                                                         const QString &status,
                                                         const QString &message) {
                            const QString label =
                                preflight ? Tr::tr("pre-flight")
                                          : QStringLiteral("[%1/%2]").arg(index + 1).arg(total);
                            const QString description =
                                preflight ? m_session->plan().preflight.at(index).description
                                          : m_session->plan().steps.at(index).description;
                            m_out << label << ' ' << description << ": " << status << '\n';
                            for (const QString &note : std::as_const(*notes))
                                m_out << "    " << note << '\n';
                            notes->clear();
                            if (status == QLatin1String("failed")) {
                                m_out << "    " << message << '\n';
                                if (!lastOutput->trimmed().isEmpty())
                                    m_out << "    " << Tr::tr("output:") << '\n'
                                          << lastOutput->trimmed() << '\n';
                            }
                            m_out.flush();
                        });
                connect(
                    runner, &Runner::finished, this,
                    [this, global, runId = options.runId, procedure, notes,
                     resuming = options.resuming](RunOutcome outcome, int, const QString &message) {
                        for (const QString &note : std::as_const(*notes)) // from the end
                            m_out << note << '\n';
                        int code = ExitSuccess;
                        switch (outcome) {
                        case RunOutcome::Succeeded:
                            m_out << Tr::tr("Run %1 succeeded.").arg(runId) << '\n';
                            if (!updateClusterFile(global, runId, procedure))
                                code = ExitStepFailed;
                            break;
                        case RunOutcome::Refused:
                            // A resumed run's refusal changes nothing now; what the run
                            // it resumes did stays done.
                            m_err << (resuming ? Tr::tr("Refused; this attempt changed "
                                                        "nothing, what run %1 did before "
                                                        "stays: %2")
                                                     .arg(runId, message)
                                               : Tr::tr("Refused before anything changed: %1")
                                                     .arg(message))
                                  << '\n';
                            code = ExitRefused;
                            break;
                        case RunOutcome::Failed:
                        case RunOutcome::Cancelled:
                            m_err << (outcome == RunOutcome::Failed
                                          ? Tr::tr("Run %1 stopped: %2")
                                          : Tr::tr("Run %1 was cancelled: %2"))
                                         .arg(runId, message)
                                  << '\n'
                                  << Tr::tr("Fix the cause, then resume with: inmanta-ha-cli "
                                            "--cluster FILE run %1 --resume %2")
                                         .arg(procedure, runId)
                                  << '\n';
                            // A safety check inside a step (fencing judged again right
                            // before pg_ctl promote) refuses, as the pre-flight does.
                            code = outcome == RunOutcome::Cancelled              ? ExitCancelled
                                   : message.contains(QLatin1String("REFUSED:")) ? ExitRefused
                                                                                 : ExitStepFailed;
                            break;
                        }
                        m_out.flush();
                        m_err.flush();
                        AuditKeys::storeHead(secretStore(), *m_audit,
                                             [this, code](const SecretResult &stored) {
                                                 if (!stored.ok())
                                                     m_err << "warning: " << stored.message << '\n';
                                                 emit finished(code);
                                             });
                    });
            });
        });
}

std::optional<ReplicationSample> CommandLine::lastSampleFor(const QString &procedure,
                                                            const ProcedureInputs &inputs) const
{
    if (procedure != QLatin1String("promote-standby") &&
        procedure != QLatin1String("failover-server") &&
        procedure != QLatin1String("new-orchestrator"))
        return std::nullopt;
    const Node *standby =
        procedure == QLatin1String("promote-standby") && !inputs.standbyNode.isEmpty()
            ? m_cluster.findNode(inputs.standbyNode)
            : m_cluster.nodeWithRole(NodeRole::Standby);
    if (!standby || !m_audit)
        return std::nullopt;
    return m_audit->lastSample(m_cluster.name, standby->address);
}

// What the operator stated on the command line, on record with who and when before anything
// runs: no evidence can be gathered from a host that does not answer.
void CommandLine::recordOperatorWord(const QString &runId, const QString &procedure,
                                     const ProcedureInputs &inputs)
{
    QStringList words;
    for (const QString &node : inputs.attestedFenced)
        words << Tr::tr("fencing attested: %1 is powered off or cut off the network "
                        "(--attest-fenced %1)")
                     .arg(node);
    if (inputs.acceptDataLoss)
        words << Tr::tr("data loss accepted: the standby is promoted even if it lacks commits "
                        "the primary acknowledged (--accept-data-loss)");
    for (const QString &word : std::as_const(words)) {
        AuditEntry entry;
        entry.step = QStringLiteral("Operator's statement");
        entry.outcome = QStringLiteral("decision");
        entry.decision = word;
        recordOnThisMachine(runId, procedure, entry);
    }
}

// An entry of the run made here, not on a node (a statement, the cluster file's change).
void CommandLine::recordOnThisMachine(const QString &runId, const QString &procedure,
                                      AuditEntry entry)
{
    entry.operatorName = operatorName();
    entry.cluster = m_cluster.name;
    entry.runId = runId;
    entry.procedure = procedure;
    entry.host = QStringLiteral("(this machine)");
    QString error;
    if (m_auditWritable && !m_audit->append(entry, &error))
        m_err << "warning: " << error << '\n';
}

// The cluster file changes last, once every step succeeded: the roles the run gave the nodes.
// It is copied to FILE.bak first and replaced atomically; the change goes to the audit log.
bool CommandLine::updateClusterFile(const GlobalOptions &global, const QString &runId,
                                    const QString &procedure)
{
    const Plan &plan = m_session->plan();
    if (!plan.rolesAfter)
        return true;
    QStringList changes;
    for (const auto &[name, role] : plan.rolesAfter()) {
        for (Node &node : m_cluster.nodes) {
            if (node.name == name && node.role != role) {
                changes << QStringLiteral("%1: %2 -> %3")
                               .arg(name, roleName(node.role), roleName(role));
                node.role = role;
            }
        }
    }
    if (changes.isEmpty())
        return true;
    const QString error = ClusterFile::save(m_cluster, global.clusterFile);
    AuditEntry entry;
    entry.step = QStringLiteral("Update the cluster file");
    entry.command = QStringLiteral("write ") + global.clusterFile;
    entry.output =
        changes.join(QLatin1Char('\n')) + (error.isEmpty() ? QString() : QLatin1Char('\n') + error);
    entry.outcome = error.isEmpty() ? QStringLiteral("succeeded") : QStringLiteral("failed");
    recordOnThisMachine(runId, procedure, entry);
    if (!error.isEmpty()) {
        m_err << Tr::tr("The run succeeded, but the cluster file %1 could not be updated (%2); "
                        "change the roles by hand: %3")
                     .arg(global.clusterFile, error, changes.join(QLatin1String("; ")))
              << '\n';
        return false;
    }
    m_out << Tr::tr("Cluster file %1 updated (the previous one is %1.bak): %2")
                 .arg(global.clusterFile, changes.join(QLatin1String("; ")))
          << '\n';
    return true;
}

} // namespace iha
