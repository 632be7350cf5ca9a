#include "app/AuditKeys.h"
#include "app/CommandLine.h"
#include "app/CommandLineSupport.h"
#include "app/ConnectionTest.h"
#include "app/ExitCode.h"
#include "app/SshTargets.h"
#include "models/ClusterValidator.h"
#include "models/SecretNames.h"

#include <QTextStream>
#include <QUuid>
#include <memory>

namespace iha {

using cli::operatorName;
using cli::SubcommandParser;
using cli::Tr;

namespace {

struct CheckState
{
    int remaining = 0;
    int failed = 0;
    bool unknownKeys = false;
};

} // namespace

int CommandLine::check(const GlobalOptions &global, const QStringList &args)
{
    SubcommandParser sub(QStringLiteral("check"));
    const QCommandLineOption acceptOption(QStringLiteral("accept-new-host-keys"),
                                          Tr::tr("Accept and remember unknown host keys."));
    const QCommandLineOption showSshConfigOption(
        QStringLiteral("show-ssh-config"),
        Tr::tr("Print the SSH settings of each node, with where each comes from (the cluster "
               "file, ~/.ssh/config and its line, or the default), and connect to nothing."));
    sub.parser().addOption(acceptOption);
    sub.parser().addOption(showSshConfigOption);
    if (const QString error = sub.parse(args, 0, 0); !error.isEmpty())
        return usageError(error);
    if (const int code = loadCluster(global, false); code != ExitSuccess)
        return code;
    if (sub.parser().isSet(showSshConfigOption)) {
        bool unsupported = false;
        const QHash<QString, QStringList> settings = describeSshSettings(m_cluster);
        for (const Node &node : std::as_const(m_cluster.nodes)) {
            m_out << node.name << '\n';
            for (const QString &line : settings.value(node.name)) {
                m_out << "  " << line << '\n';
                unsupported = unsupported || line.startsWith(QLatin1String("NOT SUPPORTED"));
            }
        }
        return unsupported ? ExitUsage : ExitSuccess;
    }

    SshPolicy policy = sshPolicyFor(global.knownHosts);
    policy.acceptNewHostKeys = sub.parser().isSet(acceptOption);

    // The SSH secrets of every node come from the keychain first; without a keychain the
    // check still runs with the agent and unencrypted keys, and says so.
    // The API token too, to say where it would travel unencrypted.
    const QString apiToken = SecretNames::key(m_cluster, SecretNames::kApiToken);
    readClusterSecrets(
        sshSecretKeys(m_cluster) << apiToken, false,
        [this, policy, global, apiToken](const QHash<QString, QString> &secrets,
                                         const std::optional<SecretResult> &problem) {
            if (problem)
                m_err << Tr::tr("warning: %1 The check goes on without stored passwords "
                                "and passphrases.")
                             .arg(problem->message)
                      << '\n';
            QHash<QString, QString> sshSecrets = secrets;
            if (sshSecrets.remove(apiToken) > 0)
                warnOfPlainHttpApis();
            openAudit(global, [this, policy, secrets, sshSecrets](const QString &auditProblem) {
                if (!auditProblem.isEmpty())
                    m_err << Tr::tr("warning: this check is not recorded in the audit log: %1")
                                 .arg(auditProblem)
                          << '\n';
                if (m_audit) {
                    for (const QString &secret : secrets)
                        m_audit->redactor().addSecret(secret);
                }
                startChecks(policy, sshSecrets);
            });
        });
    return Pending;
}

void CommandLine::warnOfPlainHttpApis()
{
    for (const Diagnostic &warning : plainHttpApiWarnings(m_cluster))
        m_err << Tr::tr("warning: %1").arg(warning.message) << '\n';
    m_err.flush();
}

void CommandLine::startChecks(const SshPolicy &policy, const QHash<QString, QString> &secrets)
{
    // Every node is checked at once, each on its own thread; a node's block is printed when
    // its checks are done.
    auto state = std::make_shared<CheckState>();
    state->remaining = static_cast<int>(m_cluster.nodes.size());
    const QString runId = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    const QHash<QString, SshTarget> targets = sshTargetsFor(m_cluster, secrets);
    for (const Node &node : std::as_const(m_cluster.nodes)) {
        const SshTarget target = targets.value(node.name);
        auto *test = new ConnectionTest(node, target, policy, this);
        auto lines = std::make_shared<QStringList>();
        connect(test, &ConnectionTest::checkFinished, this,
                [lines](ConnectionTest::Check check, bool ok, const QString &message) {
                    *lines << QStringLiteral("  %1 %2: %3")
                                  .arg(ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL"),
                                       ConnectionTest::checkName(check), message);
                });
        connect(test, &ConnectionTest::finished, this,
                [this, test, lines, state, target, runId](bool ok, const ConnectReport &report) {
                    m_out << target.label() << '\n' << lines->join(QLatin1Char('\n')) << '\n';
                    m_out.flush();
                    recordCheck(runId, target, ok, *lines, report);
                    if (!ok)
                        ++state->failed;
                    if (report.failure == ConnectReport::Failure::HostKeyUnknown)
                        state->unknownKeys = true;
                    test->deleteLater();
                    if (--state->remaining > 0)
                        return;
                    const int total = static_cast<int>(m_cluster.nodes.size());
                    if (state->failed == 0) {
                        m_out << Tr::tr("All %1 nodes passed the pre-flight check.").arg(total)
                              << '\n';
                    } else {
                        m_err << Tr::tr("%1 of %2 nodes failed the pre-flight check.")
                                     .arg(state->failed)
                                     .arg(total)
                              << '\n';
                        if (state->unknownKeys)
                            m_err << Tr::tr("Unknown host keys were refused. Compare their "
                                            "fingerprints with the hosts' "
                                            "own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub "
                                            "on each host), then "
                                            "run again with --accept-new-host-keys.")
                                  << '\n';
                    }
                    m_out.flush();
                    m_err.flush();
                    const int code = state->failed == 0 ? ExitSuccess : ExitRefused;
                    if (!m_auditWritable)
                        return emit finished(code);
                    AuditKeys::storeHead(secretStore(), *m_audit,
                                         [this, code](const SecretResult &stored) {
                                             if (!stored.ok())
                                                 m_err << "warning: " << stored.message << '\n';
                                             emit finished(code);
                                         });
                });
        test->start();
    }
}

} // namespace iha
