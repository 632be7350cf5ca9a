#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace iha {

// Collects a report's text and hands it to the device in large pieces: a report of any length
// is written as it is made, in few writes. (Internal to the report writers.)
class ChunkedOutput
{
public:
    explicit ChunkedOutput(QIODevice &device)
        : m_device(device)
    {
        m_buffer.reserve(kChunk + 65536);
    }

    QByteArray &buffer() { return m_buffer; }
    // Writes what was collected once it is `atLeast` bytes long.
    void flush(qsizetype atLeast = kChunk)
    {
        if (m_buffer.size() < atLeast)
            return;
        m_ok = m_ok && m_device.write(m_buffer) == m_buffer.size();
        m_buffer.resize(0); // keeps its capacity
    }
    // Writes the rest. Empty, or the device's error.
    QString finish()
    {
        flush(0);
        return m_ok ? QString() : m_device.errorString();
    }

private:
    static constexpr qsizetype kChunk = 1 << 18;
    QIODevice &m_device;
    QByteArray m_buffer;
    bool m_ok = true;
};

} // namespace iha
