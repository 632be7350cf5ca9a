#include "app/SshWorker.h"

#include "models/PersistentShell.h"
#include "models/ShellQuote.h"

#include <QCoreApplication>
#include <utility>

namespace iha {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SshWorker)
};

} // namespace

void SshCancelBoard::cancel(quint64 id)
{
    QMutexLocker lock(&mutex);
    cancelled.insert(id);
    if (runningId == id)
        cancelRunning = true;
}

bool SshCancelBoard::start(quint64 id)
{
    QMutexLocker lock(&mutex);
    if (cancelled.remove(id) || shuttingDown)
        return false;
    runningId = id;
    cancelRunning = false;
    return true;
}

void SshCancelBoard::shutDown()
{
    // Under the lock: a command starting at this moment is then either refused or cancelled.
    QMutexLocker lock(&mutex);
    shuttingDown = true;
    cancelRunning = true;
}

void SshCancelBoard::done(quint64 id)
{
    QMutexLocker lock(&mutex);
    if (runningId == id)
        runningId = 0;
    cancelled.remove(id);
}

SshWorker::SshWorker(SshTarget target, SshPolicy policy, std::shared_ptr<SshCancelBoard> board)
    : m_target(std::move(target))
    , m_policy(std::move(policy))
    , m_board(std::move(board))
{}

SshWorker::~SshWorker() = default;

void SshWorker::shutdown()
{
    m_connection.reset();
}

ConnectReport SshWorker::connect()
{
    m_privilege.reset();
    m_privilegeProblem.reset();
    QString error;
    m_connection = createSshSession(m_target, m_policy, &error);
    ConnectReport report;
    if (!m_connection) {
        report.failure = ConnectReport::Failure::Unreachable;
        report.message = m_target.describe(error);
    } else {
        report = m_connection->open();
    }
    emit connectionAttempted(report);
    return report;
}

std::optional<QString> SshWorker::ensureConnected(quint64 id)
{
    if (m_connection && m_connection->isOpen())
        return std::nullopt;
    const bool askedMeanwhile = m_failedOpen && id <= m_failedOpenCovers;
    const ConnectReport report = askedMeanwhile ? *m_failedOpen : connect();
    if (!askedMeanwhile)
        m_failedOpen.reset();
    m_lastFailure = report.failure;
    if (!report.ok())
        return report.message;
    return std::nullopt;
}

CommandResult SshWorker::run(quint64 id, const QString &command, const QString &name,
                             const QByteArray &input, int timeoutMs)
{
    const auto onChunk = [this, id](OutputChannel channel, const QByteArray &chunk) {
        emit outputReceived(id, channel, chunk);
    };
    CommandResult result =
        m_connection->exec(command, name, input, timeoutMs, m_board->cancelRunning, onChunk);
    if (result.status == CommandResult::Status::ConnectionLost)
        m_connection.reset();
    return result;
}

std::optional<CommandResult> SshWorker::runInShell(quint64 id, const RemoteCommand &command,
                                                   const QString &name)
{
    using RemoteScripts::Privilege;
    if (!m_policy.persistentShell)
        return std::nullopt;
    // Root's own shell when the command runs as root through sudo (sudo asked once, for the
    // shell), else the login user's.
    const bool throughSudo = command.asRoot && *m_privilege != Privilege::Root;
    SshSession::ShellStart start;
    start.slot = throughSudo ? 1 : 0;
    start.readyNonce = PersistentShell::newNonce();
    const QString login = PersistentShell::startCommand(start.readyNonce);
    start.command = throughSudo ? RemoteScripts::asRoot(login, *m_privilege) : login;
    if (throughSudo && *m_privilege == Privilege::SudoPassword)
        start.preamble = RemoteScripts::withSudoPassword(m_target.sudoPassword, {});
    const auto onChunk = [this, id](OutputChannel channel, const QByteArray &chunk) {
        emit outputReceived(id, channel, chunk);
    };
    std::optional<CommandResult> result =
        m_connection->execInShell(start, command.command, name, command.input, command.timeoutMs,
                                  m_board->cancelRunning, onChunk);
    // A shell that ended with the connection still up costs the shell only.
    if (result && !m_connection->isOpen())
        m_connection.reset();
    return result;
}

CommandResult SshWorker::runOwn(const QString &command, const QString &name,
                                const QByteArray &input)
{
    const auto quiet = [](OutputChannel, const QByteArray &) {
    };
    const std::atomic_bool never{false};
    const CommandResult result =
        m_connection->exec(command, name, input, m_policy.sudoCheckTimeoutMs, never, quiet);
    m_unbilled.roundTrips += result.roundTrips;
    m_unbilled.shellStarts += result.shellStarts;
    return result;
}

std::optional<QString> SshWorker::ensurePrivilege()
{
    if (m_privilege)
        return std::nullopt;
    if (m_privilegeProblem)
        return m_privilegeProblem;
    return findPrivilege();
}

