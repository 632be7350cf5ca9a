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
    // With start words, a stream's bytes before its marker of that word are not output but
    // dropped (counted in dropped()): the noise of rc files before "ready", what leftovers of
    // an earlier command write before this one's "pid" and "start".
    explicit ShellFrameReader(QByteArray nonce, QByteArray stdoutStart = {},
                              QByteArray stderrStart = {});

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
    // The last marker `word` seen on stdout (its value), if any.
    std::optional<QByteArray> stdoutValue(const QByteArray &word) const;
    std::optional<QByteArray> stderrValue(const QByteArray &word) const;
    qint64 dropped() const { return m_out.dropped + m_err.dropped; }

private:
    struct Stream
    {
        QByteArray pending; // not yet known to be output
        QList<Marker> markers;
        QByteArray start; // output only after this marker; empty: from the first byte
        bool started = false;
        qint64 dropped = 0;
    };
    QByteArray feed(Stream &stream, const QByteArray &bytes);
    QByteArray take(Stream &stream, const QByteArray &bytes); // output, markers taken out

    QByteArray m_nonce;
    Stream m_out;
    Stream m_err;
};

} // namespace iha
