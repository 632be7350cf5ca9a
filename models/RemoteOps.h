#pragma once

#include "models/Cluster.h"
#include "models/Step.h"

#include <functional>
#include <optional>

namespace iha {

// The remote operations steps are made of, with their failures put in words that name the
// node and the command. Each returns nullopt (or an empty string) on failure and fills *error.
namespace RemoteOps {

QString describeFailure(const QString &node, const QString &what, const CommandResult &result);

std::optional<QByteArray> readFile(StepIo &io, const QString &node, const QString &path,
                                   QString *error);
// Atomic replace with a backup ("<path>.<UTC time>.bak", returned; empty for a new file).
// The content goes into the audit log as it is: files holding secrets are written otherwise.
std::optional<QString> writeFile(StepIo &io, const QString &node, const QString &path,
                                 const QByteArray &content, QString *error);
// Writes `after` in place of the file read as `before`, as writeFile does, unless it changed
// since it was read (then nothing is written: someone else edits it). `writtenSha256` gets the
// hash of what is on the host now, which proves the content without reading it back.
std::optional<QString> replaceFile(StepIo &io, const QString &node, const QString &path,
                                   const QByteArray &before, const QByteArray &after,
                                   QByteArray *writtenSha256, QString *error);
QByteArray sha256Hex(const QByteArray &content);
// Reads the file, applies `edit` to its text and writes the result as writeFile does; returns
// the backup's path.
std::optional<QString> editFile(StepIo &io, const QString &node, const QString &path,
                                const std::function<QString(const QString &)> &edit,
                                QString *error);
// Runs SQL as the postgres user through psql on the node; the SQL goes on stdin, and into the
// audit log as `auditedStatements` when it holds a secret. Returns psql's unaligned output.
std::optional<QString> sql(StepIo &io, const Node &node, const QString &statements, QString *error,
                           int timeoutMs = 60000, const QString &auditedStatements = {});
// systemctl ACTION UNIT; returns its exit code (or nullopt when it could not run).
std::optional<int> systemctl(StepIo &io, const QString &node, const QString &action,
                             const QString &unit, QString *error);
// systemctl is-active and is-enabled of UNIT, both in one command.
struct UnitState
{
    bool active = false;
    bool enabled = false;
};
std::optional<UnitState> unitState(StepIo &io, const QString &node, const QString &unit,
                                   QString *error);
// systemctl ACTION UNIT that must succeed: empty, or why not (naming node, action and code).
QString serviceAction(StepIo &io, const QString &node, const QString &action, const QString &unit);
// A program of PostgreSQL on the node as a shell word (quoted): in binDir when set, else in
// the folder RemoteScripts::findPostgresBinaries() finds, as the pre-flight does.
QString postgresProgram(const Node &node, const QString &program);
// The folder of those programs, as a shell word.
QString postgresBinDir(const Node &node);
// Polls something that settles within moments (a standby joining, a promotion, a server coming
// up) until `settled` returns true, the run is cancelled or `limitMs` has passed (one last
// poll at the limit); returns whether `settled` said so. Between polls it waits on the node,
// so that a cancel ends the wait as it ends any command: 0.2 s at first (as
// tests/lab/runbook-by-hand's check), then 1 s after 5 s so that a long wait does not keep the
// host busy.
bool pollUntil(StepIo &io, const QString &node, qint64 limitMs,
               const std::function<bool()> &settled);

} // namespace RemoteOps
} // namespace iha
