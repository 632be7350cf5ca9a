#include "app/AuditExport.h"
#include "app/AuditKeys.h"
#include "app/CommandLine.h"
#include "app/CommandLineSupport.h"
#include "app/ExitCode.h"

#include <QStandardPaths>
#include <QTextStream>

namespace iha {

using cli::operatorName;
using cli::SubcommandParser;
using cli::Tr;

QString CommandLine::auditPath(const GlobalOptions &global) const
{
    if (!global.auditDb.isEmpty())
        return global.auditDb;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/audit.sqlite");
}

void CommandLine::openAudit(const GlobalOptions &global, std::function<void(const QString &)> ready)
{
    QString error;
    m_audit = AuditLog::open(auditPath(global), &error);
    m_auditWritable = false;
    if (!m_audit)
        return ready(error);
    AuditKeys::loadKey(secretStore(), *m_audit,
                       [this, ready](const std::optional<SecretResult> &problem) {
                           m_auditWritable = !problem;
                           ready(problem ? problem->message : QString());
                       });
}

void CommandLine::recordHostKeyDecision(const QString &runId, const QString &procedure,
                                        const ConnectReport &report)
{
    AuditEntry decision =
        cli::hostKeyDecision(m_cluster.name, report.hostKey,
                             QStringLiteral("(--accept-new-host-keys)"), report.hostKey.source);
    decision.runId = runId;
    decision.procedure = procedure;
    QString error;
    if (m_auditWritable && !m_audit->append(decision, &error))
        m_err << "warning: " << error << '\n';
}

void CommandLine::recordCheck(const QString &runId, const SshTarget &target, bool ok,
                              const QStringList &lines, const ConnectReport &report)
{
    if (!m_auditWritable)
        return;
    AuditEntry base;
    base.operatorName = operatorName();
    base.cluster = m_cluster.name;
    base.runId = runId;
    base.procedure = QStringLiteral("check");
    base.host = target.nodeName;
    if (report.hostKey.acceptedNow)
        recordHostKeyDecision(runId, base.procedure, report);
    QList<AuditEntry> entries;
    AuditEntry result = base;
    result.step = QStringLiteral("pre-flight check of %1").arg(target.label());
    result.outcome = ok ? QStringLiteral("succeeded") : QStringLiteral("failed");
    result.output = lines.join(QLatin1Char('\n'));
    entries << result;
    QString error;
    if (!m_audit->appendAll(entries, &error))
        m_err << "warning: " << error << '\n';
}

int CommandLine::audit(const GlobalOptions &global, const QStringList &args)
{
    if (args.isEmpty())
        return usageError(Tr::tr("audit: missing action; one of export, verify"));
    const QString action = args.constFirst();
    SubcommandParser sub(QStringLiteral("audit ") + action);
    if (action == QLatin1String("export")) {
        sub.parser().addOptions({
            {QStringLiteral("format"), Tr::tr("html, pdf or json."), Tr::tr("FORMAT")},
            {QStringLiteral("output"), Tr::tr("The report file to write."), Tr::tr("FILE")},
            {QStringLiteral("run"), Tr::tr("Only this run."), Tr::tr("RUN_ID")},
        });
        if (const QString error = sub.parse(args.mid(1), 0, 0); !error.isEmpty())
            return usageError(error);
        const QString format = sub.parser().value(QStringLiteral("format"));
        if (!AuditExport::formatByName(format))
            return usageError(Tr::tr("audit export: --format must be html, pdf or json"));
        const QString output = sub.parser().value(QStringLiteral("output"));
        if (output.isEmpty())
            return usageError(Tr::tr("audit export: --output FILE is required"));
        const QString run = sub.parser().value(QStringLiteral("run"));
        openAudit(global, [this, format, output, run](const QString &problem) {
            if (!m_audit) {
                m_err << "inmanta-ha-cli: " << problem << '\n';
                return emit finished(ExitUsage);
            }
            exportAudit(format, output, run, problem);
        });
        return Pending;
    }
    if (action == QLatin1String("verify")) {
        if (const QString error = sub.parse(args.mid(1), 0, 0); !error.isEmpty())
            return usageError(error);
        openAudit(global, [this](const QString &problem) {
            if (!m_audit) {
                m_err << "inmanta-ha-cli: " << problem << '\n';
                return emit finished(ExitUsage);
            }
            if (!m_auditWritable) {
                m_err << "inmanta-ha-cli: "
                      << Tr::tr("cannot verify the audit log: %1").arg(problem) << '\n';
                return emit finished(ExitRefused);
            }
            AuditKeys::readHead(secretStore(), *m_audit,
                                [this](const std::optional<AuditHead> &head,
                                       const std::optional<SecretResult> &headProblem) {
                                    if (headProblem) {
                                        m_err << "inmanta-ha-cli: " << headProblem->message << '\n';
                                        return emit finished(ExitRefused);
                                    }
                                    const AuditLog::Verification v = m_audit->verify(head);
                                    (v.intact ? m_out : m_err)
                                        << m_audit->path() << ": " << v.message << '\n';
                                    m_out.flush();
                                    m_err.flush();
                                    emit finished(v.intact ? ExitSuccess : ExitStepFailed);
                                });
        });
        return Pending;
    }
    return usageError(Tr::tr("audit: unknown action \"%1\"; one of export, verify").arg(action));
}

void CommandLine::exportAudit(const QString &format, const QString &output, const QString &run,
                              const QString &keyProblem)
{
    // Without the key, or the head it is checked against, the report is still written, saying
    // why it could not be verified.
    AuditKeys::readHead(
        secretStore(), *m_audit,
        [=](const std::optional<AuditHead> &head, const std::optional<SecretResult> &headProblem) {
            const QString problem =
                m_auditWritable ? (headProblem ? headProblem->message : QString()) : keyProblem;
            // Verified and read in one snapshot of the log: a run appending
            // meanwhile is neither reported unverified nor half-reported.
            const AuditLogEntries entries(*m_audit, run);
            AuditReportInfo info;
            QString error;
            const QString snapshotProblem = m_audit->inOneSnapshot([&] {
                info = AuditExport::describe(*m_audit, head, run, problem);
                error =
                    AuditExport::write(*AuditExport::formatByName(format), info, entries, output);
            });
            if (!snapshotProblem.isEmpty())
                error = snapshotProblem;
            if (!error.isEmpty()) {
                m_err << "inmanta-ha-cli: " << error << '\n';
                return emit finished(ExitStepFailed);
            }
            m_out << Tr::tr("Wrote %1: %2 entries; %3")
                         .arg(output)
                         .arg(entries.lastCount())
                         .arg(info.verification)
                  << '\n';
            m_out.flush();
            emit finished(ExitSuccess);
        });
}

} // namespace iha
