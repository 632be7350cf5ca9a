#include "app/AuditKeys.h"
#include "app/CommandLine.h"
#include "app/CommandLineSupport.h"
#include "app/ExitCode.h"
#include "app/ProcedureRun.h"
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
                 .arg(procedure, m_cluster.displayName(), info->runbookSection)
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
    // A run that cannot be recorded does not start.
    openAudit(global, [=](const QString &auditProblem) {
        if (!m_auditWritable)
            return refuse(
                Tr::tr("the run cannot be recorded in the audit log: %1").arg(auditProblem));
        ProcedureRun::Request request;
        request.cluster = m_cluster;
        request.clusterFile = global.clusterFile;
        request.procedure = procedure;
        request.inputs = operatorInputs;
        request.resumeRunId = resumeRunId;
        request.dangerousConfirmed = yes;
        request.sshPolicy = sshPolicyFor(global.knownHosts);
        request.sshPolicy.acceptNewHostKeys = acceptNewHostKeys;
        request.operatorName = operatorName();
        m_run = std::make_unique<ProcedureRun>(secretStore(), *m_audit, request);
        printRun(*m_run);
        m_run->start();
    });
}

// What a run says, as the terminal shows it: a line per step, the output of a failed one, and
// how to resume.
void CommandLine::printRun(ProcedureRun &run)
{
    const QString procedure = run.request().procedure;
    connect(&run, &ProcedureRun::notStarted, this,
            [this, &run](const QString &why, bool badRequest) {
                m_err << "inmanta-ha-cli: " << why << '\n';
                m_err.flush();
                emit finished(run.cancelRequested() ? ExitCancelled
                              : badRequest          ? ExitUsage
                                                    : ExitRefused);
            });
    connect(&run, &ProcedureRun::started, this,
            [this, procedure](const QString &runId, const QString &resumeNote) {
                m_out << Tr::tr("Run %1: %2 on cluster %3")
                             .arg(runId, procedure, m_cluster.displayName())
                      << '\n';
                if (!resumeNote.isEmpty())
                    m_out << resumeNote << '\n';
                m_out.flush();
            });
    // Host keys accepted on the way are operator decisions: on record.
    connect(&run, &ProcedureRun::hostKeyAccepted, this,
            [this, &run, procedure](const ConnectReport &report) {
                // Every key the blanket flag took is said, for the operator to compare.
                m_err << Tr::tr("%1: unknown host key accepted (--accept-new-host-keys) and "
                                "recorded: %2 %3")
                             .arg(report.hostKey.nodeName, report.hostKey.key.type,
                                  report.hostKey.key.fingerprint())
                      << '\n';
                recordHostKeyDecision(run.runId(), procedure, report);
            });
    auto lastOutput = std::make_shared<QString>();
    auto notes = std::make_shared<QStringList>();
    connect(&run, &ProcedureRun::output, this,
            [lastOutput](const QString &text) { *lastOutput += text; });
    connect(&run, &ProcedureRun::noted, this, [notes](const QString &text) { *notes << text; });
    // Notes come with the step they were made in; one made between steps (a teammate's run
    // found interrupted, the team's store lost) is said before the next.
    connect(&run, &ProcedureRun::stepStarted, this,
            [this, lastOutput, notes](int, bool, const QString &) {
                lastOutput->clear();
                for (const QString &note : std::as_const(*notes))
                    m_out << note << '\n';
                notes->clear();
            });
    connect(&run, &ProcedureRun::stepFinished, this,
            [this, &run, lastOutput, notes](int index, bool preflight, const QString &status,
                                            const QString &message) {
                const Plan &plan = run.plan();
                const QString label =
                    preflight ? Tr::tr("pre-flight")
                              : QStringLiteral("[%1/%2]").arg(index + 1).arg(plan.steps.size());
                const QString description = preflight ? plan.preflight.at(index).description
                                                      : plan.steps.at(index).description;
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
    connect(&run, &ProcedureRun::clusterFileUpdated, this,
            [this, &run](const Cluster &, const QStringList &changes, const QString &error) {
                const QString file = run.request().clusterFile;
                if (!error.isEmpty())
                    m_err << Tr::tr("The run succeeded, but the cluster file %1 could not be "
                                    "updated (%2); change the roles by hand: %3")
                                 .arg(file, error, changes.join(QLatin1String("; ")))
                          << '\n';
                else
                    m_out << Tr::tr("Cluster file %1 updated (the previous one is %1.bak): %2")
                                 .arg(file, changes.join(QLatin1String("; ")))
                          << '\n';
                m_clusterFileFailed = !error.isEmpty();
            });
    connect(&run, &ProcedureRun::finished, this,
            [this, &run, procedure, notes](RunOutcome outcome, int, const QString &message,
                                           const QString &headProblem) {
                const QString runId = run.runId();
                for (const QString &note : std::as_const(*notes)) // from the end
                    m_out << note << '\n';
                int code = ExitSuccess;
                switch (outcome) {
                case RunOutcome::Succeeded:
                    m_out << Tr::tr("Run %1 succeeded.").arg(runId) << '\n';
                    if (m_clusterFileFailed)
                        code = ExitStepFailed;
                    break;
                case RunOutcome::Refused:
                    // A resumed run's refusal changes nothing now; what the run it resumes
                    // did stays done.
                    m_err << (!run.request().resumeRunId.isEmpty()
                                  ? Tr::tr("Refused; this attempt changed nothing, what run %1 "
                                           "did before stays: %2")
                                        .arg(runId, message)
                                  : Tr::tr("Refused before anything changed: %1").arg(message))
                          << '\n';
                    code = ExitRefused;
                    break;
                case RunOutcome::Failed:
                case RunOutcome::Cancelled:
                    m_err << (outcome == RunOutcome::Failed ? Tr::tr("Run %1 stopped: %2")
                                                            : Tr::tr("Run %1 was cancelled: %2"))
                                 .arg(runId, message)
                          << '\n'
                          << Tr::tr("Fix the cause, then resume with: inmanta-ha-cli --cluster "
                                    "FILE run %1 --resume %2")
                                 .arg(procedure, runId)
                          << '\n';
                    // A safety check inside a step (fencing judged again right before
                    // pg_ctl promote) refuses, as the pre-flight does.
                    code = outcome == RunOutcome::Cancelled              ? ExitCancelled
                           : message.contains(QLatin1String("REFUSED:")) ? ExitRefused
                                                                         : ExitStepFailed;
                    break;
                }
                if (!headProblem.isEmpty())
                    m_err << "warning: " << headProblem << '\n';
                m_out.flush();
                m_err.flush();
                emit finished(code);
            });
}

} // namespace iha
