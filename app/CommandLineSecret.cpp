#include "app/AuditKeys.h"
#include "app/CommandLine.h"
#include "app/CommandLineSupport.h"
#include "app/ExitCode.h"
#include "models/AuditedSecretStore.h"
#include "models/SecretBinding.h"
#include "models/SecretNames.h"

#include <QTextStream>

namespace iha {

using cli::operatorName;
using cli::SubcommandParser;
using cli::Tr;

QString CommandLine::endpointsOf(const QString &secretName) const
{
    return SecretBinding::endpoints(m_cluster, secretName).join(QLatin1String(", "));
}

int CommandLine::secret(const GlobalOptions &global, const QStringList &args)
{
    SubcommandParser sub(QStringLiteral("secret"));
    if (const QString error = sub.parse(args, 2, 2); !error.isEmpty())
        return usageError(error);
    const QString action = sub.parser().positionalArguments().constFirst();
    const QString name = sub.parser().positionalArguments().at(1);
    if (action != QLatin1String("set") && action != QLatin1String("delete") &&
        action != QLatin1String("check") && action != QLatin1String("confirm"))
        return usageError(
            Tr::tr("secret: unknown action \"%1\"; one of set, delete, check, confirm")
                .arg(action));
    if (const int code = loadCluster(global, false); code != ExitSuccess)
        return code;
    if (const QString problem = SecretNames::check(m_cluster, name); !problem.isEmpty())
        return usageError(QStringLiteral("secret %1: %2").arg(action, problem));

    // Keychain trouble is a refusal (exit 3): nothing is ever stored anywhere else.
    const auto fail = [this](const SecretResult &result) {
        m_err << "inmanta-ha-cli: " << result.message << '\n';
        m_err.flush();
        emit finished(result.status == SecretResult::Status::Failed ? ExitStepFailed : ExitRefused);
    };
    if (action == QLatin1String("check")) {
        SecretBinding::read(
            secretStore(), m_cluster, {name},
            [this, name, fail](const QHash<QString, QString> &found,
                               const QList<SecretBinding::Withheld> &withheld,
                               const std::optional<SecretResult> &problem) {
                if (problem)
                    return fail(*problem);
                if (!withheld.isEmpty()) {
                    m_out << Tr::tr("%1 is set, but held back from this file: %2; %3")
                                 .arg(name, SecretBinding::describe(withheld.constFirst()),
                                      SecretBinding::confirmHint(m_clusterPath,
                                                                 withheld.constFirst()))
                          << '\n';
                    m_out.flush();
                    return emit finished(ExitStepFailed);
                }
                // A locked keychain hides its items from searches: say so rather than mislead.
                m_out << (found.isEmpty()
                              ? Tr::tr("%1 is not set (or the keychain is locked).").arg(name)
                              : Tr::tr("%1 is set.").arg(name))
                      << '\n';
                m_out.flush();
                emit finished(found.isEmpty() ? ExitStepFailed : ExitSuccess);
            });
        return Pending;
    }
    // A change is recorded in the audit log first (never the value): one that could not be
    // recorded is not made. The log is opened before the value is asked for.
    openAudit(global, [this, action, name, fail](const QString &problem) {
        if (!m_audit || !m_auditWritable) {
            m_err << "inmanta-ha-cli: "
                  << Tr::tr("secret %1 %2: not done, as the audit log could not record it: %3")
                         .arg(action, name, problem)
                  << '\n';
            m_err.flush();
            return emit finished(ExitRefused);
        }
        m_auditedSecrets = std::make_unique<AuditedSecretStore>(
            secretStore(), operatorName(),
            [this](const AuditEntry &entry, std::function<void(const QString &)> recorded) {
                AuditEntry e = entry;
                QString error;
                if (!m_audit->append(e, &error))
                    return recorded(error);
                AuditKeys::storeHead(
                    secretStore(), *m_audit, [this, recorded](const SecretResult &r) {
                        if (!r.ok()) // the entry is in the log: `audit verify` will say the rest
                            m_err << "inmanta-ha-cli: "
                                  << Tr::tr(
                                         "warning: recorded, but the keychain's copy of the audit "
                                         "log's head is not updated: %1")
                                         .arg(r.message)
                                  << '\n';
                        recorded({});
                    });
            });
        const auto report = [this, fail](const SecretResult &result, const QString &done) {
            if (!result.ok())
                return fail(result);
            m_out << done << '\n';
            m_out.flush();
            emit finished(ExitSuccess);
        };
        if (action == QLatin1String("set")) {
            const QString value = readSecretValue(name);
            if (value.isEmpty()) {
                m_err << "inmanta-ha-cli: "
                      << Tr::tr("secret set %1: no value; give it on standard input (first line)")
                             .arg(name)
                      << '\n';
                m_err.flush();
                return emit finished(ExitUsage);
            }
            // Set for this file: it may go where this file sends it.
            SecretBinding::write(
                *m_auditedSecrets, m_cluster, {{name, value}},
                [this, name, report](const QStringList &,
                                     const std::optional<SecretResult> &failed) {
                    report(
                        failed.value_or(SecretResult{SecretResult::Status::Ok, {}, {}}),
                        Tr::tr("%1 is set in the keychain, for %2.").arg(name, endpointsOf(name)));
                });
            return;
        }
        if (action == QLatin1String("confirm")) {
            // Only a secret that is there: confirming nothing would leave a stale binding.
            secretStore().read(SecretNames::key(m_cluster, name), [this, name, report, fail](
                                                                      const SecretResult &found) {
                if (found.status == SecretResult::Status::NotFound) {
                    m_err
                        << "inmanta-ha-cli: "
                        << Tr::tr("secret confirm %1: it is not set; nothing to confirm").arg(name)
                        << '\n';
                    m_err.flush();
                    return emit finished(ExitStepFailed);
                }
                if (!found.ok())
                    return fail(found);
                SecretBinding::confirm(
                    *m_auditedSecrets, m_cluster, {name},
                    [this, name, report](const QStringList &,
                                         const std::optional<SecretResult> &failed) {
                        report(failed.value_or(SecretResult{SecretResult::Status::Ok, {}, {}}),
                               Tr::tr("%1 may now go to %2 (and nowhere else).")
                                   .arg(name, endpointsOf(name)));
                    });
            });
            return;
        }
        SecretBinding::remove(*m_auditedSecrets, m_cluster, name,
                              [this, name, report](const SecretResult &result) {
                                  if (result.status == SecretResult::Status::NotFound) {
                                      m_out << Tr::tr("%1 was not set.").arg(name) << '\n';
                                      m_out.flush();
                                      return emit finished(ExitSuccess);
                                  }
                                  report(result, Tr::tr("%1 is deleted.").arg(name));
                              });
    });
    return Pending;
}

} // namespace iha
