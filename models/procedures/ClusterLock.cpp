#include "models/procedures/ClusterLock.h"

#include "models/RemoteOps.h"
#include "models/RemoteScripts.h"
#include "models/ShellQuote.h"
#include "models/procedures/Tr.h"

#include <QDateTime>
#include <QRegularExpression>
#include <memory>

namespace iha::Procedures {
namespace {

const QString kLockSection = QStringLiteral("(the product's own: one operator at a time)");

bool didNotAnswer(const CommandResult &result)
{
    return result.status == CommandResult::Status::NotStarted ||
           result.status == CommandResult::Status::ConnectionLost ||
           result.status == CommandResult::Status::TimedOut;
}

// "alice@laptop since 2026-11-26T03:00:00Z, run abcd1234" -> "abcd1234"
QString runOf(const QString &holder)
{
    static const QRegularExpression run(QStringLiteral(", run (\\S+)$"));
    return run.match(holder.trimmed()).captured(1);
}

RemoteCommand lockCommand(const QString &script)
{
    RemoteCommand command;
    command.command = script;
    command.asRoot = true;
    command.timeoutMs = 15000;
    return command;
}

} // namespace

QString lockPath(const Cluster &cluster)
{
    return RemoteScripts::ownStateDir() + QStringLiteral("/%1.lock").arg(cluster.name);
}

QStringList lockNodes(const Cluster &cluster)
{
    QStringList nodes;
    for (const Node &node : cluster.nodes) {
        if (node.role != NodeRole::Retired)
            nodes << node.name;
    }
    return nodes;
}

void addClusterLock(const Cluster &cluster, const QStringList &runNodes,
                    const ProcedureInputs &inputs, Plan *plan)
{
    const QString path = lockPath(cluster);
    const QStringList nodes = lockNodes(cluster);
    const QString holder =
        QStringLiteral("%1 since %2, run %3")
            .arg(inputs.operatorName, QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                 inputs.runId);
    // The holder line ends with ", run ID": matched whole, so that run "a" is not run "ab".
    const QString ours = QStringLiteral(".*, run ") + inputs.runId;
    for (const QString &node : nodes) {
        if (!runNodes.contains(node) && !plan->otherNodes.contains(node))
            plan->otherNodes << node;
    }

    Step lock;
    lock.description = Tr::tr("Take the cluster lock on every node that answers (one "
                              "operator at a time)");
    lock.node = runNodes.constFirst();
    lock.preview = QStringLiteral("set -C; echo '<operator, time, run>' > %1   (on %2)")
                       .arg(path, nodes.join(QLatin1String(", ")));
    // A file created only if absent (set -C), naming its holder; exit 75 when another holds it.
    // Checks only: free, or held by this run (a resume), passes; nothing is written.
    const QString peek = QStringLiteral("f=%1; [ -e \"$f\" ] || exit 0; cat \"$f\"; grep -qx %2 "
                                        "\"$f\" && exit 0; exit 75")
                             .arg(shellQuote(path), shellQuote(ours));
    const QString take = RemoteScripts::ensureOwnStateDir() +
                         QStringLiteral("; f=%1; if (set -C; printf '%s\\n' %2 >\"$f\") "
                                        "2>/dev/null; then exit 0; fi; cat \"$f\"; "
                                        "grep -qx %3 \"$f\" && exit 0; exit 75")
                             .arg(shellQuote(path), shellQuote(holder), shellQuote(ours));
    // Released where it was taken: a node that did not answer holds none (and would cost the
    // release a connect timeout).
    const auto held = std::make_shared<QStringList>(nodes);
    lock.check = [nodes, runNodes, take, peek, path, clusterName = cluster.name, held](StepIo &io,
                                                                                       bool *done) {
        held->clear();
        for (const QString &node : nodes) {
            const CommandResult result = io.run(node, lockCommand(io.checksOnly() ? peek : take));
            if (result.succeeded()) {
                *held << node;
            } else if (result.status == CommandResult::Status::Exited && result.exitCode == 75) {
                const QString other = QString::fromUtf8(result.out).trimmed();
                return Tr::tr("cluster %1 is locked by %2 (on %3). If that run is over, "
                              "release its lock: inmanta-ha-cli --cluster FILE lock "
                              "release %4")
                    .arg(clusterName, other, node, runOf(other));
            } else if (didNotAnswer(result)) {
                io.note(Tr::tr("%1 does not answer: the lock is not recorded there").arg(node));
            } else {
                return RemoteOps::describeFailure(
                    node, Tr::tr("taking the cluster lock (%1)").arg(path), result);
            }
        }
        *done = std::any_of(held->cbegin(), held->cend(),
                            [&runNodes](const QString &node) { return runNodes.contains(node); });
        return *done ? QString()
                     : Tr::tr("the cluster lock could not be taken on any node of the run");
    };
    plan->preflight << lock;

    const QString release =
        QStringLiteral("f=%1; grep -qx %2 \"$f\" 2>/dev/null && rm -f \"$f\"; exit 0")
            .arg(shellQuote(path), shellQuote(ours));
    plan->finally = [held, release, runId = inputs.runId](StepIo &io, RunEnd end) {
        if (end == RunEnd::LeftHalfDone) {
            io.note(Tr::tr("The cluster lock stays held by run %1 until a resume of it "
                           "succeeds or it is released (inmanta-ha-cli --cluster FILE "
                           "lock release %1)")
                        .arg(runId));
            return;
        }
        for (const QString &node : std::as_const(*held))
            io.run(node, lockCommand(release));
    };
}

QString lockStatus(const Cluster &cluster, Plan *plan)
{
    plan->procedure = QStringLiteral("lock-status");
    plan->cluster = cluster.name;
    const QString path = lockPath(cluster);
    for (const QString &node : lockNodes(cluster)) {
        Step read;
        read.description = Tr::tr("Read the cluster lock on %1").arg(node);
        read.node = node;
        read.runbookSection = kLockSection;
        read.preview = QStringLiteral("cat %1").arg(path);
        read.check = [](StepIo &, bool *done) {
            *done = false;
            return QString();
        };
        read.act = [node, path](StepIo &io) {
            const CommandResult result = io.run(
                node,
                lockCommand(QStringLiteral("cat -- %1 2>/dev/null; exit 0").arg(shellQuote(path))));
            const QString holder = QString::fromUtf8(result.out).trimmed();
            io.note(result.succeeded()
                        ? (holder.isEmpty() ? Tr::tr("%1: free").arg(node)
                                            : Tr::tr("%1: held by %2").arg(node, holder))
                        : Tr::tr("%1: does not answer (%2)").arg(node, result.error));
            return QString();
        };
        read.verify = [](StepIo &) {
            return QString();
        };
        plan->steps << read;
    }
    return {};
}

QString lockRelease(const Cluster &cluster, const ProcedureInputs &inputs, Plan *plan)
{
    static const QRegularExpression runId(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]+")));
    if (!runId.match(inputs.lockedRunId).hasMatch())
        return Tr::tr("\"%1\" is not a run id (see `lock status`)").arg(inputs.lockedRunId);
    plan->procedure = QStringLiteral("lock-release");
    plan->cluster = cluster.name;
    const QString path = lockPath(cluster);
    const QString theirs = QStringLiteral(".*, run ") + inputs.lockedRunId;
    for (const QString &node : lockNodes(cluster)) {
        Step release;
        release.description =
            Tr::tr("Release the cluster lock of run %1 on %2").arg(inputs.lockedRunId, node);
        release.node = node;
        release.runbookSection = kLockSection;
        release.preview = QStringLiteral("grep -qx '%1' %2 && rm -f %2").arg(theirs, path);
        // Only a lock of that run goes; another run's lock, or none, leaves nothing to do.
        release.check = [node, path, theirs](StepIo &io, bool *done) {
            const CommandResult result =
                io.run(node, lockCommand(QStringLiteral("grep -qx %1 %2 2>/dev/null")
                                             .arg(shellQuote(theirs), shellQuote(path))));
            if (didNotAnswer(result)) {
                io.note(Tr::tr("%1 does not answer: a lock there stays").arg(node));
                *done = true;
                return QString();
            }
            *done = !result.succeeded();
            return QString();
        };
        release.act = [node, path](StepIo &io) {
            const CommandResult result =
                io.run(node, lockCommand(QStringLiteral("rm -f -- %1").arg(shellQuote(path))));
            return result.succeeded()
                       ? QString()
                       : RemoteOps::describeFailure(node, Tr::tr("removing %1").arg(path), result);
        };
        release.verify = [](StepIo &) {
            return QString();
        };
        plan->steps << release;
    }
    return {};
}

} // namespace iha::Procedures
