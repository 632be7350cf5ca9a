#include "app/CommandLine.h"

#include "app/AuditKeys.h"
#include "app/AuditPdf.h"
#include "app/ConnectionTest.h"
#include "app/ExitCode.h"
#include "app/KeychainSecretStore.h"
#include "app/ProcedureSession.h"
#include "app/SshTargets.h"
#include "app/StatusMonitor.h"
#include "models/AuditReport.h"
#include "models/ClusterFile.h"
#include "models/Procedure.h"
#include "models/SecretBatch.h"
#include "models/SecretNames.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTextStream>
#include <QUuid>
#include <functional>
#include <memory>
#include <pwd.h>
#include <termios.h>
#include <unistd.h>

namespace iha {
namespace {

// Gives lupdate and the runtime the same translation context.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

const char *const kUsage = QT_TRANSLATE_NOOP(
    "CommandLine",
    "Usage: inmanta-ha-cli [--cluster FILE] [--audit-db FILE] [--known-hosts FILE] COMMAND ...\n"
    "\n"
    "Commands:\n"
    "  validate                        check the cluster file and print a summary\n"
    "  check [--accept-new-host-keys]  pre-flight reachability of every node\n"
    "  plan PROCEDURE [options]        print every step and its exact command; run nothing\n"
    "  run PROCEDURE [--yes] [--accept-new-host-keys] [--resume RUN_ID] [options]\n"
    "  status [--json]                 the state of the cluster\n"
    "  secret set|delete|check NAME    manage a secret in the OS keychain (value on stdin)\n"
    "  audit export --format html|pdf|json --output FILE [--run RUN_ID]\n"
    "  audit verify                    re-check the audit log's hash chain\n"
    "\n"
    "Procedures: %1\n"
    "\n"
    "Exit codes: 0 success, 1 a step failed, 2 usage or invalid input,\n"
    "            3 refused by a safety or pre-flight check, 4 cancelled.\n");

// Parses the options of one sub-command; reports unknown options and wrong positional counts.
class SubcommandParser
{
public:
    explicit SubcommandParser(const QString &command)
        : m_command(command)
    {
        m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    }

    QCommandLineParser &parser() { return m_parser; }

