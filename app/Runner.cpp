#include "app/Runner.h"

#include "app/AuditLog.h"
#include "models/AuditDigest.h"
#include "models/Procedure.h"
#include "models/ResumePoint.h"
#include "models/UnifiedDiff.h"

#include <QLockFile>
#include <QMutex>
#include <QSet>
#include <QStringDecoder>
#include <QWaitCondition>

namespace iha {

// Lives on the runner's thread: executes the whole plan there, waiting for each remote
// command on a condition variable (not an event loop), which the shells' thread signals.
class RunWorker : public QObject, public StepIo
{
    Q_OBJECT

public:
    RunWorker(RunRequest request, std::shared_ptr<std::atomic_bool> cancelled)
        : m_request(std::move(request))
        , m_cancelled(std::move(cancelled))
    {}

    void run();

    CommandResult run(const QString &node, const RemoteCommand &command) override;
    CommandResult execute(const QString &node, const RemoteCommand &command, bool cancellable);
    bool cancelled() const override { return m_cancelled->load(); }
    void setCancellable(bool cancellable) override { m_cancellable = cancellable; }
    void fileChanged(const QString &node, const QString &path, const QString &before,
                     const QString &after) override
    {
        if (before == after)
            return;
        // The diff in the output, the file in the command: the report's changes come from here.
        const QString where = node + QLatin1Char(':') + path;
        audit(m_currentStep, m_currentNumber, node, QStringLiteral("changed"), path, nullptr,
              UnifiedDiff::diff(before, after, where + QStringLiteral(" (before)"),
                                where + QStringLiteral(" (after)")));
    }
    bool checksOnly() const override { return m_request.preflightOnly; }
    void note(const QString &text) override
    {
        emit noted(shown(text));
        audit(m_currentStep, m_currentNumber, {}, QStringLiteral("note"), {}, nullptr, text);
    }

signals:
    void stepStarted(int index, bool preflight, const QString &description);
    void output(const QString &text);
    void noted(const QString &text);
    void stepFinished(int index, bool preflight, const QString &status, const QString &message);
    void finished(iha::RunOutcome outcome, int failedStep, const QString &message);

private:
    // What the operator sees (window, terminal) is masked like the audit log: a command's
    // output or a reason may quote a secret. A secret split across two chunks of output is
    // not caught here; secrets go on stdin, never in a command, so none is printed back.
    QString shown(const QString &text) const
    {
        return m_audit ? m_audit->redactor().redact(text) : text;
    }
    void audit(const QString &step, int stepNumber, const QString &host, const QString &outcome,
               const QString &command = {}, const CommandResult *result = nullptr,
               const QString &reason = {});
    void recordRun(const QString &status, int nextStep);
    // The team's lock on the cluster (a shared store): empty, or why the run may not start.
    QString takeTeamLock();
    void recordInterrupted(const TeamLock &left);
    void finish(RunOutcome outcome, int failedStep, const QString &message);
    QString auditProblem() const
    {
        if (m_teamLockLost)
            return tr("%1: the run stops, as a teammate may run on the cluster now; resume it "
                      "once the cluster is yours again")
                .arg(m_auditError);
        return tr("the audit log cannot be written (%1): the run stops, as a run "
                  "without its record is not allowed")
            .arg(m_auditError);
    }

