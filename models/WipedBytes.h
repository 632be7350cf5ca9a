#pragma once

#include <QByteArray>
#include <QString>
#include <cstring>

namespace iha {

// A secret's UTF-8 bytes for a C API (libssh), overwritten when they go, so that they are not
// left behind in freed memory. The QString they come from, and the copies Qt makes of it, are
// out of reach: this only keeps the copies made here from outliving their use.
class WipedBytes
{
public:
    explicit WipedBytes(const QString &secret)
        : m_bytes(secret.toUtf8()) // a fresh buffer of its own: writing to it detaches nothing
    {}
    ~WipedBytes()
    {
        if (!m_bytes.isEmpty())
            explicit_bzero(m_bytes.data(), size_t(m_bytes.size()));
    }
    WipedBytes(const WipedBytes &) = delete;
    WipedBytes &operator=(const WipedBytes &) = delete;

    bool isEmpty() const { return m_bytes.isEmpty(); }
    // Null when empty, as libssh takes "no passphrase".
    const char *orNull() const { return m_bytes.isEmpty() ? nullptr : m_bytes.constData(); }
    const char *constData() const { return m_bytes.constData(); }

private:
    QByteArray m_bytes;
};

} // namespace iha
