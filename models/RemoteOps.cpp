#include "models/RemoteOps.h"

#include "models/RemoteScripts.h"
#include "models/ShellQuote.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>
#include <algorithm>

namespace iha::RemoteOps {
namespace {

// Gives lupdate and the runtime the same translation context.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RemoteOps)
};

} // namespace

QString describeFailure(const QString &node, const QString &what, const CommandResult &result)
{
    if (result.status != CommandResult::Status::Exited)
        return Tr::tr("%1: %2 failed: %3").arg(node, what, result.error);
    const QString err = QString::fromUtf8(result.err).trimmed();
    // One .arg() each: a command or path in `what` may hold a %N itself.
    const QString code = QString::number(result.exitCode);
    if (err.isEmpty())
        return Tr::tr("%1: %2 failed (exit code %3)").arg(node, what, code);
    return Tr::tr("%1: %2 failed (exit code %3): %4").arg(node, what, code, err);
}

std::optional<QByteArray> readFile(StepIo &io, const QString &node, const QString &path,
                                   QString *error)
{
    RemoteCommand command;
    command.command = RemoteScripts::readFile(path);
    command.asRoot = true;
    const CommandResult result = io.run(node, command);
    if (!result.succeeded()) {
        *error = describeFailure(node, Tr::tr("reading %1").arg(path), result);
        return std::nullopt;
    }
    return result.out;
}

namespace {

// The backup's path (empty for a new file), and the written file's hash when it was asked for.
std::optional<QString> write(StepIo &io, const QString &node, const QString &path,
                             const QByteArray &content, const QByteArray &expectedSha256,
                             QByteArray *writtenSha256, QString *error)
{
    RemoteScripts::FileWrite write;
    write.path = path;
    write.time = QDateTime::currentDateTimeUtc();
    write.expectedSha256 = expectedSha256;
    RemoteCommand command;
    command.command = RemoteScripts::writeFile(write);
    command.input = content;
    command.auditedInput = QString::fromUtf8(content);
    command.asRoot = true;
    const CommandResult result = io.run(node, command);
    if (!result.succeeded()) {
        *error =
            describeFailure(node, Tr::tr("writing %1 (it was left as it was)").arg(path), result);
        return std::nullopt;
    }
    QString backup;
    for (const QByteArray &line : result.out.split('\n')) {
        if (line.startsWith("sha256 ") && writtenSha256)
            *writtenSha256 = line.mid(7).trimmed();
        else if (!line.trimmed().isEmpty())
            backup = QString::fromUtf8(line.trimmed());
    }
    return backup;
}

} // namespace

