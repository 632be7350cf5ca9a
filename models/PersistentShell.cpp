#include "models/PersistentShell.h"

#include "models/ShellQuote.h"

#include <QHash>
#include <QRandomGenerator>

namespace iha::PersistentShell {
namespace {

// `head -c N` reads exactly N bytes from a pipe (GNU coreutils), so the shell's stdin stays in
// step; a head that cannot (or no setsid) sends the caller back to a channel per command.
// A command's background group reports its end; the shell itself never waits, so that it can
// read a kill line meanwhile.
const char kScript[] = R"SH(set +xv
r=$1
for p in setsid head; do
  command -v "$p" >/dev/null 2>&1 || { printf '%s unsupported no %s\n' "$r" "$p"; exit 0; }
done
[ "$(printf abc | head -c 2 2>/dev/null)" = ab ] || { printf '%s unsupported head -c\n' "$r"; exit 0; }
printf '%s ready\n' "$r" >&2; printf '%s ready\n' "$r"
while IFS=' ' read -r k n a b; do
  case $k in
  run)
    c=$(head -c "$a"; echo x); c=${c%x}
    if [ "$b" -gt 0 ]; then i=$(head -c "$b"; echo x); i=${i%x}; else i=; fi
    { if [ "$b" -gt 0 ]; then printf '%s' "$i"; fi | setsid -w /bin/sh -c 'printf "%s pid %s\n" "$1" "$$"; c=$2; shift 2; eval "$c"' sh "$n" "$c"
      s=$?; printf '%s end\n' "$n" >&2; printf '%s exit %s\n' "$n" "$s"; } &
    i= ;;
  kill) kill -s "$b" -- "-$a" 2>/dev/null ;;
  *) exit 2 ;;
  esac
done
)SH";

} // namespace

QByteArray newNonce()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

QString startCommand(const QByteArray &readyNonce)
{
    return QStringLiteral("exec /bin/sh -c %1 sh %2")
        .arg(shellQuote(QString::fromLatin1(kScript)), QString::fromLatin1(readyNonce));
}

QByteArray request(const QByteArray &nonce, const QByteArray &command, const QByteArray &input)
{
    return "run " + nonce + ' ' + QByteArray::number(command.size()) + ' ' +
           QByteArray::number(input.size()) + '\n' + command + input;
}

QByteArray killRequest(qint64 processGroup, const QByteArray &signal)
{
    return "kill - " + QByteArray::number(processGroup) + ' ' + signal + '\n';
}

QString signalOfStatus(int status)
{
    // Linux's numbers of the signals that end commands.
    static const QHash<int, QString> names = {
        {1, QStringLiteral("HUP")},   {2, QStringLiteral("INT")},   {3, QStringLiteral("QUIT")},
        {4, QStringLiteral("ILL")},   {6, QStringLiteral("ABRT")},  {7, QStringLiteral("BUS")},
        {8, QStringLiteral("FPE")},   {9, QStringLiteral("KILL")},  {10, QStringLiteral("USR1")},
        {11, QStringLiteral("SEGV")}, {12, QStringLiteral("USR2")}, {13, QStringLiteral("PIPE")},
        {14, QStringLiteral("ALRM")}, {15, QStringLiteral("TERM")},
    };
    return status > 128 ? names.value(status - 128) : QString();
}

} // namespace iha::PersistentShell
