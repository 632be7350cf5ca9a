#include "models/RemoteScripts.h"

#include "models/ShellQuote.h"

namespace iha::RemoteScripts {

QString probeSudoWithoutPassword()
{
    return QStringLiteral("LC_ALL=C sudo -k -n -- /bin/sh -c 'exit 0'");
}

SudoProbe sudoProbeVerdict(const CommandResult &probe)
{
    if (probe.succeeded())
        return SudoProbe::NoPasswordNeeded;
    // sudo -n says this, and exits 1, when it would have asked (also to a user it will refuse
    // later: the password check then names that).
    if (probe.status == CommandResult::Status::Exited && probe.exitCode == 1 &&
        probe.err.contains("a password is required"))
        return SudoProbe::PasswordNeeded;
    return SudoProbe::Unknown;
}

namespace {

// Runs sudo with the password (the first line of stdin) offered only to sudo's askpass, a
// program sudo runs when, and only when, it wants the password. The password goes through a
// named pipe in a fresh 0700 folder of the login user, written by a background shell that
// waits for askpass to open it: it never rests in a file, and a sudo that does not ask leaves
// it unread (the writer is stopped when sudo ends). askpass is /bin/sh reading a script named
// by the prompt, so no folder needs to allow executing files. All of it runs in /bin/sh, not
// the login shell: its rc files could turn on tracing, which would print the password.
QString sudoWithAskpass(const QString &sudoArguments, const QString &sudoEnvironment = {})
{
    const QString script =
        QStringLiteral("set +xv\n"
                       "IFS= read -r p || { echo 'no sudo password on stdin' >&2; exit 125; }\n"
                       "for b in \"${XDG_RUNTIME_DIR:-}\" /dev/shm \"${TMPDIR:-/tmp}\"; do "
                       "[ -n \"$b\" ] && [ -d \"$b\" ] && [ -w \"$b\" ] && break; done\n"
                       "d=$(mktemp -d -- \"$b/.iha-sudo-XXXXXX\") || exit 125\n"
                       "w=\n"
                       "trap '[ -z \"$w\" ] || kill \"$w\" 2>/dev/null; rm -rf -- \"$d\"' EXIT\n"
                       "trap 'exit 129' HUP; trap 'exit 130' INT; trap 'exit 143' TERM\n"
                       "mkfifo -m 600 -- \"$d/pw\" || exit 125\n"
                       "echo 'cat -- \"${0%/*}/pw\"; rm -f -- \"${0%/*}/pw\"' >\"$d/askpass\"\n"
                       "printf '%s\\n' \"$p\" >\"$d/pw\" &\n"
                       "w=$!; p=\n"
                       "%1SUDO_ASKPASS=/bin/sh sudo -k -A -p \"$d/askpass\" %2\n")
            .arg(sudoEnvironment, sudoArguments);
    return QStringLiteral("exec /bin/sh -c ") + shellQuote(script);
}

} // namespace

QString validateSudoPassword()
{
    // English, for isWrongSudoPassword().
    return sudoWithAskpass(QStringLiteral("-v"), QStringLiteral("LC_ALL=C "));
}

QString asRoot(const QString &command, Privilege privilege)
{
    switch (privilege) {
    case Privilege::Root:
        return command;
    // -n: never prompt, so nothing meant for a prompt can reach the command's stdin.
    case Privilege::SudoNoPassword:
        return QStringLiteral("sudo -n -- /bin/sh -c ") + shellQuote(command);
    // -k: ignore cached credentials, so that sudo takes the password now, while it is there.
    case Privilege::SudoPassword:
        return sudoWithAskpass(QStringLiteral("-- /bin/sh -c ") + shellQuote(command));
    }
    return command;
}

QByteArray withSudoPassword(const QString &sudoPassword, const QByteArray &input)
{
    return sudoPassword.toUtf8() + '\n' + input;
}

bool isWrongSudoPassword(const QByteArray &stderrOutput)
{
    return stderrOutput.contains("incorrect password") || stderrOutput.contains("Sorry, try again");
}

QString readFile(const QString &path)
{
    return QStringLiteral("cat -- ") + shellQuote(path);
}

QString findPostgresBinaries(const QString &binDir, const QString &dataDir)
{
    if (!binDir.isEmpty())
        return QStringLiteral(
                   "d=%1; [ -x \"$d/pg_ctl\" ] || { echo \"no pg_ctl in $d\" >&2; exit 1; }; "
                   "echo \"$d\"; \"$d/pg_ctl\" --version")
            .arg(shellQuote(binDir));
    // The programs of the data directory's major version first (the cluster that runs there),
    // then pg_ctl on the PATH, then the newest installed version.
    QString ofTheData;
    if (!dataDir.isEmpty())
        ofTheData =
            QStringLiteral("v=$(cat -- %1/PG_VERSION 2>/dev/null || true); p=; if [ -n \"$v\" ]; "
                           "then for c in /usr/lib/postgresql/$v/bin /usr/pgsql-$v/bin; do "
                           "[ -x \"$c/pg_ctl\" ] && { p=\"$c/pg_ctl\"; break; }; done; fi; "
                           "[ -n \"$p\" ] || ")
                .arg(shellQuote(dataDir));
    return ofTheData +
           QStringLiteral("p=$(command -v pg_ctl 2>/dev/null || true); "
                          "if [ -z \"$p\" ]; then for c in $(ls -d /usr/lib/postgresql/*/bin "
                          "/usr/pgsql-*/bin 2>/dev/null | sort -V -r); do "
                          "[ -x \"$c/pg_ctl\" ] && { p=\"$c/pg_ctl\"; break; }; done; fi; "
                          "[ -n \"$p\" ] || { echo 'pg_ctl not found on the PATH, in "
                          "/usr/lib/postgresql/*/bin or /usr/pgsql-*/bin' >&2; exit 1; }; "
                          "dirname -- \"$p\"; \"$p\" --version");
}

QString backupPath(const FileWrite &write)
{
    return write.path + QLatin1Char('.') +
           write.time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) +
           QLatin1String(".bak");
}

