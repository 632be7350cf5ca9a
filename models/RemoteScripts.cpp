#include "models/RemoteScripts.h"

#include "models/ShellQuote.h"

namespace iha::RemoteScripts {

QString probeSudoWithoutPassword()
{
    return QStringLiteral("sudo -k -n -- /bin/sh -c 'exit 0'");
}

QString validateSudoPassword()
{
    return QStringLiteral("sudo -k -S -p '' -v");
}

QString asRoot(const QString &command, Privilege privilege)
{
    switch (privilege) {
    case Privilege::Root:
        return command;
    // -n: never prompt, so nothing meant for a prompt can reach the command's stdin.
    case Privilege::SudoNoPassword:
        return QStringLiteral("sudo -n -- /bin/sh -c ") + shellQuote(command);
    // -k: ignore cached credentials, so sudo always reads the password line we send first.
    case Privilege::SudoPassword:
        return QStringLiteral("sudo -k -S -p '' -- /bin/sh -c ") + shellQuote(command);
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

QString findPostgresBinaries(const QString &binDir)
{
    if (!binDir.isEmpty())
        return QStringLiteral(
                   "d=%1; [ -x \"$d/pg_ctl\" ] || { echo \"no pg_ctl in $d\" >&2; exit 1; }; "
                   "echo \"$d\"; \"$d/pg_ctl\" --version")
            .arg(shellQuote(binDir));
    return QStringLiteral("p=$(command -v pg_ctl 2>/dev/null || true); "
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
    return QStringLiteral("set -eu\n"
                          "f=%1\n"
                          "d=$(dirname -- \"$f\"); b=$(basename -- \"$f\")\n"
                          "tmp=$(mktemp -- \"$d/.$b.iha-XXXXXX\")\n"
                          "trap 'rm -f -- \"$tmp\"' EXIT\n"
                          "cat >\"$tmp\"\n"
                          "if [ -e \"$f\" ]; then\n"
                          "  chown --reference=\"$f\" -- \"$tmp\"\n"
                          "  chmod --reference=\"$f\" -- \"$tmp\"\n"
                          "  cp -p -- \"$f\" %2\n"
                          "  echo %2\n"
                          "else\n"
                          "  chmod %3 -- \"$tmp\"\n"
                          "%4"
                          "fi\n"
                          "sync -- \"$tmp\"\n"
                          "mv -f -- \"$tmp\" \"$f\"\n"
                          "trap - EXIT\n"
                          "sync -- \"$d\"\n")
        .arg(f, backup, shellQuote(write.newFileMode), newFileOwner);
}

QString writeSecretFile(const QString &path, const QString &owner)
{
    return QStringLiteral(
               "set -eu\n"
               "f=%1\n"
               "tmp=$(mktemp -- \"$(dirname -- \"$f\")/.$(basename -- \"$f\").iha-XXXXXX\")\n"
               "trap 'rm -f -- \"$tmp\"' EXIT\n"
               "chown %2 -- \"$tmp\"\n"
               "cat >\"$tmp\"\n"
               "sync -- \"$tmp\"\n"
               "mv -f -T -- \"$tmp\" \"$f\"\n"
               "trap - EXIT\n")
        .arg(shellQuote(path), shellQuote(owner + QLatin1Char(':') + owner));
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