    // Returns an empty string on success, else the reason.
    QString parse(const QStringList &args, int minPositional, int maxPositional)
    {
        if (!m_parser.parse(QStringList{QStringLiteral("inmanta-ha-cli")} + args))
            return m_parser.errorText();
        const qsizetype count = m_parser.positionalArguments().size();
        if (count < minPositional)
            return Tr::tr("%1: missing argument").arg(m_command);
        if (count > maxPositional)
            return Tr::tr("%1: unexpected argument \"%2\"")
                .arg(m_command, m_parser.positionalArguments().at(maxPositional));
        return {};
    }

private:
    QString m_command;
    QCommandLineParser m_parser;
};

// "user@machine", as the audit log records who acted.
QString operatorName()
{
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    if (user.isEmpty()) {
        const passwd *entry = getpwuid(getuid());
        user = entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(getuid());
    }
    return user + QLatin1Char('@') + QSysInfo::machineHostName();
}

// The keychain keys of every node's SSH password, key passphrase and sudo password.
QStringList sshSecretKeys(const Cluster &cluster)
{
    QStringList keys;
    for (const Node &node : cluster.nodes) {
        for (const QString &name :
             {SecretNames::sshPassword(node.name), SecretNames::keyPassphrase(node.name),
              SecretNames::sudoPassword(node.name)})
            keys << SecretNames::key(cluster, name);
    }
    return keys;
}

struct CheckState
{
    int remaining = 0;
    int failed = 0;
    bool unknownKeys = false;
};

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{}

CommandLine::~CommandLine() = default;

bool CommandLine::cancel()
{
    if (!m_session)
        return false;
    m_err << Tr::tr("Cancelling: the running command is stopped; the run can be resumed.") << '\n';
    m_err.flush();
    m_session->cancel();
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
    const QCommandLineOption knownHostsOption(
        QStringLiteral("known-hosts"), Tr::tr("The product's known_hosts file."), Tr::tr("FILE"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        Tr::tr("Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), Tr::tr("Show the version."));
    parser.addOptions({clusterOption, auditOption, knownHostsOption, helpOption, versionOption});

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

    const GlobalOptions global{parser.value(clusterOption), parser.value(auditOption),
                               parser.value(knownHostsOption)};
    const QString command = rest.takeFirst();
    using Handler = int (CommandLine::*)(const GlobalOptions &, const QStringList &);
    const std::pair<const char *, Handler> commands[] = {
        {"validate", &CommandLine::validate}, {"check", &CommandLine::check},
        {"plan", &CommandLine::plan},         {"run", &CommandLine::runProcedure},
        {"status", &CommandLine::status},     {"secret", &CommandLine::secret},
        {"audit", &CommandLine::audit},
    };
    for (const auto &[name, handler] : commands) {
        if (command == QLatin1String(name))
            return (this->*handler)(global, rest);
    }
    return usageError(Tr::tr("unknown command \"%1\"").arg(command));
}

int CommandLine::usageError(const QString &message)
{
    m_err << "inmanta-ha-cli: " << message << '\n'
          << Tr::tr("Run inmanta-ha-cli --help for the commands and their options.") << '\n';
    return ExitUsage;
}

int CommandLine::notImplemented(const QString &command)
{
    m_err << "inmanta-ha-cli: "
          << Tr::tr("\"%1\" is not implemented yet in this version; nothing was done.").arg(command)
          << '\n';
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
                                        const SshTarget &target, const ConnectReport &report)
{
    AuditEntry decision;
    decision.operatorName = operatorName();
    decision.cluster = m_cluster.name;
    decision.runId = runId;
    decision.procedure = procedure;
    decision.host = target.nodeName;
    decision.step = QStringLiteral("host key of %1").arg(target.label());
    decision.outcome = QStringLiteral("decision");
    decision.decision =
        QStringLiteral("host key accepted (--accept-new-host-keys) and recorded in %1: %2 %3")
            .arg(report.hostKey.source, report.hostKey.key.type, report.hostKey.key.fingerprint());
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
        recordHostKeyDecision(runId, base.procedure, target, report);
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

QString CommandLine::knownHostsFile(const GlobalOptions &global) const
{
    if (!global.knownHosts.isEmpty())
        return global.knownHosts;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/known_hosts");
}

int CommandLine::check(const GlobalOptions &global, const QStringList &args)
{
    SubcommandParser sub(QStringLiteral("check"));
    const QCommandLineOption acceptOption(QStringLiteral("accept-new-host-keys"),
                                          Tr::tr("Accept and remember unknown host keys."));
    sub.parser().addOption(acceptOption);
    if (const QString error = sub.parse(args, 0, 0); !error.isEmpty())
        return usageError(error);
    if (const int code = loadCluster(global, false); code != ExitSuccess)
        return code;

    SshPolicy policy;
    policy.knownHostsFile = knownHostsFile(global);
    policy.userKnownHostsFile = QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
    policy.acceptNewHostKeys = sub.parser().isSet(acceptOption);

    // The SSH secrets of every node come from the keychain first; without a keychain the
    // check still runs with the agent and unencrypted keys, and says so.
    readSecrets(secretStore(), sshSecretKeys(m_cluster),
                [this, policy, global](const QHash<QString, QString> &secrets,
                                       const std::optional<SecretResult> &problem) {
                    if (problem)
                        m_err << Tr::tr("warning: %1 The check goes on without stored passwords "
                                        "and passphrases.")
                                     .arg(problem->message)
                              << '\n';
                    openAudit(global, [this, policy, secrets](const QString &auditProblem) {
                        if (!auditProblem.isEmpty())
                            m_err << Tr::tr(
                                         "warning: this check is not recorded in the audit log: %1")
                                         .arg(auditProblem)
                                  << '\n';
                        if (m_audit) {
                            for (const QString &secret : secrets)
                                m_audit->redactor().addSecret(secret);
                        }
                        startChecks(policy, secrets);
                    });
                });
    return Pending;
}

void CommandLine::startChecks(const SshPolicy &policy, const QHash<QString, QString> &secrets)
{
    // Every node is checked at once, each on its own thread; a node's block is printed when
    // its checks are done.
    auto state = std::make_shared<CheckState>();
    state->remaining = static_cast<int>(m_cluster.nodes.size());
    const QString runId = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    for (const Node &node : std::as_const(m_cluster.nodes)) {
        SshTarget target = sshTargetFor(node);
        target.password =
            secrets.value(SecretNames::key(m_cluster, SecretNames::sshPassword(node.name)));
        target.keyPassphrase =
            secrets.value(SecretNames::key(m_cluster, SecretNames::keyPassphrase(node.name)));
        target.sudoPassword =
            secrets.value(SecretNames::key(m_cluster, SecretNames::sudoPassword(node.name)));
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

int CommandLine::plan(const GlobalOptions &global, const QStringList &args)
{
    SubcommandParser sub(QStringLiteral("plan"));
    if (const QString error = sub.parse(args, 1, 1); !error.isEmpty())
        return usageError(error);
    const QString procedure = sub.parser().positionalArguments().constFirst();
    const auto info = procedureByCliName(procedure);
    if (!info)
        return usageError(Tr::tr("unknown procedure \"%1\"; one of %2")
                              .arg(procedure, procedureCliNames().join(QLatin1String(", "))));
    if (const int code = loadCluster(global, false); code != ExitSuccess)
        return code;
    if (!ProcedureSession::isImplemented(procedure))
        return notImplemented(QStringLiteral("plan ") + procedure);
    ProcedureInputs inputs;
    inputs.runId = QStringLiteral("<run id>");
    inputs.operatorName = operatorName();
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
        {QStringLiteral("resume"), Tr::tr("Resume a failed or cancelled run from its failed step."),
         Tr::tr("RUN_ID")},
    });
    if (const QString error = sub.parse(args, 1, 1); !error.isEmpty())
        return usageError(error);
    const QString procedure = sub.parser().positionalArguments().constFirst();
    if (!procedureByCliName(procedure))
        return usageError(Tr::tr("unknown procedure \"%1\"; one of %2")
                              .arg(procedure, procedureCliNames().join(QLatin1String(", "))));
    if (const int code = loadCluster(global, false); code != ExitSuccess)
        return code;
    if (!ProcedureSession::isImplemented(procedure))
        return notImplemented(QStringLiteral("run ") + procedure);
    startRun(global, procedure, sub.parser().isSet(QStringLiteral("yes")),
             sub.parser().isSet(QStringLiteral("accept-new-host-keys")),
             sub.parser().value(QStringLiteral("resume")));
    return Pending;
}

void CommandLine::startRun(const GlobalOptions &global, const QString &procedure, bool yes,
                           bool acceptNewHostKeys, const QString &resumeRunId)
{
    const auto refuse = [this](const QString &why, int code = ExitRefused) {
        m_err << "inmanta-ha-cli: " << why << '\n';
        m_err.flush();
        emit finished(code);
    };
    const QStringList keys =
        QStringList{SecretNames::key(m_cluster, SecretNames::kReplicationPassword)} +
        sshSecretKeys(m_cluster);
    readSecrets(
        secretStore(), keys,
        [=](const QHash<QString, QString> &secrets, const std::optional<SecretResult> &problem) {
            if (problem)
                return refuse(problem->message);
            if (!secrets.contains(SecretNames::key(m_cluster, SecretNames::kReplicationPassword)))
                return refuse(Tr::tr("no replication password is stored for cluster %1: store it "
                                     "with `inmanta-ha-cli "
                                     "--cluster FILE secret set replication-password`")
                                  .arg(m_cluster.name));
            // A run that cannot be recorded does not start.
            openAudit(global, [=](const QString &auditProblem) {
                if (!m_auditWritable)
                    return refuse(Tr::tr("the run cannot be recorded in the audit log: %1")
                                      .arg(auditProblem));
                ProcedureSession::Options options;
                options.procedure = procedure;
                options.runId = resumeRunId.isEmpty()
                                    ? QUuid::createUuid().toString(QUuid::WithoutBraces).left(8)
                                    : resumeRunId;
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
                    options.firstStep = record->nextStep;
                }
                options.sshPolicy.knownHostsFile = knownHostsFile(global);
                options.sshPolicy.userKnownHostsFile =
                    QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
                options.sshPolicy.acceptNewHostKeys = acceptNewHostKeys;
                options.auditPath = m_audit->path();
                options.auditKey = m_audit->key();
                options.operatorName = operatorName();
                options.lockDir =
                    QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                    QStringLiteral("/locks");
                m_session = std::make_unique<ProcedureSession>(m_cluster, options);
                ProcedureInputs inputs;
                Plan preview;
                ProcedureSession::buildPlan(m_cluster, procedure, inputs, &preview);
                if (preview.hasDangerousSteps() && !yes)
                    return refuse(Tr::tr("this plan erases data (see `plan %1`): run it again with "
                                         "--yes to confirm")
                                      .arg(procedure));
                m_out << Tr::tr("Run %1: %2 on cluster %3")
                             .arg(options.runId, procedure, m_cluster.name)
                      << '\n';
                m_out.flush();
                if (const QString error = m_session->start(secrets); !error.isEmpty())
                    return refuse(error);
                // Host keys accepted on the way are operator decisions: on record.
                for (SshHost *host : m_session->hosts()) {
                    connect(host, &SshHost::connectionAttempted, this,
                            [this, host, runId = options.runId,
                             procedure](const ConnectReport &report) {
                                if (report.hostKey.acceptedNow)
                                    recordHostKeyDecision(runId, procedure, host->target(), report);
                            });
                }
                Runner *runner = m_session->runner();
                const int total = static_cast<int>(m_session->plan().steps.size());
                auto lastOutput = std::make_shared<QString>();
                connect(runner, &Runner::output, this,
                        [lastOutput](const QString &text) { *lastOutput += text; });
                connect(runner, &Runner::stepStarted, this,
                        [lastOutput](int, bool, const QString &) { lastOutput->clear(); });
                connect(runner, &Runner::stepFinished, this,
                        [this, total, lastOutput](int index, bool preflight, const QString &status,
                                                  const QString &message) {
                            const QString label =
                                preflight ? Tr::tr("pre-flight")
                                          : QStringLiteral("[%1/%2]").arg(index + 1).arg(total);
                            const QString description =
                                preflight ? m_session->plan().preflight.at(index).description
                                          : m_session->plan().steps.at(index).description;
                            m_out << label << ' ' << description << ": " << status << '\n';
                            if (status == QLatin1String("failed")) {
                                m_out << "    " << message << '\n';
                                if (!lastOutput->trimmed().isEmpty())
                                    m_out << "    " << Tr::tr("output:") << '\n'
                                          << lastOutput->trimmed() << '\n';
                            }
                            m_out.flush();
                        });
                connect(runner, &Runner::finished, this,
                        [this, runId = options.runId, procedure](RunOutcome outcome, int,
                                                                 const QString &message) {
                            int code = ExitSuccess;
                            switch (outcome) {
                            case RunOutcome::Succeeded:
                                m_out << Tr::tr("Run %1 succeeded.").arg(runId) << '\n';
                                break;
                            case RunOutcome::Refused:
                                m_err << Tr::tr("Refused before anything changed: %1").arg(message)
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
                                code =
                                    outcome == RunOutcome::Failed ? ExitStepFailed : ExitCancelled;
                                break;
                            }
                            m_out.flush();
                            m_err.flush();
                            AuditKeys::storeHead(
                                secretStore(), *m_audit, [this, code](const SecretResult &stored) {
                                    if (!stored.ok())
                                        m_err << "warning: " << stored.message << '\n';
                                    emit finished(code);
                                });
                        });
            });
        });
}

int CommandLine::status(const GlobalOptions &global, const QStringList &args)
{
    SubcommandParser sub(QStringLiteral("status"));
    sub.parser().addOption({QStringLiteral("json"), Tr::tr("Print the status as JSON.")});
    if (const QString error = sub.parse(args, 0, 0); !error.isEmpty())
        return usageError(error);
    if (const int code = loadCluster(global, false); code != ExitSuccess)
        return code;
    const bool json = sub.parser().isSet(QStringLiteral("json"));
    const QStringList keys =
        QStringList{SecretNames::key(m_cluster, SecretNames::kApiToken)} + sshSecretKeys(m_cluster);
    readSecrets(
        secretStore(), keys,
        [this, global, json](const QHash<QString, QString> &secrets,
                             const std::optional<SecretResult> &problem) {
            if (problem)
                m_err << Tr::tr("warning: %1 The status is read without stored passwords and "
                                "passphrases.")
                             .arg(problem->message)
                      << '\n';
            StatusMonitor::Options options;
            options.sshPolicy.connectTimeoutSeconds = 5; // a dead host is reported, not waited for
            options.sshPolicy.knownHostsFile = knownHostsFile(global);
            options.sshPolicy.userKnownHostsFile =
                QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
            options.apiToken = secrets.value(SecretNames::key(m_cluster, SecretNames::kApiToken));
            for (const Node &node : std::as_const(m_cluster.nodes)) {
                SshTarget target = sshTargetFor(node);
                target.password =
                    secrets.value(SecretNames::key(m_cluster, SecretNames::sshPassword(node.name)));
                target.keyPassphrase = secrets.value(
                    SecretNames::key(m_cluster, SecretNames::keyPassphrase(node.name)));
                target.sudoPassword = secrets.value(
                    SecretNames::key(m_cluster, SecretNames::sudoPassword(node.name)));
                options.targets.insert(node.name, target);
            }
            m_monitor = std::make_unique<StatusMonitor>(m_cluster, options);
            connect(m_monitor.get(), &StatusMonitor::updated, this,
                    [this, json](const ClusterVerdict &verdict) {
                        printStatus(verdict, json);
                        emit finished(verdict.kind == ClusterVerdict::Kind::Healthy
                                          ? ExitSuccess
                                          : ExitStepFailed);
                    });
            m_monitor->pollNow();
        });
    return Pending;
}

void CommandLine::printStatus(const ClusterVerdict &verdict, bool json)
{
    const QHash<QString, NodeStatus> &status = m_monitor->status();
    if (json) {
        QJsonArray nodes;
        for (const Node &node : std::as_const(m_cluster.nodes)) {
            if (!status.contains(node.name))
                continue;
            const NodeStatus &s = status.value(node.name);
            QJsonObject o{{QStringLiteral("name"), node.name},
                          {QStringLiteral("role"), roleName(node.role)},
                          {QStringLiteral("address"), node.address},
                          {QStringLiteral("seen"), s.seen.toString(Qt::ISODate)}};
            if (!s.error.isEmpty())
                o.insert(QStringLiteral("error"), s.error);
            if (node.postgres) {
                o.insert(QStringLiteral("sshReachable"), s.sshReachable);
                o.insert(QStringLiteral("postgresRunning"),
                         s.postgresRunning ? QJsonValue(*s.postgresRunning) : QJsonValue());
                o.insert(QStringLiteral("inRecovery"),
                         s.inRecovery ? QJsonValue(*s.inRecovery) : QJsonValue());
                o.insert(QStringLiteral("standbySignal"), s.standbySignal);
                o.insert(QStringLiteral("controlState"), s.controlState);
                o.insert(QStringLiteral("timeline"), s.timeline);
                QJsonArray replicas;
                for (const NodeStatus::Replica &r : s.replicas)
                    replicas.append(
                        QJsonObject{{QStringLiteral("applicationName"), r.applicationName},
                                    {QStringLiteral("clientAddress"), r.clientAddress},
                                    {QStringLiteral("state"), r.state},
                                    {QStringLiteral("syncState"), r.syncState},
                                    {QStringLiteral("replayLagBytes"), r.replayLagBytes}});
                o.insert(QStringLiteral("replicas"), replicas);
                QJsonArray slotList;
                for (const NodeStatus::Slot &sl : s.replicationSlots)
                    slotList.append(
                        QJsonObject{{QStringLiteral("name"), sl.name},
                                    {QStringLiteral("active"), sl.active},
                                    {QStringLiteral("retainedBytes"), sl.retainedBytes}});
                o.insert(QStringLiteral("slots"), slotList);
            } else {
                o.insert(QStringLiteral("apiHealthy"),
                         s.apiHealthy ? QJsonValue(*s.apiHealthy) : QJsonValue());
                o.insert(QStringLiteral("apiDatabaseHost"), s.apiDatabaseHost);
            }
            nodes.append(o);
        }
        const QJsonObject root{{QStringLiteral("cluster"), m_cluster.name},
                               {QStringLiteral("verdict"), verdictName(verdict.kind)},
                               {QStringLiteral("summary"), verdict.summary},
                               {QStringLiteral("action"), verdict.action},
                               {QStringLiteral("procedure"), verdict.procedure},
                               {QStringLiteral("nodes"), nodes}};
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        m_out << Tr::tr("Cluster %1: %2").arg(m_cluster.name, verdict.summary) << '\n';
        if (!verdict.action.isEmpty())
            m_out << "  " << verdict.action << '\n';
        for (const Node &node : std::as_const(m_cluster.nodes)) {
            if (!status.contains(node.name))
                continue;
            const NodeStatus &s = status.value(node.name);
            QString facts;
            if (!s.error.isEmpty()) {
                facts = s.error;
            } else if (node.postgres) {
                facts = !s.postgresRunning.value_or(false) ? Tr::tr("PostgreSQL stopped")
                        : s.inRecovery.value_or(false)     ? Tr::tr("standby (in recovery)")
                                                           : Tr::tr("accepts writes");
                for (const NodeStatus::Replica &r : s.replicas)
                    facts += Tr::tr("; replica %1 at %2: %3, %4, %5 bytes behind")
                                 .arg(r.applicationName, r.clientAddress, r.state, r.syncState)
                                 .arg(r.replayLagBytes);
                for (const NodeStatus::Slot &sl : s.replicationSlots)
                    facts += Tr::tr("; slot %1 %2")
                                 .arg(sl.name, sl.active ? Tr::tr("active") : Tr::tr("inactive"));
            } else {
                facts = s.apiHealthy.value_or(false)
                            ? Tr::tr("Inmanta server healthy, database %1").arg(s.apiDatabaseHost)
                            : Tr::tr("Inmanta server down or unhealthy");
            }
            m_out << QStringLiteral("  %1 %2 %3\n")
                         .arg(node.name, -8)
                         .arg(roleName(node.role), -13)
                         .arg(facts);
        }
    }
    m_out.flush();
}

int CommandLine::secret(const GlobalOptions &global, const QStringList &args)
{
    SubcommandParser sub(QStringLiteral("secret"));
    if (const QString error = sub.parse(args, 2, 2); !error.isEmpty())
        return usageError(error);
    const QString action = sub.parser().positionalArguments().constFirst();
    const QString name = sub.parser().positionalArguments().at(1);
    if (action != QLatin1String("set") && action != QLatin1String("delete") &&
        action != QLatin1String("check"))
        return usageError(
            Tr::tr("secret: unknown action \"%1\"; one of set, delete, check").arg(action));
    if (const int code = loadCluster(global, false); code != ExitSuccess)
        return code;
    if (const QString problem = SecretNames::check(m_cluster, name); !problem.isEmpty())
        return usageError(QStringLiteral("secret %1: %2").arg(action, problem));
    const QString key = SecretNames::key(m_cluster, name);

    // Keychain trouble is a refusal (exit 3): nothing is ever stored anywhere else.
    const auto fail = [this](const SecretResult &result) {
        m_err << "inmanta-ha-cli: " << result.message << '\n';
        m_err.flush();
        emit finished(result.status == SecretResult::Status::Failed ? ExitStepFailed : ExitRefused);
    };
    if (action == QLatin1String("set")) {
        const QString value = readSecretValue(name);
        if (value.isEmpty())
            return usageError(
                Tr::tr("secret set %1: no value; give it on standard input (first line)")
                    .arg(name));
        secretStore().write(key, value, [this, name, fail](const SecretResult &result) {
            if (!result.ok())
                return fail(result);
            m_out << Tr::tr("%1 is set in the keychain.").arg(name) << '\n';
            m_out.flush();
            emit finished(ExitSuccess);
        });
    } else if (action == QLatin1String("check")) {
        secretStore().read(key, [this, name, fail](const SecretResult &result) {
            if (result.status == SecretResult::Status::NotFound) {
                // A locked keychain hides its items from searches: say so rather than mislead.
                m_out << Tr::tr("%1 is not set (or the keychain is locked).").arg(name) << '\n';
                m_out.flush();
                emit finished(ExitStepFailed);
                return;
            }
            if (!result.ok())
                return fail(result);
            m_out << Tr::tr("%1 is set.").arg(name) << '\n';
            m_out.flush();
            emit finished(ExitSuccess);
        });
    } else {
        secretStore().remove(key, [this, name, fail](const SecretResult &result) {
            if (!result.ok() && result.status != SecretResult::Status::NotFound)
                return fail(result);
            m_out << (result.ok() ? Tr::tr("%1 is deleted.") : Tr::tr("%1 was not set.")).arg(name)
                  << '\n';
            m_out.flush();
            emit finished(ExitSuccess);
        });
    }
    return Pending;
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
        if (format != QLatin1String("html") && format != QLatin1String("pdf") &&
            format != QLatin1String("json"))
            return usageError(Tr::tr("audit export: --format must be html, pdf or json"));
        const QString output = sub.parser().value(QStringLiteral("output"));
        if (output.isEmpty())
            return usageError(Tr::tr("audit export: --output FILE is required"));
        const QString run = sub.parser().value(QStringLiteral("run"));
        // Without the key the report is still written, saying it could not be verified.
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
    AuditKeys::readHead(
        secretStore(), *m_audit,
        [=](const std::optional<AuditHead> &head, const std::optional<SecretResult> &) {
            AuditReportInfo info;
            info.databaseId = m_audit->databaseId();
            info.databasePath = m_audit->path();
            info.exportedAt = QDateTime::currentDateTimeUtc();
            info.exportedBy = operatorName();
            info.runFilter = run;
            info.logHead = m_audit->head();
            info.keychainHead = head;
            info.verification = m_auditWritable ? m_audit->verify(head).message
                                                : Tr::tr("not verified: %1").arg(keyProblem);
            const QList<AuditEntry> entries = m_audit->entries(run);
            QString error;
            if (format == QLatin1String("pdf")) {
                if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
                    error = Tr::tr("a PDF needs the graphical part of Qt; run inmanta-ha-cli "
                                   "itself, not a library call");
                else
                    error = writeAuditPdf(AuditReport::html(info, entries), output);
            } else {
                const QByteArray data = format == QLatin1String("json")
                                            ? AuditReport::json(info, entries)
                                            : AuditReport::html(info, entries).toUtf8();
                QSaveFile file(output);
                if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() ||
                    !file.commit())
                    error = Tr::tr("cannot write %1: %2").arg(output, file.errorString());
            }
            if (!error.isEmpty()) {
                m_err << "inmanta-ha-cli: " << error << '\n';
                return emit finished(ExitStepFailed);
            }
            m_out << Tr::tr("Wrote %1: %2 entries; %3")
                         .arg(output)
                         .arg(entries.size())
                         .arg(info.verification)
                  << '\n';
            m_out.flush();
            emit finished(ExitSuccess);
        });
}

} // namespace iha
