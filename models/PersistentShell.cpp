#include "models/PersistentShell.h"

#include "models/ShellQuote.h"

#include <QHash>
#include <QRandomGenerator>

namespace iha::PersistentShell {
namespace {

// `head -c N` must read exactly N bytes from a pipe (GNU coreutils does), so that the shell's
// stdin stays in step; that, setsid -w and a builtin printf (the input never in an argv) are
// checked first, and a host without them gets a channel per command. A command's background
// group reports its end; the shell itself never waits, so that it can read a kill line
// meanwhile. The command's own shell says "exited S" when it ends by itself (not by a signal),
// and "start" on stderr before the command: what leftovers of earlier commands write is not
// taken for this one's output.
const char kScript[] = R"SH(set +axv
r=$1
no() { printf '%s unsupported %s\n' "$r" "$1"; exit 0; }
command -v setsid >/dev/null 2>&1 || no 'no setsid'
LC_ALL=C command -V printf 2>/dev/null | grep -q builtin || no 'printf is no builtin'
[ "$(printf abcd | { head -c 1 >/dev/null; cat; })" = bcd ] || no 'head -c reads ahead'
setsid -w /bin/sh -c 'exit 3' </dev/null >/dev/null 2>&1; [ $? = 3 ] || no 'no setsid -w'
printf '%s ready\n' "$r" >&2; printf '%s ready\n' "$r"
while IFS=' ' read -r k n a b; do
  case $k in
  run)
    c=$(head -c "$a"; echo x); c=${c%x}
    if [ "$b" -gt 0 ]; then i=$(head -c "$b"; echo x); i=${i%x}; else i=; fi
    { if [ "$b" -gt 0 ]; then printf '%s' "$i"; fi |
        IHA_N=$n IHA_C=$c setsid -w /bin/sh -c '__iha_n=$IHA_N __iha_c=$IHA_C; unset IHA_N IHA_C
printf "%s pid %s\n" "$__iha_n" "$$"; printf "%s start\n" "$__iha_n" >&2
trap '"'"'printf "%s exited %s\n" "$__iha_n" "$?" >&2'"'"' EXIT
eval "$__iha_c"'
      s=$?; printf '%s end\n' "$n" >&2; printf '%s exit %s\n' "$n" "$s"; } &
    i= c= ;;
  kill) case $a in ''|*[!0-9]*|0|1) ;; *) kill -s "$b" -- "-$a" 2>/dev/null ;; esac ;;
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
