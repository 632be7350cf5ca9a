#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace iha {

// A host key as the server presents it: its type name ("ssh-ed25519") and its blob.
struct HostKey
{
    QString type;
    QByteArray blob;

    // OpenSSH's fingerprint: "SHA256:" and the unpadded base64 of the blob's SHA-256.
    QString fingerprint() const;
    static bool isFingerprint(const QString &text);
    // Why `text` is no fingerprint, for an error message.
    static QString notAFingerprint(const QString &text);
    bool operator==(const HostKey &other) const { return type == other.type && blob == other.blob; }
};

// OpenSSH's known_hosts files, read with OpenSSH's rules: plain and hashed (|1|) host names,
// "[host]:port" for ports other than 22, comma-separated patterns with * ? and ! negation,
// and the @revoked marker; and RevokedHostKeys files that list public keys. Host
// certificates (@cert-authority) are not supported: such a line is kept only to say so when
// it covers a host whose key is unknown. Pure: the caller reads and writes the files.
class KnownHosts
{
public:
    enum class Verdict
    {
        Known,   // this very key is on record for the host
        Unknown, // the host is not on record at all
        Changed, // the host is on record with another key: never accept
        Revoked, // the key is marked @revoked
    };

    struct Match
    {
        Verdict verdict = Verdict::Unknown;
        QStringList knownFingerprints; // of the keys on record for the host, when Changed
        QString source;                // the file that decided, when not Unknown
        // When Unknown: the @cert-authority lines that cover the host ("file:line"), which
        // would vouch for it in OpenSSH and do not here.
        QStringList unsupportedCertificateAuthorities;
    };

    // Adds the content of one file; later files are consulted after earlier ones.
    void addFile(const QString &source, const QByteArray &content);
    // Adds a RevokedHostKeys file: public keys, one per line, refused for every host. A binary
    // key revocation list (KRL) cannot be read here: the problem is returned, and the caller
    // refuses to connect rather than miss a revocation. Empty when all went well.
    QString addRevokedKeys(const QString &source, const QByteArray &content);

    Match check(const QString &host, int port, const HostKey &key) const;

    // What messages add when @cert-authority lines cover a host (Match's list); empty if none.
    static QString certificateAuthoritiesNote(const QStringList &lines);

    // The RevokedHostKeys files an OpenSSH client configuration (ssh_config) names for every
    // host: at its top or under "Host *" ("none" names none).
    static QStringList revokedHostKeysFiles(const QByteArray &sshConfig);

    // The line to append to record `key` for the host (no hashing: readable by operators).
    static QByteArray entryLine(const QString &host, int port, const HostKey &key);
    // "host" for port 22, else "[host]:port", as OpenSSH writes it.
    static QString hostToken(const QString &host, int port);

private:
    struct Entry
    {
        QString source; // "file:line"
        bool revoked = false;
        bool certificateAuthority = false;
        QStringList patterns; // raw, possibly hashed or negated
        HostKey key;
    };

    static bool matchesHost(const Entry &entry, const QString &token);

    QList<Entry> m_entries;
};

} // namespace iha