QString writeFile(const FileWrite &write)
{
    const QString f = shellQuote(write.path);
    const QString backup = shellQuote(backupPath(write));
    QString newFileOwner;
    if (!write.newFileOwner.isEmpty())
        newFileOwner =
            QStringLiteral("  chown %1 -- \"$tmp\"\n").arg(shellQuote(write.newFileOwner));
    // Compare-and-swap: the content was computed from what was read, which must still be there
    // right before the swap (the slow parts, the copy in and its sync, come first). The hash of
    // stdin, so that no file name changes how sha256sum prints it.
    QString unchanged, printHash;
    if (!write.expectedSha256.isEmpty()) {
        unchanged = QStringLiteral(
                        "if [ -e \"$f\" ]; then now=$(sha256sum <\"$f\" | cut -d' ' -f1); "
                        "else now=absent; fi\n"
                        "[ \"$now\" = %1 ] || { echo \"$f changed since it was read (sha256 $now, "
                        "not %1): nothing was written; run the step again\" >&2; exit %2; }\n")
                        .arg(QString::fromLatin1(write.expectedSha256))
                        .arg(kFileChangedMeanwhile);
        printHash = QStringLiteral("echo \"sha256 $(sha256sum <\"$f\" | cut -d' ' -f1)\"\n");
    }
    return QStringLiteral("set -eu\n"
                          "f=%1\n"
                          "d=$(dirname -- \"$f\"); b=$(basename -- \"$f\")\n"
                          "tmp=$(mktemp -- \"$d/.$b.iha-XXXXXX\")\n"
                          "trap 'rm -f -- \"$tmp\"' EXIT\n"
                          "cat >\"$tmp\"\n"
                          "if [ -e \"$f\" ]; then\n"
                          "  chown --reference=\"$f\" -- \"$tmp\"\n"
                          "  chmod --reference=\"$f\" -- \"$tmp\"\n"
                          "else\n"
                          "  chmod %3 -- \"$tmp\"\n"
                          "%4"
                          "fi\n"
                          "sync -- \"$tmp\"\n"
                          "%5"
                          "if [ -e \"$f\" ]; then cp -p -- \"$f\" %2; echo %2; fi\n"
                          "mv -f -- \"$tmp\" \"$f\"\n"
                          "trap - EXIT\n"
                          "sync -- \"$d\"\n"
                          "%6")
        .arg(f, backup, shellQuote(write.newFileMode), newFileOwner, unchanged, printHash);
}

namespace {

// Ends the process group "$p" if anything is left in it: TERM, up to 5 s for it to go, then
// KILL. Nothing is sent to an empty group, whose number is free to be taken again (by a
// PostgreSQL backend, which leads a group of its own); while a member lives it cannot be.
const char kSignalGroup[] =
    "if kill -0 \"-$p\" 2>/dev/null; then kill -TERM \"-$p\" 2>/dev/null; "
    "for i in 1 2 3 4 5; do kill -0 \"-$p\" 2>/dev/null || break; sleep 1; done; "
    "kill -0 \"-$p\" 2>/dev/null && kill -KILL \"-$p\" 2>/dev/null; fi";

// Ends the process group named in the file "$g". Only a number above 1 is taken for a group
// (never "kill -TERM -1", which is every process), and only when the file was written since
// the host last started (its boot id): after a reboot the number may belong to anything,
// PostgreSQL included.
QString stopGroupOfFile()
{
    return QStringLiteral("if [ -s \"$g\" ]; then read -r p b <\"$g\" || true; "
                          "[ \"$b\" = \"$(cat /proc/sys/kernel/random/boot_id)\" ] || p=; "
                          "case \"$p\" in \"\"|*[!0-9]*|0|1) ;; *) %1;; esac; rm -f -- \"$g\"; fi")
        .arg(QLatin1String(kSignalGroup));
}

} // namespace

