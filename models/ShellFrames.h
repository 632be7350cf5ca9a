#pragma once

#include <QByteArray>
#include <QList>
#include <optional>

namespace iha {

// Reads what one command of a persistent remote shell writes (RemoteScripts::persistentShell):
// its output, with the shell's markers taken out. A marker is the command's nonce, a space,
// a word and a newline: "NONCE pid 4711\n" and "NONCE exit 0\n" on stdout, "NONCE end\n" on
// stderr. The nonce is fresh for each command, so output cannot end a command by chance, and
// anything around a marker (a line the command left unfinished) stays output. Bytes that may
// be the start of a marker are held back until the next chunk tells.
class ShellFrameReader
{
public:
    explicit ShellFrameReader(QByteArray nonce);

    // Each returns the output that is certain now (possibly empty).
    QByteArray feedStdout(const QByteArray &bytes);
    QByteArray feedStderr(const QByteArray &bytes);

    // The words after the nonce on stdout and stderr, in order: {"pid", "4711"}, ...
    struct Marker
    {
        QByteArray word;
        QByteArray value;
    };
    const QList<Marker> &stdoutMarkers() const { return m_out.markers; }
    const QList<Marker> &stderrMarkers() const { return m_err.markers; }
    // The marker `word` seen on stdout (its value), if any.
    std::optional<QByteArray> stdoutValue(const QByteArray &word) const;
    std::optional<QByteArray> stderrValue(const QByteArray &word) const;

private:
    struct Stream
    {
        QByteArray pending; // not yet known to be output
        QList<Marker> markers;
    };
    QByteArray feed(Stream &stream, const QByteArray &bytes);

    QByteArray m_nonce;
    Stream m_out;
    Stream m_err;
};

} // namespace iha
