#include "models/ShellFrames.h"

#include <utility>

namespace iha {
namespace {

// How many bytes at the end of `text` are the start of `nonce` (not all of it).
qsizetype partialNonceAtEnd(const QByteArray &text, const QByteArray &nonce)
{
    for (qsizetype k = std::min(text.size(), nonce.size() - 1); k > 0; --k) {
        if (text.endsWith(QByteArrayView(nonce).first(k)))
            return k;
    }
    return 0;
}

std::optional<QByteArray> valueOf(const QList<ShellFrameReader::Marker> &markers,
                                  const QByteArray &word)
{
    for (auto marker = markers.crbegin(); marker != markers.crend(); ++marker) {
        if (marker->word == word)
            return marker->value;
    }
    return std::nullopt;
}

} // namespace

ShellFrameReader::ShellFrameReader(QByteArray nonce, QByteArray stdoutStart, QByteArray stderrStart)
    : m_nonce(std::move(nonce))
{
    m_out.start = std::move(stdoutStart);
    m_err.start = std::move(stderrStart);
    m_out.started = m_out.start.isEmpty();
    m_err.started = m_err.start.isEmpty();
}

QByteArray ShellFrameReader::feedStdout(const QByteArray &bytes)
{
    return feed(m_out, bytes);
}

QByteArray ShellFrameReader::feedStderr(const QByteArray &bytes)
{
    return feed(m_err, bytes);
}

std::optional<QByteArray> ShellFrameReader::stdoutValue(const QByteArray &word) const
{
    return valueOf(m_out.markers, word);
}

std::optional<QByteArray> ShellFrameReader::stderrValue(const QByteArray &word) const
{
    return valueOf(m_err.markers, word);
}

QByteArray ShellFrameReader::feed(Stream &stream, const QByteArray &bytes)
{
    QByteArray output = take(stream, bytes);
    if (stream.started)
        return output;
    stream.dropped += output.size();
    return {};
}

QByteArray ShellFrameReader::take(Stream &stream, const QByteArray &bytes)
{
    stream.pending += bytes;
    QByteArray output;
    while (true) {
        const qsizetype at = stream.pending.indexOf(m_nonce);
        if (at < 0)
            break;
        const qsizetype end = stream.pending.indexOf('\n', at + m_nonce.size());
        if (end < 0) {
            // A marker still arriving: what comes before it is output.
            output += stream.pending.left(at);
            stream.pending.remove(0, at);
            return output;
        }
        output += stream.pending.left(at);
        const QByteArray body =
            stream.pending.mid(at + m_nonce.size(), end - at - m_nonce.size()).trimmed();
        const qsizetype space = body.indexOf(' ');
        stream.markers.append(
            {space < 0 ? body : body.left(space), space < 0 ? QByteArray() : body.mid(space + 1)});
        stream.pending.remove(0, end + 1);
        if (!stream.started && stream.markers.constLast().word == stream.start) {
            // What came before the start marker is dropped; what follows is output.
            stream.dropped += output.size();
            output.clear();
            stream.started = true;
        }
    }
    const qsizetype held = partialNonceAtEnd(stream.pending, m_nonce);
    output += stream.pending.left(stream.pending.size() - held);
    stream.pending.remove(0, stream.pending.size() - held);
    return output;
}

} // namespace iha