std::optional<QString> SshWorker::findPrivilege()
{
    using RemoteScripts::Privilege;
    if (m_target.user == QLatin1String("root")) {
        m_privilege = Privilege::Root;
        return std::nullopt;
    }
    const CommandResult probe =
        runOwn(RemoteScripts::probeSudoWithoutPassword(), Tr::tr("the sudo check"), {});
    if (probe.status == CommandResult::Status::ConnectionLost)
        return probe.error;
    switch (RemoteScripts::sudoProbeVerdict(probe)) {
    case RemoteScripts::SudoProbe::NoPasswordNeeded:
        m_privilege = Privilege::SudoNoPassword;
        return std::nullopt;
    case RemoteScripts::SudoProbe::PasswordNeeded:
        break;
    case RemoteScripts::SudoProbe::Unknown:
        // Never a guess: a password sent to a sudo that does not ask for it goes to the command.
        return m_target.describe(
            Tr::tr("could not tell whether sudo for %1 asks for a password (%2); nothing ran as "
                   "root and no password was sent")
                .arg(m_target.user, probe.status == CommandResult::Status::Exited
                                        ? QString::fromUtf8(probe.err).trimmed()
                                        : probe.error));
    }
    // Only sudo's definite answers are kept for the connection; a timeout is asked again.
    if (m_target.sudoPassword.isEmpty())
        return m_privilegeProblem = m_target.describe(
                   Tr::tr("sudo for %1 asks for a password and none is stored (secret "
                          "sudo-password:%2)")
                       .arg(m_target.user, m_target.nodeName));
    const CommandResult check =
        runOwn(RemoteScripts::validateSudoPassword(), Tr::tr("the sudo password check"),
               RemoteScripts::withSudoPassword(m_target.sudoPassword, {}));
    if (check.succeeded()) {
        m_privilege = Privilege::SudoPassword;
        return std::nullopt;
    }
    if (check.status != CommandResult::Status::Exited)
        return check.error;
    if (RemoteScripts::isWrongSudoPassword(check.err))
        return m_privilegeProblem =
                   m_target.describe(Tr::tr("wrong sudo password for %1").arg(m_target.user));
    return m_privilegeProblem =
               m_target.describe(Tr::tr("%1 may not use sudo: %2")
                                     .arg(m_target.user, QString::fromUtf8(check.err).trimmed()));
}

void SshWorker::execute(quint64 id, const RemoteCommand &command)
{
    const QString name = commandInMessages(command.command);
    CommandResult result;
    if (!m_board->start(id)) {
        result.status = CommandResult::Status::Cancelled;
        result.error = m_target.describe(Tr::tr("`%1` was cancelled before it started").arg(name));
        emit finished(id, result);
        return;
    }
    std::optional<QString> problem = ensureConnected(id);
    // A proxy that failed is no silence of the host: nothing is known of it, as after a refused
    // login (fencing then cannot count it as down).
    const bool answered = !problem || m_lastFailure != ConnectReport::Failure::Unreachable;
    if (!problem && command.asRoot)
        problem = ensurePrivilege();
    if (problem) {
        result.status = CommandResult::Status::NotStarted;
        result.error = *problem;
        result.hostAnswered = answered;
    } else if (std::optional<CommandResult> inShell = runInShell(id, command, name)) {
        result = *inShell;
    } else if (!command.asRoot || *m_privilege == RemoteScripts::Privilege::Root) {
        result = run(id, command.command, name, command.input, command.timeoutMs);
    } else {
        const QByteArray input =
            *m_privilege == RemoteScripts::Privilege::SudoPassword
                ? RemoteScripts::withSudoPassword(m_target.sudoPassword, command.input)
                : command.input;
        result = run(id, RemoteScripts::asRoot(command.command, *m_privilege), name, input,
                     command.timeoutMs);
        // A wrong password cannot happen here (it was checked), but the rule may have changed.
        if (result.status == CommandResult::Status::Exited && result.exitCode == 1 &&
            RemoteScripts::isWrongSudoPassword(result.err))
            result.error =
                m_target.describe(Tr::tr("sudo refused the password for %1").arg(m_target.user));
    }
    // Lost or never sent for want of a connection: no answer, unless the shell saw the
    // connection stay up.
    // Through bastions a lost path may be theirs: never the host's silence.
    if (!problem)
        result.hostAnswered = result.hostAnswered || !m_target.jumps.isEmpty() ||
                              (result.status != CommandResult::Status::ConnectionLost &&
                               result.status != CommandResult::Status::NotStarted);
    result.roundTrips += std::exchange(m_unbilled.roundTrips, 0);
    result.shellStarts += std::exchange(m_unbilled.shellStarts, 0);
    m_board->done(id);
    emit finished(id, result);
}

void SshWorker::open(quint64 id, bool startShellAsRoot)
{
    ConnectReport report;
    if (m_connection && m_connection->isOpen()) {
        report.authMethod = QStringLiteral("(already connected)");
    } else {
        report = connect();
    }
    m_failedOpen.reset();
    if (!report.ok()) {
        m_failedOpen = report;
        m_failedOpenCovers = m_board->lastRequestId.load();
    } else if (startShellAsRoot && m_policy.persistentShell && !ensurePrivilege()) {
        // Nothing of it is reported here: a command that needs it meets the same problem
        // again and reports it. Its cost goes to the next command.
        RemoteCommand ready;
        ready.command = QStringLiteral(":");
        ready.asRoot = true;
        if (const std::optional<CommandResult> started = runInShell(id, ready, ready.command)) {
            m_unbilled.roundTrips += started->roundTrips;
            m_unbilled.shellStarts += started->shellStarts;
        }
    }
    emit opened(id, report);
}

} // namespace iha
