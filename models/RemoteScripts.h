#pragma once

#include "models/RemoteCommand.h"

#include <QDateTime>
#include <QString>

namespace iha {

// Shell text for the file and privilege work the product does on hosts, built here (pure)
// so that previews, the audit log and the tests see exactly what runs.
namespace RemoteScripts {

// How the login user becomes root on a host.
enum class Privilege
{
    Root,           // logged in as root
    SudoNoPassword, // sudo without a password (NOPASSWD)
    SudoPassword,   // sudo that asks for the user's password, offered to its askpass only
};

// `sudo -k -n` ignores cached credentials: it succeeds only when sudo never asks. Its
// messages are read, so it speaks English (LC_ALL=C).
QString probeSudoWithoutPassword();
// What the probe's answer says, for certain; anything else (a timeout, a message of another
// sudo) is Unknown, and the tool stops there instead of guessing.
enum class SudoProbe
{
    NoPasswordNeeded,
    PasswordNeeded,
    Unknown,
};
SudoProbe sudoProbeVerdict(const CommandResult &probe);
// Checks the sudo password (the first line of stdin) before any command runs as root.
QString validateSudoPassword();
// The command as it runs with the privilege. For SudoPassword the first line of stdin is the
// password (see withSudoPassword), which only sudo's askpass reads, and only when sudo asks
// for it: a sudo that does not ask never passes it to the command, whose stdin is the rest.
QString asRoot(const QString &command, Privilege privilege);
QByteArray withSudoPassword(const QString &sudoPassword, const QByteArray &input);
// True when sudo's output says the password was wrong.
bool isWrongSudoPassword(const QByteArray &stderrOutput);

QString readFile(const QString &path);

// Finds PostgreSQL's programs: in `binDir` when given, else those of the major version in
// `dataDir`/PG_VERSION where Debian (/usr/lib/postgresql/N/bin) or the PGDG RPMs
// (/usr/pgsql-N/bin) put them, else pg_ctl's folder on the PATH, else the newest of those.
// Prints two lines: the folder, and `pg_ctl --version`; exits 1 when none is found.
QString findPostgresBinaries(const QString &binDir, const QString &dataDir = {});

// Replaces `path` atomically with the command's stdin: a temporary file in the same folder
// takes the old file's owner and mode (or `newFileMode` / `newFileOwner` for a new file), is
// flushed to disk, and is renamed over the old one, which is first copied to
// "<path>.<UTC timestamp>.bak" (printed on stdout).
struct FileWrite
{
    QString path;
    QString newFileMode = QStringLiteral("0644");
    QString newFileOwner; // "user:group"; empty: the login user's
    QDateTime time;       // names the backup
    // The SHA-256 (hex) the file must still have, or "absent": a file changed since it was read
    // is left alone (exit 75, said on stderr). The written file's hash is then printed too, as a
    // last line "sha256 HEX", which proves the content without reading it back.
    QByteArray expectedSha256;
};
constexpr int kFileChangedMeanwhile = 75;
QString backupPath(const FileWrite &write);
QString writeFile(const FileWrite &write);

// Runs `command` in a process group of its own, whose id is kept in `groupFile` while it runs,
// so that stopInProcessGroup() can end it and everything it started (pg_basebackup's WAL
// streamer too) when the operator cancels, a timeout fires or the connection is lost: closing
// an SSH channel leaves a command that does not write to it running. What an earlier attempt
// left running (a lost connection) is stopped first, before it runs again, and what the command
// leaves in its group is stopped before the script ends. `progressPath` is a
// shell word (quoted, or a variable of the script around it) naming what grows while it works.
QString inProcessGroup(const QString &command, const QString &groupFile,
                       const QString &progressPath = {}, int stallSeconds = 0);
QString stopInProcessGroup(const QString &groupFile);

// The folder on each host for the product's lock and process group files, and the shell text
// that makes it (root's, mode 0700) or refuses to go on when it is anything else.
QString ownStateDir();
QString ensureOwnStateDir();

// A file holding a secret (stdin), for `owner` only: written by `owner` with umask 077 into a
// temporary file in the same folder and renamed over the path (a symbolic link there is
// replaced, never followed). No backup: no copies of secrets lying around.
QString writeSecretFile(const QString &path, const QString &owner);
// Prints "same" when the file is a regular file of `owner` with mode 0600 and holds exactly
// stdin, "absent" when there is none, else "differs"; the content never travels back.
QString compareSecretFile(const QString &path, const QString &owner);

} // namespace RemoteScripts
} // namespace iha