QString inProcessGroup(const QString &command, const QString &groupFile,
                       const QString &progressPath, int stallSeconds)
{
    // A frozen peer keeps answering TCP keepalives (its kernel runs), so a copy from it can
    // wait forever: with a progress path, the group is stopped once that path has stopped
    // growing for `stallSeconds` (counted from its first 64 KiB, so that the primary's
    // checkpoint before the copy is not taken for a stall).
    QString watch;
    if (!progressPath.isEmpty() && stallSeconds > 0)
        watch =
            QStringLiteral("( pp=%1; last=; quiet=0\n"
                           "  while kill -0 \"$w\" 2>/dev/null; do\n"
                           "    sleep 5\n"
                           "    s=$(du -s -B1 --apparent-size -- \"$pp\" 2>/dev/null | cut -f1)\n"
                           "    if [ \"${s:-0}\" -lt 65536 ] || [ \"$s\" != \"$last\" ]; then "
                           "last=$s; quiet=0; "
                           "else quiet=$((quiet + 5)); fi\n"
                           "    if [ $quiet -ge %2 ]; then\n"
                           "      echo \"no progress in $pp for %2 s: stopped\" >&2\n"
                           "      %3\n"
                           "      break\n"
                           "    fi\n"
                           "  done ) </dev/null &\n"
                           "m=$!\n")
                .arg(progressPath)
                .arg(stallSeconds)
                .arg(stopGroupOfFile());
    // setsid: the command leads a new session, its own process group, whose id it records
    // ($w: the background child is no group leader, so setsid does not fork). Once its leader
    // has ended, what is left of that group is stopped too, and only then does the script
    // exit: a leader killed by the watcher ends at once, while runuser, which forwards the
    // TERM to pg_basebackup, still waits for it. The file is removed only while it names this
    // group: a retry that stopped this attempt has written its own.
    return QStringLiteral(
               "g=%1\n"
               "if [ -s \"$g\" ]; then\n"
               "  echo \"stopping what an earlier attempt may have left running first\" >&2\n"
               "  %2\n"
               "fi\n"
               "setsid sh -c 'echo \"$$ $(cat /proc/sys/kernel/random/boot_id)\" >\"$0\"; exec sh "
               "-c "
               "\"$1\"' \"$g\" %3 </dev/null &\n"
               "w=$!\n"
               "%4"
               "wait \"$w\"\n"
               "rc=$?\n"
               "[ -n \"${m:-}\" ] && kill \"$m\" 2>/dev/null\n"
               "p=$w; %5\n"
               "if [ -s \"$g\" ] && read -r p b <\"$g\" && [ \"$p\" = \"$w\" ]; then rm -f -- "
               "\"$g\"; fi\n"
               "exit $rc\n")
        .arg(shellQuote(groupFile), stopGroupOfFile(), shellQuote(command), watch,
             QLatin1String(kSignalGroup));
}

QString ownStateDir()
{
    return QStringLiteral("/var/tmp/inmanta-ha-admin");
}

QString ensureOwnStateDir()
{
    // Not /var/tmp itself: any local user could plant a lock or a process group file there.
    return QStringLiteral(
               "s=%1; [ -e \"$s\" ] || install -d -m 0700 -o root -g root -- \"$s\"; "
               "if [ -L \"$s\" ] || [ ! -d \"$s\" ] || [ \"$(stat -c '%u %a' -- \"$s\")\" != "
               "'0 700' ]; then echo \"$s is not root's own folder with mode 0700: "
               "refusing to use it\" >&2; exit 1; fi")
        .arg(ownStateDir());
}

QString stopInProcessGroup(const QString &groupFile)
{
    return QStringLiteral("g=%1; %2; exit 0").arg(shellQuote(groupFile), stopGroupOfFile());
}

QString writeSecretFile(const QString &path, const QString &owner)
{
    // Written by the owner itself (umask 077: 0600 from the start): root never writes or
    // changes the owner of a file in a folder the owner controls, where a symbolic link put
    // in the way at the right moment would turn root's write to another file.
    const QString asOwner = QStringLiteral(
        "set -eu; umask 077; f=$1; "
        "tmp=$(mktemp -- \"$(dirname -- \"$f\")/.$(basename -- \"$f\").iha-XXXXXX\"); "
        "trap 'rm -f -- \"$tmp\"' EXIT; cat >\"$tmp\"; sync -- \"$tmp\"; "
        "mv -f -T -- \"$tmp\" \"$f\"; trap - EXIT");
    return QStringLiteral("cd / && runuser -u %1 -- sh -c %2 sh %3")
        .arg(shellQuote(owner), shellQuote(asOwner), shellQuote(path));
}

QString compareSecretFile(const QString &path, const QString &owner)
{
    return QStringLiteral("f=%1\n"
                          "if [ ! -e \"$f\" ] && [ ! -L \"$f\" ]; then echo absent\n"
                          "elif [ ! -L \"$f\" ] && [ -f \"$f\" ] && "
                          "[ \"$(stat -c '%U %a' -- \"$f\")\" = %2 ] && cmp -s -- - \"$f\"; "
                          "then echo same\n"
                          "else echo differs; fi\n")
        .arg(shellQuote(path), shellQuote(owner + QStringLiteral(" 600")));
}

} // namespace iha::RemoteScripts
