#include "app/CommandLine.h"

#include "app/AuditStoreLocation.h"
#include "app/CommandLineSupport.h"
#include "app/ExitCode.h"
#include "app/KeychainSecretStore.h"
#include "app/MetricsServer.h"
#include "app/PracticeCluster.h"
#include "app/ProcedureRun.h"
#include "app/StatusMonitor.h"
#include "models/ClusterFile.h"
#include "models/KnownHosts.h"
#include "models/Procedure.h"
#include "models/SecretBinding.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <termios.h>
#include <unistd.h>

namespace iha {

using cli::SubcommandParser;
using cli::Tr;

namespace {

const char *const kUsage = QT_TRANSLATE_NOOP(
    "CommandLine",
    "Usage: inmanta-ha-cli [--cluster FILE] [--audit-db FILE | --store URL] [--known-hosts FILE]\n"
    "                      [--host-key NODE=SHA256:...] COMMAND ...\n"
    "\n"
    "Commands:\n"
    "  validate                        check the cluster file and print a summary\n"
    "  check [--accept-new-host-keys]  pre-flight reachability of every node\n"
    "  plan PROCEDURE [options]        print every step and its exact command; run nothing\n"
    "  run PROCEDURE [--yes] [--accept-new-host-keys] [--resume RUN_ID] [options]\n"
    "  status [--format text|json|nagios|prometheus] [--warn-lag SIZE] ...\n"
    "                                  the state of the cluster (nagios: exit 0-3)\n"
    "  exporter --listen ADDR:PORT [--interval SECONDS]\n"
    "                                  serve Prometheus metrics at /metrics\n"
    "  secret set|delete|check NAME    manage a secret in the OS keychain (value on stdin)\n"
    "  secret confirm NAME             let a secret go where this cluster file sends it\n"
    "  audit export --format html|pdf|json --output FILE [--run RUN_ID]\n"
    "  audit verify                    re-check the audit log's hash chain\n"
    "  audit adopt                     accept a new audit log in place of a deleted one\n"
    "  audit key export|import         share the audit log's key with a teammate (stdout/stdin)\n"
    "  audit migrate --to FILE|URL     copy the audit log to another store, and verify the copy\n"
    "  team password                   the --store role's password, into the keychain (stdin)\n"
    "  team status                     who runs what now, and the team's recent runs\n"
    "  team publish                    publish --cluster FILE to the store (refused on conflict)\n"
    "  team open NAME --output FILE    a published cluster file [--version N]\n"
    "  team clusters | history NAME    the published clusters, and who changed them\n"
    "  lock status                     who holds the cluster lock, on every node\n"
    "  lock release RUN_ID             release the lock a failed or cancelled run kept\n"
    "  practice up|status|down         a practice cluster on this machine (up prints its file)\n"
    "\n"
    "--store postgresql://ROLE@HOST[:PORT]/DATABASE[?sslrootcert=FILE]: the team's shared\n"
    "audit log, run lock and clusters (TLS verified; default: the setting team/store, else\n"
    "the local SQLite file).\n"
    "\n"
    "Procedures: %1\n"
    "\n"
    "Exit codes: 0 success, 1 a step failed, 2 usage or invalid input,\n"
    "            3 refused by a safety or pre-flight check, 4 cancelled.\n");

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{}

CommandLine::~CommandLine() = default;

bool CommandLine::cancel()
{
    if (m_metrics) { // the exporter: a stop is its normal end
        emit finished(ExitSuccess);
        return true;
    }
    if (!m_run)
        return false;
    m_err << Tr::tr("Cancelling: the running command is stopped; the run can be resumed.") << '\n';
    m_err.flush();
    m_run->cancel();
    return true;
}

SecretStore &CommandLine::secretStore()
{
    if (!m_secretStore) {
        m_ownSecretStore = std::make_unique<KeychainSecretStore>();
        m_secretStore = m_ownSecretStore.get();
    }
    return *m_secretStore;
}

void CommandLine::readClusterSecrets(
    const QStringList &keys, bool quiet,
    std::function<void(const QHash<QString, QString> &, const std::optional<SecretResult> &)> done)
{
    SecretBinding::readKeys(
        secretStore(), m_cluster, keys,
        [this, quiet, done](const QHash<QString, QString> &found,
                            const QList<SecretBinding::Withheld> &withheld,
                            const std::optional<SecretResult> &problem) {
            for (const SecretBinding::Withheld &w : withheld) {
                if (!quiet)
                    m_err << Tr::tr("warning: held back: %1; %2")
                                 .arg(SecretBinding::describe(w),
                                      SecretBinding::confirmHint(m_clusterPath, w))
                          << '\n';
            }
            done(found, problem);
        });
}

QString CommandLine::readSecretValue(const QString &name)
{
    QFile stdinFile;
    QIODevice *input = m_input;
    const bool terminal = !m_input && isatty(STDIN_FILENO);
    termios saved{};
    if (!input) {
        stdinFile.open(stdin, QIODevice::ReadOnly);
        input = &stdinFile;
    }
    if (terminal) {
        // Typed, not piped: ask, and keep the value off the screen.
        m_err << Tr::tr("Value for %1 (not shown): ").arg(name);
        m_err.flush();
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QByteArray line = input->readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        m_err << '\n';
    }
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption clusterOption(QStringLiteral("cluster"), Tr::tr("The cluster file."),
                                           Tr::tr("FILE"));
    const QCommandLineOption auditOption(QStringLiteral("audit-db"), Tr::tr("The audit database."),
                                         Tr::tr("FILE"));
    const QCommandLineOption storeOption(QStringLiteral("store"),
                                         Tr::tr("The team's shared store (postgresql://...)."),
                                         Tr::tr("URL"));
    const QCommandLineOption knownHostsOption(
        QStringLiteral("known-hosts"), Tr::tr("The product's known_hosts file."), Tr::tr("FILE"));
    const QCommandLineOption hostKeyOption(
        QStringLiteral("host-key"),
        Tr::tr("The only host key NODE may present (as ssh-keygen -lf prints it); repeatable."),
        Tr::tr("NODE=SHA256:..."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        Tr::tr("Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), Tr::tr("Show the version."));
    parser.addOptions({clusterOption, auditOption, storeOption, knownHostsOption, hostKeyOption,
                       helpOption, versionOption});

    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList{QStringLiteral("inmanta-ha-cli")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << Tr::tr(kUsage).arg(procedureCliNames().join(QLatin1String(", ")));
        return ExitSuccess;
    }
    if (parser.isSet(versionOption)) {
        m_out << "inmanta-ha-cli " << IHA_VERSION << '\n';
        return ExitSuccess;
    }
    QStringList rest = parser.positionalArguments();
    if (rest.isEmpty())
        return usageError(Tr::tr("no command given"));

    if (parser.isSet(auditOption) && parser.isSet(storeOption))
        return usageError(Tr::tr("--audit-db and --store name two stores; pass one"));
    if (parser.isSet(storeOption) && !AuditStoreLocation::isUrl(parser.value(storeOption)))
        return usageError(Tr::tr("--store %1: not a postgresql:// URL (a local file is "
                                 "--audit-db FILE)")
                              .arg(parser.value(storeOption)));
    const GlobalOptions global{parser.value(clusterOption), parser.value(auditOption),
                               parser.value(storeOption), parser.value(knownHostsOption),
                               parser.values(hostKeyOption)};
    const QString command = rest.takeFirst();
    using Handler = int (CommandLine::*)(const GlobalOptions &, const QStringList &);
    const std::pair<const char *, Handler> commands[] = {
        {"validate", &CommandLine::validate}, {"check", &CommandLine::check},
        {"plan", &CommandLine::plan},         {"run", &CommandLine::runProcedure},
        {"status", &CommandLine::status},     {"secret", &CommandLine::secret},
        {"audit", &CommandLine::audit},       {"lock", &CommandLine::lock},
        {"exporter", &CommandLine::exporter}, {"practice", &CommandLine::practice},
        {"team", &CommandLine::team},
    };
    for (const auto &[name, handler] : commands) {
        if (command == QLatin1String(name))
            return (this->*handler)(global, rest);
    }
    return usageError(Tr::tr("unknown command \"%1\"").arg(command));
}

QString CommandLine::pinHostKeys(const QStringList &pins)
{
    for (const QString &pin : pins) {
        const QString nodeName = pin.section(QLatin1Char('='), 0, 0);
        const QString fingerprint = pin.section(QLatin1Char('='), 1);
        const auto node = std::find_if(m_cluster.nodes.begin(), m_cluster.nodes.end(),
                                       [&](const Node &n) { return n.name == nodeName; });
        if (node == m_cluster.nodes.end())
            return Tr::tr("--host-key %1: the cluster has no node \"%2\"").arg(pin, nodeName);
        if (!HostKey::isFingerprint(fingerprint))
            return Tr::tr("--host-key %1: %2").arg(pin, HostKey::notAFingerprint(fingerprint));
        node->ssh.hostKey = fingerprint;
    }
    return {};
}

int CommandLine::usageError(const QString &message)
{
    m_err << "inmanta-ha-cli: " << message << '\n'
          << Tr::tr("Run inmanta-ha-cli --help for the commands and their options.") << '\n';
    return ExitUsage;
}

int CommandLine::loadCluster(const GlobalOptions &global, bool printSummary)
{
    if (global.clusterFile.isEmpty())
        return usageError(Tr::tr("no cluster file: pass --cluster FILE"));
    const ClusterReadResult result = ClusterFile::load(global.clusterFile);
    int errors = 0;
    for (const Diagnostic &d : result.diagnostics) {
        if (d.isError()) {
            ++errors;
            m_err << Tr::tr("error: %1").arg(d.toString()) << '\n';
        } else {
            m_err << Tr::tr("warning: %1").arg(d.toString()) << '\n';
        }
    }
    if (errors > 0) {
        // Singular and plural spelled out: in the C locale Qt has no plural rules for %n.
        m_err << (errors == 1
                      ? Tr::tr("%1: 1 problem found; nothing was run.").arg(global.clusterFile)
                      : Tr::tr("%1: %2 problems found; nothing was run.")
                            .arg(global.clusterFile)
                            .arg(errors))
              << '\n';
        return ExitUsage;
    }
    m_cluster = *result.cluster;
    m_clusterPath = global.clusterFile;
    if (const QString problem = pinHostKeys(global.hostKeys); !problem.isEmpty())
        return usageError(problem);
    if (printSummary) {
        const Cluster &cluster = m_cluster;
        const auto count = cluster.nodes.size();
        m_out << (count == 1 ? Tr::tr("Cluster \"%1\": 1 node").arg(cluster.name)
                             : Tr::tr("Cluster \"%1\": %2 nodes").arg(cluster.name).arg(count))
              << '\n'
              << Tr::tr("Replication: user %1, slot %2, application name %3, authentication %4")
                     .arg(cluster.replication.user, cluster.replication.slot,
                          cluster.replication.applicationName, cluster.replication.authMethod)
              << '\n';
        for (const Node &node : cluster.nodes) {
            m_out << QStringLiteral("  %1 %2 %3  ssh %4@%3:%5")
                         .arg(node.name, -10)
                         .arg(roleName(node.role), -13)
                         .arg(node.address)
                         .arg(node.ssh.effectiveUser())
                         .arg(node.ssh.port);
            if (node.postgres)
                m_out << Tr::tr("  postgres :%1 %2")
                             .arg(node.postgres->port)
                             .arg(node.postgres->dataDir);
            if (node.inmanta)
                m_out << Tr::tr("  inmanta %1").arg(node.effectiveApiUrl());
            m_out << '\n';
        }
    }
    return ExitSuccess;
}

int CommandLine::validate(const GlobalOptions &global, const QStringList &args)
{
    SubcommandParser sub(QStringLiteral("validate"));
    if (const QString error = sub.parse(args, 0, 0); !error.isEmpty())
        return usageError(error);
    return loadCluster(global, /*printSummary=*/true);
}

} // namespace iha