QByteArray sha256Hex(const QByteArray &content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

std::optional<QString> writeFile(StepIo &io, const QString &node, const QString &path,
                                 const QByteArray &content, QString *error)
{
    return write(io, node, path, content, {}, nullptr, error);
}

std::optional<QString> replaceFile(StepIo &io, const QString &node, const QString &path,
                                   const QByteArray &before, const QByteArray &after,
                                   QByteArray *writtenSha256, QString *error)
{
    const auto backup = write(io, node, path, after, sha256Hex(before), writtenSha256, error);
    if (backup && after != before)
        io.fileChanged(node, path, QString::fromUtf8(before), QString::fromUtf8(after));
    return backup;
}

std::optional<QString> editFile(StepIo &io, const QString &node, const QString &path,
                                const std::function<QString(const QString &)> &edit, QString *error)
{
    const auto content = readFile(io, node, path, error);
    if (!content)
        return std::nullopt;
    const QString before = QString::fromUtf8(*content);
    const QString after = edit(before);
    const auto backup = writeFile(io, node, path, after.toUtf8(), error);
    if (backup && after != before)
        io.fileChanged(node, path, before, after);
    return backup;
}

QString postgresBinDir(const Node &node)
{
    const QString binDir = node.postgresOrDefault().binDir;
    if (!binDir.isEmpty())
        return shellQuote(binDir);
    // Found the way the pre-flight found them, on every call: the PATH may hold another
    // version's client (or, on Debian, none of the server's programs).
    return QStringLiteral("\"$({ %1; } 2>/dev/null | head -n 1)\"")
        .arg(RemoteScripts::findPostgresBinaries({}, node.postgresOrDefault().dataDir));
}

QString postgresProgram(const Node &node, const QString &program)
{
    return postgresBinDir(node) + QLatin1Char('/') + shellQuote(program);
}

std::optional<QString> sql(StepIo &io, const Node &node, const QString &statements, QString *error,
                           int timeoutMs, const QString &auditedStatements)
{
    RemoteCommand command;
    // runuser keeps root's working directory, which postgres cannot read. The server ends a
    // statement the tool stopped waiting for (a lost connection leaves psql and its query
    // running on the host otherwise): statement_timeout just under the tool's own limit.
    const QString limit = timeoutMs > 0 ? QStringLiteral("PGOPTIONS='-c statement_timeout=%1' ")
                                              .arg(std::max(1000, timeoutMs - 2000))
                                        : QString();
    command.command =
        QStringLiteral(
            "cd / && %1runuser -u postgres -- %2 -X -q -At -v ON_ERROR_STOP=1 -p %3 -d postgres")
            .arg(limit, postgresProgram(node, QStringLiteral("psql")))
            .arg(node.postgresOrDefault().port);
    command.input = statements.toUtf8();
    command.auditedInput = auditedStatements.isEmpty() ? statements : auditedStatements;
    command.asRoot = true;
    command.timeoutMs = timeoutMs;
    const CommandResult result = io.run(node.name, command);
    if (!result.succeeded()) {
        *error = describeFailure(node.name, Tr::tr("SQL on PostgreSQL"), result);
        return std::nullopt;
    }
    return QString::fromUtf8(result.out).trimmed();
}

std::optional<int> systemctl(StepIo &io, const QString &node, const QString &action,
                             const QString &unit, QString *error)
{
    RemoteCommand command;
    command.command = shellJoin({QStringLiteral("systemctl"), action, unit});
    command.asRoot = true;
    command.timeoutMs = 180000;
    const CommandResult result = io.run(node, command);
    if (result.status != CommandResult::Status::Exited) {
        *error = describeFailure(node, command.command, result);
        return std::nullopt;
    }
    return result.exitCode;
}

std::optional<UnitState> unitState(StepIo &io, const QString &node, const QString &unit,
                                   QString *error)
{
    RemoteCommand command;
    command.command = QStringLiteral("systemctl is-active --quiet %1; a=$?; systemctl is-enabled "
                                     "--quiet %1; echo \"active=$a enabled=$?\"")
                          .arg(shellQuote(unit));
    command.asRoot = true;
    command.timeoutMs = 180000;
    const CommandResult result = io.run(node, command);
    static const QRegularExpression answer(QStringLiteral("^active=(\\d+) enabled=(\\d+)$"),
                                           QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = answer.match(QString::fromUtf8(result.out));
    if (result.status != CommandResult::Status::Exited || result.exitCode != 0 ||
        !match.hasMatch()) {
        *error = describeFailure(
            node, QStringLiteral("systemctl is-active / is-enabled %1").arg(unit), result);
        return std::nullopt;
    }
    return UnitState{match.captured(1) == QLatin1String("0"),
                     match.captured(2) == QLatin1String("0")};
}

QString serviceAction(StepIo &io, const QString &node, const QString &action, const QString &unit)
{
    // A start, stop or restart can wait minutes (a shutdown waiting for a WAL sender): in a
    // process group, so that a cancel, a timeout or a lost connection ends the wait on the host
    // and a later attempt ends a waiting survivor first. The job itself is systemd's: it
    // completes or fails under the unit's own time limits.
    const QString group =
        RemoteScripts::ownStateDir() + QStringLiteral("/systemctl.%1.pgid").arg(unit);
    RemoteCommand command;
    command.command = RemoteScripts::ensureOwnStateDir() + QLatin1Char('\n') +
                      RemoteScripts::inProcessGroup(
                          shellJoin({QStringLiteral("systemctl"), action, unit}), group);
    command.stopCommand = RemoteScripts::stopInProcessGroup(group);
    command.asRoot = true;
    command.timeoutMs = 180000;
    const CommandResult result = io.run(node, command);
    if (result.status != CommandResult::Status::Exited)
        return describeFailure(node, QStringLiteral("systemctl %1 %2").arg(action, unit), result);
    return result.exitCode == 0 ? QString()
                                : Tr::tr("%1: systemctl %2 %3 failed (exit code %4)")
                                      .arg(node, action, unit)
                                      .arg(result.exitCode);
}

namespace {

void pauseBeforeNextPoll(StepIo &io, const QString &node, qint64 waitedMs)
{
    const int pauseMs = waitedMs < 5000 ? 200 : 1000;
    RemoteCommand pause;
    pause.command = QStringLiteral("sleep %1").arg(pauseMs / 1000.0);
    QElapsedTimer took;
    took.start();
    const CommandResult result = io.run(node, pause);
    // A host that cannot be reached answers at once: the pause is then taken here, so that the
    // poll that failed is not retried in a tight loop until the time limit.
    if (result.status != CommandResult::Status::Exited) {
        while (!io.cancelled() && !took.hasExpired(pauseMs))
            QThread::msleep(50);
    }
}

} // namespace

bool pollUntil(StepIo &io, const QString &node, qint64 limitMs,
               const std::function<bool()> &settled)
{
    QElapsedTimer waited;
    waited.start();
    while (!io.cancelled()) {
        if (settled())
            return true;
        if (waited.hasExpired(limitMs))
            break;
        pauseBeforeNextPoll(io, node, waited.elapsed());
    }
    return false;
}

} // namespace iha::RemoteOps