    RunRequest m_request;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::unique_ptr<AuditLog> m_audit;
    QString m_currentStep;
    RemoteCost m_cost; // of every command of the run, its checks and clean-up included
    QSet<QString> m_hostsReached;
    int m_currentNumber = 0;
    QString m_auditError; // set when an entry could not be written: the run stops
    bool m_cancellable = true;
    bool m_holdsTeamLock = false;
    bool m_teamLockLost = false; // with the store's connection, and a teammate took it
};

namespace {

// The command as the audit log keeps it: with what went on its stdin, secrets masked.
QString auditedCommand(const RemoteCommand &command)
{
    if (command.input.isEmpty())
        return command.command;
    if (command.auditedInput.isEmpty())
        return command.command +
               QStringLiteral("\n# stdin: %1 bytes, not recorded").arg(command.input.size());
    return command.command + QStringLiteral("\n# stdin:\n") + command.auditedInput;
}

} // namespace

void RunWorker::audit(const QString &step, int stepNumber, const QString &host,
                      const QString &outcome, const QString &command, const CommandResult *result,
                      const QString &reason)
{
    if (!m_audit)
        return;
    AuditEntry e;
    e.operatorName = m_request.operatorName;
    e.cluster = m_request.plan.cluster;
    e.runId = m_request.runId;
    e.procedure = m_request.plan.procedure;
    e.stepNumber = stepNumber;
    e.step = step;
    e.host = host;
    e.command = command;
    e.outcome = outcome;
    if (result) {
        e.hasExitCode = result->status == CommandResult::Status::Exited;
        e.exitCode = result->exitCode;
        e.output = QString::fromUtf8(result->out + result->err);
        if (!result->error.isEmpty())
            e.output += QLatin1Char('\n') + result->error;
    }
    if (!reason.isEmpty())
        e.output += (e.output.isEmpty() ? QString() : QStringLiteral("\n")) + reason;
    QString error;
    if (!m_audit->append(e, &error) && m_auditError.isEmpty())
        m_auditError = error;
    if (m_holdsTeamLock && m_auditError.isEmpty() && !m_audit->lostTeamLock().isEmpty()) {
        m_auditError = m_audit->lostTeamLock();
        m_teamLockLost = true;
    }
}

void RunWorker::recordRun(const QString &status, int nextStep)
{
    if (m_audit && !m_request.preflightOnly)
        m_audit->recordRun({m_request.runId,
                            m_request.plan.cluster,
                            m_request.plan.procedure,
                            m_request.operatorName,
                            status,
                            nextStep,
                            {}});
}

CommandResult RunWorker::run(const QString &node, const RemoteCommand &command)
{
    CommandResult result = execute(node, command, m_cancellable);
    const bool abandoned = result.status == CommandResult::Status::Cancelled ||
                           result.status == CommandResult::Status::TimedOut ||
                           result.status == CommandResult::Status::ConnectionLost;
    if (abandoned && !command.stopCommand.isEmpty()) {
        // Closing its channel did not stop it on the host: ask the host (over a new
        // connection after a lost one; if that fails, the next attempt stops it first).
        RemoteCommand stop;
        stop.command = command.stopCommand;
        stop.asRoot = command.asRoot;
        stop.timeoutMs = 30000;
        const CommandResult stopped = execute(node, stop, /*cancellable=*/false);
        note(stopped.succeeded()
                 ? tr("%1: what the abandoned command started there was stopped").arg(node)
                 : tr("%1: what the abandoned command started there could not be "
                      "stopped now (%2); the next attempt stops it first")
                       .arg(node, stopped.error));
    }
    return result;
}

CommandResult RunWorker::execute(const QString &node, const RemoteCommand &command,
                                 bool cancellable)
{
    RemoteShell *shell = m_request.shells.value(node);
    CommandResult result;
    if (!shell) {
        result.error = tr("%1: no connection to this node was prepared").arg(node);
        return result;
    }
    struct Waiter
    {
        QMutex mutex;
        QWaitCondition arrived;
        QHash<quint64, CommandResult> results;
    };
    auto waiter = std::make_shared<Waiter>();
    auto wanted = std::make_shared<std::atomic<quint64>>(0);
    // The output as it arrives, masked: a secret (or a UTF-8 character) cut between two
    // chunks is held back until the next completes it.
    struct Shown
    {
        QMutex mutex;
        QStringDecoder utf8{QStringDecoder::Utf8};
        QString held;
    };
    auto live = std::make_shared<Shown>();
    // Direct connections: they run on the thread that emits and only hand over the data. The
    // result comes straight from the thread that ran the command, so that the run can end
    // while the shell's own thread waits for it (~Runner on a window's thread).
    const QMetaObject::Connection done = connect(
        shell, &RemoteShell::resultReady, shell,
        [waiter](quint64 id, const CommandResult &r) {
            QMutexLocker lock(&waiter->mutex);
            waiter->results.insert(id, r);
            waiter->arrived.wakeAll();
        },
        Qt::DirectConnection);
    const QMetaObject::Connection chunks = connect(
        shell, &RemoteShell::outputReceived, shell,
        [this, wanted, live](quint64 id, OutputChannel, const QByteArray &chunk) {
            if (id != wanted->load())
                return;
            QMutexLocker lock(&live->mutex);
            const QString text = live->utf8.decode(chunk);
            const QString now = m_audit ? m_audit->redactor().redactPiece(text, &live->held) : text;
            if (!now.isEmpty())
                emit output(now);
        },
        Qt::DirectConnection);
    const quint64 id = shell->execute(command);
    wanted->store(id);
    {
        QMutexLocker lock(&waiter->mutex);
        bool cancelSent = false;
        while (!waiter->results.contains(id)) {
            if (cancellable && m_cancelled->load() && !cancelSent) {
                shell->cancel(id);
                cancelSent = true;
            }
            waiter->arrived.wait(&waiter->mutex, 200);
        }
        result = waiter->results.take(id);
    }
    disconnect(done);
    disconnect(chunks);
    {
        QMutexLocker lock(&live->mutex);
        if (!live->held.isEmpty())
            emit output(shown(live->held));
    }
    m_cost.commands += 1;
    m_cost.roundTrips += result.roundTrips;
    m_cost.shellStarts += result.shellStarts;
    m_hostsReached.insert(node);
    audit(m_currentStep, m_currentNumber, node,
          result.succeeded() ? QStringLiteral("command succeeded")
                             : QStringLiteral("command failed"),
          auditedCommand(command), &result);
    return result;
}

void RunWorker::finish(RunOutcome outcome, int failedStep, const QString &message)
{
    // Checks only: they took nothing (the cluster lock is only read), so nothing is given back.
    if (m_request.plan.finally && !m_request.preflightOnly) {
        m_cancelled->store(false); // the clean-up must run even after a cancel
        const RunEnd end =
            outcome == RunOutcome::Succeeded ? RunEnd::Succeeded
            : (outcome == RunOutcome::Refused || failedStep < 0) && !m_request.resuming
                ? RunEnd::NothingChanged
                : RunEnd::LeftHalfDone;
        m_currentStep = QStringLiteral("end of run %1").arg(m_request.runId);
        m_currentNumber = 0;
        m_request.plan.finally(*this, end);
    }
    if (!m_request.preflightOnly && m_cost.commands > 0) {
        m_cost.hosts = int(m_hostsReached.size());
        note(describeRemoteCost(m_cost, m_request.plan.procedure));
    }
    if (m_request.localLock && !(outcome == RunOutcome::Succeeded &&
                                 m_request.keepLockAfterSuccess && !m_request.preflightOnly))
        m_request.localLock->unlock();
    // Given back before the outcome is sent: a resume started at once must not meet it.
    if (m_holdsTeamLock)
        m_audit->releaseTeamLock(m_request.plan.cluster, m_request.runId);
    emit finished(outcome, failedStep, shown(message));
    m_audit.reset(); // closed here: the thread's end is then only its own wind-down
    // Nothing more comes to this worker: its thread ends now, so that the run's owner, which
    // deletes the run on the window's thread once it has the outcome, joins a thread that has
    // ended rather than waiting for it to wake up and wind down.
    QThread::currentThread()->quit();
}

QString RunWorker::takeTeamLock()
{
    if (!m_audit->isShared())
        return {};
    const QString &cluster = m_request.plan.cluster;
    // Checks only, and reading the nodes' locks, take nothing; the operator still hears that
    // a teammate is running one.
    if (m_request.preflightOnly || m_request.plan.procedure == QLatin1String("lock-status")) {
        if (const std::optional<TeamLock> holder = m_audit->teamLockHolder(cluster))
            emit noted(tr("Cluster %1 is locked by the team's %2: a run now would be refused")
                           .arg(cluster, holder->describe()));
        return {};
    }
    const TeamLock mine{cluster,
                        m_request.runId,
                        m_request.plan.procedure,
                        m_request.operatorName,
                        QDateTime::currentDateTimeUtc(),
                        {}};
    TeamLock holder;
    std::optional<TeamLock> interrupted;
    QString error;
    switch (m_audit->takeTeamLock(mine, &holder, &interrupted, &error)) {
    case AuditLog::TeamLockResult::HeldByOther:
        return tr("refused: cluster %1 is locked by the team's %2; one run per cluster at a "
                  "time (wait for it, or ask that operator)")
            .arg(cluster, holder.describe());
    case AuditLog::TeamLockResult::Failed:
        return tr("refused: %1").arg(error);
    case AuditLog::TeamLockResult::Taken:
        break;
    }
    m_holdsTeamLock = true;
    if (interrupted)
        recordInterrupted(*interrupted);
    return {};
}

void RunWorker::recordInterrupted(const TeamLock &left)
{
    // Its client ended (killed, crashed, the network) while the run went on: the database
    // ended its session and freed the lock. On record, and in the run's status.
    const QString what =
        tr("%1 was interrupted: its client ended without giving the team's lock back (its "
           "database session is gone); the cluster may be half-way, see the run's entries")
            .arg(left.describe());
    emit noted(what);
    AuditEntry e;
    e.operatorName = m_request.operatorName;
    e.cluster = left.cluster;
    e.runId = left.runId;
    e.procedure = left.procedure;
    e.step = QStringLiteral("run %1 interrupted").arg(left.runId);
    e.outcome = QStringLiteral("interrupted");
    e.output = what;
    QString error;
    if (!m_audit->append(e, &error) && m_auditError.isEmpty())
        m_auditError = error;
    std::optional<AuditRun> record = m_audit->runRecord(left.runId);
    if (record && record->status == QLatin1String("running")) {
        record->status = QStringLiteral("interrupted");
        m_audit->recordRun(*record);
    }
}

void RunWorker::run()
{
    QString error;
    m_audit = AuditLog::open(m_request.auditPath, &error);
    if (!m_audit)
        return finish(RunOutcome::Refused, -1, error);
    m_audit->setKey(m_request.auditKey);
    for (const QString &secret : std::as_const(m_request.secrets))
        m_audit->redactor().addSecret(secret);
    m_audit->setNoticeHandler([this](const QString &text) { emit noted(shown(text)); });
    if (const QString refusal = takeTeamLock(); !refusal.isEmpty()) {
        audit(QStringLiteral("the team's run lock on %1").arg(m_request.plan.cluster), 0, {},
              QStringLiteral("refused"), {}, nullptr, refusal);
        return finish(RunOutcome::Refused, -1, refusal);
    }
    audit(m_request.preflightOnly
              ? QStringLiteral("pre-flight checks of %1").arg(m_request.plan.procedure)
              : QStringLiteral("run %1 of %2")
                    .arg(m_request.resuming ? QStringLiteral("resumed") : QStringLiteral("started"),
                         m_request.plan.procedure),
          0, {}, QStringLiteral("started"), planFingerprint(m_request.plan));
    if (!m_request.preflightOnly)
        audit(QStringLiteral("plan of %1").arg(m_request.plan.procedure), 0, {},
              QStringLiteral("plan"), {}, nullptr, AuditDigest::planListing(m_request.plan));
    // A resumed run keeps its status (failed, cancelled) until its pre-flight passed.
    if (!m_request.resuming)
        recordRun(QStringLiteral("running"), 0);

    const QList<Step> &preflight = m_request.plan.preflight;
    // Checks only (a wizard's pre-flight page): every check runs, so that the operator sees
    // all there is to fix at once.
    int firstRefusal = -1;
    QString refusal;
    for (int i = 0; i < preflight.size(); ++i) {
        const Step &step = preflight.at(i);
        m_currentStep = QStringLiteral("pre-flight: ") + step.description;
        m_currentNumber = 0;
        emit stepStarted(i, true, step.description);
        bool done = false;
        QString problem = step.check(*this, &done);
        if (m_cancelled->load()) {
            emit stepFinished(i, true, QStringLiteral("failed"), tr("cancelled"));
            audit(m_currentStep, 0, step.node, QStringLiteral("cancelled"));
            recordRun(QStringLiteral("cancelled"), 0);
            return finish(RunOutcome::Cancelled, -1,
                          tr("cancelled during the pre-flight checks; nothing changed"));
        }
        if (problem.isEmpty() && !m_auditError.isEmpty())
            problem = auditProblem();
        if (!problem.isEmpty() || !done) {
            const QString message =
                problem.isEmpty() ? tr("%1: not satisfied").arg(step.description) : problem;
            emit stepFinished(i, true, QStringLiteral("failed"), shown(message));
            audit(m_currentStep, 0, step.node, QStringLiteral("refused"), {}, nullptr, message);
            if (m_request.preflightOnly) {
                if (firstRefusal < 0) {
                    firstRefusal = i;
                    refusal = message;
                }
                continue;
            }
            // A resumed run that is refused stays as it was (failed or cancelled): resumable.
            if (!m_request.resuming)
                recordRun(QStringLiteral("refused"), 0);
            return finish(RunOutcome::Refused, i, message);
        }
        emit stepFinished(i, true, QStringLiteral("done"), QString());
    }
    if (m_request.resuming)
        recordRun(QStringLiteral("running"), 0);
    if (m_request.preflightOnly) {
        audit(QStringLiteral("pre-flight checks of %1").arg(m_request.plan.procedure), 0, {},
              firstRefusal < 0 ? QStringLiteral("succeeded") : QStringLiteral("refused"));
        return finish(firstRefusal < 0 ? RunOutcome::Succeeded : RunOutcome::Refused, firstRefusal,
                      refusal);
    }

    const QList<Step> &steps = m_request.plan.steps;
    for (int i = 0; i < steps.size(); ++i) {
        const Step &step = steps.at(i);
        m_currentStep = step.description;
        m_currentNumber = i + 1;
        if (m_cancelled->load()) {
            recordRun(QStringLiteral("cancelled"), i);
            audit(step.description, i + 1, step.node, QStringLiteral("cancelled"));
            return finish(RunOutcome::Cancelled, i, tr("cancelled before step %1").arg(i + 1));
        }
        emit stepStarted(i, false, step.description);
        bool done = false;
        QString problem = step.check(*this, &done);
        if (problem.isEmpty() && !m_auditError.isEmpty())
            problem = auditProblem();
        if (problem.isEmpty() && done) {
            emit stepFinished(i, false, QStringLiteral("already done"), QString());
            audit(step.description, i + 1, step.node, QStringLiteral("skipped"));
            recordRun(QStringLiteral("running"), i + 1);
            continue;
        }
        if (problem.isEmpty())
            problem = step.act(*this);
        if (problem.isEmpty())
            problem = step.verify(*this);
        if (problem.isEmpty() && !m_auditError.isEmpty())
            problem = auditProblem();
        if (!problem.isEmpty()) {
            const bool wasCancelled = m_cancelled->load();
            emit stepFinished(i, false, QStringLiteral("failed"), shown(problem));
            audit(step.description, i + 1, step.node,
                  wasCancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"), {},
                  nullptr, problem);
            recordRun(wasCancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"), i);
            return finish(wasCancelled ? RunOutcome::Cancelled : RunOutcome::Failed, i, problem);
        }
        emit stepFinished(i, false, QStringLiteral("done"), QString());
        audit(step.description, i + 1, step.node, QStringLiteral("succeeded"));
        recordRun(QStringLiteral("running"), i + 1);
    }
    recordRun(QStringLiteral("succeeded"), steps.size());
    audit(QStringLiteral("run of %1").arg(m_request.plan.procedure), 0, {},
          QStringLiteral("succeeded"));
    finish(RunOutcome::Succeeded, -1, QString());
}

Runner::Runner(QObject *parent)
    : QObject(parent)
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
    , m_thread(new QThread)
{
    qRegisterMetaType<iha::RunOutcome>();
    m_thread->setObjectName(QStringLiteral("runner"));
}

Runner::~Runner()
{
    m_cancelled->store(true);
    // A run that sent its outcome touches nothing of its owner's any more (its shells
    // included): its thread is not waited for on the window's thread.
    if (m_ended)
        retireWhenEnded(std::move(m_thread));
    m_thread.reset();
}

void Runner::start(const RunRequest &request)
{
    m_worker = new RunWorker(request, m_cancelled);
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater,
            Qt::DirectConnection);
    connect(m_worker, &RunWorker::stepStarted, this, &Runner::stepStarted, Qt::QueuedConnection);
    connect(m_worker, &RunWorker::output, this, &Runner::output, Qt::QueuedConnection);
    connect(m_worker, &RunWorker::noted, this, &Runner::noted, Qt::QueuedConnection);
    connect(m_worker, &RunWorker::stepFinished, this, &Runner::stepFinished, Qt::QueuedConnection);
    connect(
        m_worker, &RunWorker::finished, this,
        [this](RunOutcome outcome, int failedStep, const QString &message) {
            m_ended = true;
            emit finished(outcome, failedStep, message);
        },
        Qt::QueuedConnection);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->run(); }, Qt::QueuedConnection);
}

void Runner::cancel()
{
    m_cancelled->store(true);
}

} // namespace iha

#include "Runner.moc"
