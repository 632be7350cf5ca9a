#include "app/AuditExport.h"
#include "app/AuditKeys.h"
#include "app/AuditStoreLocation.h"
#include "app/CommandLine.h"
#include "app/CommandLineSupport.h"
#include "app/ExitCode.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

namespace iha {

using cli::operatorName;
using cli::SubcommandParser;
using cli::Tr;

QString CommandLine::auditPath(const GlobalOptions &global) const
{
    if (!global.store.isEmpty())
        return global.store;
    if (!global.auditDb.isEmpty())
        return global.auditDb;
    // The team's store, when the operator set one (the GUI's settings are the same).
    if (const QString store = QSettings().value(QStringLiteral("team/store")).toString();
        !store.isEmpty())
        return store;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/audit.sqlite");
}

void CommandLine::openAudit(const GlobalOptions &global, std::function<void(const QString &)> ready,
                            bool warnOfAnotherLog)
{
    m_auditWritable = false;
    const QString location = auditPath(global);
    AuditKeys::loadStorePassword(
        secretStore(), location,
        [this, location, ready, warnOfAnotherLog](const QString &passwordProblem) {
            QString error = passwordProblem;
            if (error.isEmpty())
                m_audit = AuditLog::open(location, &error);
            if (!m_audit)
                return ready(error);
            m_audit->setNoticeHandler(
                [this](const QString &text) { m_err << Tr::tr("warning: %1").arg(text) << '\n'; });
            loadAuditKey(ready, warnOfAnotherLog);
        });
}

void CommandLine::loadAuditKey(std::function<void(const QString &)> ready, bool warnOfAnotherLog)
{
    AuditKeys::loadKey(secretStore(), *m_audit,
                       [this, ready, warnOfAnotherLog](const std::optional<SecretResult> &problem) {
                           m_auditWritable = !problem;
                           // A log that replaced the one remembered here is said, with or without
                           // its key, and the work goes on: it is recorded in this log all the
                           // same.
                           AuditKeys::checkIdentity(
                               secretStore(), *m_audit,
                               [this, ready, warnOfAnotherLog, problem](const QString &identity) {
                                   m_auditIdentityProblem = identity;
                                   if (warnOfAnotherLog && !identity.isEmpty())
                                       m_err << Tr::tr("warning: %1").arg(identity) << '\n';
                                   ready(problem ? problem->message : QString());
                               });
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
        return usageError(
            Tr::tr("audit: missing action; one of export, verify, adopt, key, migrate"));
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
    if (action == QLatin1String("key")) {
        if (const QString error = sub.parse(args.mid(1), 1, 1); !error.isEmpty())
            return usageError(error);
        return auditKey(global, sub.parser().positionalArguments().constFirst());
    }
    if (action == QLatin1String("migrate")) {
        sub.parser().addOption({QStringLiteral("to"),
                                Tr::tr("The store to copy the log into (a file or a URL)."),
                                Tr::tr("FILE|URL")});
        if (const QString error = sub.parse(args.mid(1), 0, 0); !error.isEmpty())
            return usageError(error);
        const QString to = sub.parser().value(QStringLiteral("to"));
        if (to.isEmpty())
            return usageError(Tr::tr("audit migrate: --to FILE|URL is required"));
        return migrateAudit(global, to);
    }
    if (action == QLatin1String("verify") || action == QLatin1String("adopt")) {
        if (const QString error = sub.parse(args.mid(1), 0, 0); !error.isEmpty())
            return usageError(error);
        return action == QLatin1String("verify") ? verifyAudit(global) : adoptAudit(global);
    }
    return usageError(
        Tr::tr("audit: unknown action \"%1\"; one of export, verify, adopt, key, migrate")
            .arg(action));
}

int CommandLine::verifyAudit(const GlobalOptions &global)
{
    // A log that is gone is not verified as a new, empty one: the keychain says whether one
    // was there.
    const QString path = auditPath(global);
    if (!AuditStoreLocation::isUrl(path) && !QFileInfo::exists(path)) {
        AuditKeys::rememberedAt(
            secretStore(), path,
            [this, path](const std::optional<QString> &remembered,
                         const std::optional<SecretResult> &problem) {
                m_err << path << ": "
                      << (problem ? Tr::tr("there is no audit log here (and the keychain "
                                           "cannot say whether there was one: %1)")
                                        .arg(problem->message)
                          : remembered ? Tr::tr("MISSING: the keychain remembers the audit log "
                                                "%1 here; it was deleted or moved")
                                             .arg(*remembered)
                                       : Tr::tr("there is no audit log here yet"))
                      << '\n';
                emit finished(ExitStepFailed);
            });
        return Pending;
    }
    openAudit(
        global,
        [this](const QString &problem) {
            if (!m_audit) {
                m_err << "inmanta-ha-cli: " << problem << '\n';
                return emit finished(ExitUsage);
            }
            if (!m_auditWritable) {
                m_err << "inmanta-ha-cli: "
                      << Tr::tr("cannot verify the audit log: %1").arg(problem) << '\n';
                if (!m_auditIdentityProblem.isEmpty())
                    m_err << m_audit->path() << ": " << m_auditIdentityProblem << '\n';
                return emit finished(m_auditIdentityProblem.isEmpty() ? ExitRefused
                                                                      : ExitStepFailed);
            }
            AuditKeys::readHead(
                secretStore(), *m_audit,
                [this](const std::optional<AuditHead> &head,
                       const std::optional<SecretResult> &headProblem) {
                    if (headProblem) {
                        m_err << "inmanta-ha-cli: " << headProblem->message << '\n';
                        return emit finished(ExitRefused);
                    }
                    const AuditLog::Verification v = m_audit->verify(head);
                    (v.intact ? m_out : m_err) << m_audit->path() << ": " << v.message << '\n';
                    if (!m_auditIdentityProblem.isEmpty())
                        m_err << m_audit->path() << ": " << m_auditIdentityProblem << '\n';
                    m_out.flush();
                    m_err.flush();
                    emit finished(v.intact && m_auditIdentityProblem.isEmpty() ? ExitSuccess
                                                                               : ExitStepFailed);
                });
        },
        false);
    return Pending;
}

int CommandLine::adoptAudit(const GlobalOptions &global)
{
    openAudit(
        global,
        [this](const QString &problem) {
            if (!m_audit || !m_auditWritable) {
                m_err << "inmanta-ha-cli: " << Tr::tr("cannot adopt the audit log: %1").arg(problem)
                      << '\n';
                return emit finished(m_audit ? ExitRefused : ExitUsage);
            }
            if (m_auditIdentityProblem.isEmpty()) {
                m_out << Tr::tr("%1 is already the audit log the keychain remembers there")
                             .arg(m_audit->path())
                      << '\n';
                return emit finished(ExitSuccess);
            }
            AuditKeys::rememberedAt(
                secretStore(), m_audit->path(),
                [this](const std::optional<QString> &earlier,
                       const std::optional<SecretResult> &readProblem) {
                    if (readProblem || !earlier) {
                        m_err << "inmanta-ha-cli: " << m_auditIdentityProblem << '\n';
                        return emit finished(ExitRefused);
                    }
                    // On record in the new log first: who adopted it, in place of which log.
                    AuditEntry adopted;
                    adopted.operatorName = operatorName();
                    adopted.step = QStringLiteral("audit log adopted at %1").arg(m_audit->path());
                    adopted.outcome = QStringLiteral("decision");
                    adopted.decision =
                        QStringLiteral("this log replaces log %1, which the keychain "
                                       "remembered at this path")
                            .arg(*earlier);
                    QString error;
                    if (!m_audit->append(adopted, &error)) {
                        m_err << "inmanta-ha-cli: " << error << '\n';
                        return emit finished(ExitStepFailed);
                    }
                    AuditKeys::rememberIdentity(
                        secretStore(), *m_audit, [this](const SecretResult &r) {
                            if (!r.ok()) {
                                m_err << "inmanta-ha-cli: " << r.message << '\n';
                                return emit finished(ExitStepFailed);
                            }
                            AuditKeys::storeHead(secretStore(), *m_audit,
                                                 [this](const SecretResult &) {
                                                     m_out << Tr::tr("%1 is now the audit log the "
                                                                     "keychain remembers there")
                                                                  .arg(m_audit->path())
                                                           << '\n';
                                                     emit finished(ExitSuccess);
                                                 });
                        });
                });
        },
        false);
    return Pending;
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
                if (!m_auditIdentityProblem.isEmpty()) {
                    info.verified = false;
                    info.verification += QStringLiteral("; ") + m_auditIdentityProblem;
                }
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
