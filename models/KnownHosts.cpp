#include "models/KnownHosts.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace iha {
namespace {

// OpenSSH's wildcard patterns: '*' any run of characters, '?' exactly one; nothing else is
// special (brackets belong to "[host]:port").
bool wildcardMatch(const QString &pattern, const QString &text)
{
    QString re;
    for (const QChar c : pattern) {
        if (c == QLatin1Char('*'))
            re += QLatin1String(".*");
        else if (c == QLatin1Char('?'))
            re += QLatin1Char('.');
        else
            re += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(re),
                              QRegularExpression::CaseInsensitiveOption)
        .match(text)
        .hasMatch();
}

bool hashedMatch(const QString &pattern, const QString &token)
{
    // |1|base64(salt)|base64(HMAC-SHA1(salt, host token))
    const QStringList parts = pattern.split(QLatin1Char('|'));
    if (parts.size() != 4 || parts.at(1) != QLatin1String("1"))
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    return QMessageAuthenticationCode::hash(token.toUtf8(), salt, QCryptographicHash::Sha1) ==
           expected;
}

// Calls `take` with the number and the trimmed text of each line that is neither empty nor a
// comment (known_hosts, key lists and ssh_config alike); stops early when `take` returns false.
template<typename Take> void forEachLine(const QByteArray &content, Take take)
{
    int lineNumber = 0;
    for (const QByteArray &rawLine : content.split('\n')) {
        ++lineNumber;
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (!take(lineNumber, line))
            return;
    }
}

QStringList fieldsOf(const QString &line)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return line.split(spaces, Qt::SkipEmptyParts);
}

} // namespace

QString HostKey::fingerprint() const
{
    const QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256);
    return QLatin1String("SHA256:") +
           QString::fromLatin1(
               digest.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

bool HostKey::isFingerprint(const QString &text)
{
    // 32 bytes of SHA-256 in unpadded base64: 43 characters, the last one of 16.
    static const QRegularExpression form(QRegularExpression::anchoredPattern(
        QStringLiteral("SHA256:[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]")));
    return form.match(text).hasMatch();
}

QString HostKey::notAFingerprint(const QString &text)
{
    return QCoreApplication::translate("HostKey",
                                       "\"%1\" is not a host key fingerprint as ssh-keygen -lf "
                                       "prints it (SHA256: and 43 characters)")
        .arg(text);
}

QString KnownHosts::certificateAuthoritiesNote(const QStringList &lines)
{
    if (lines.isEmpty())
        return {};
    return QCoreApplication::translate("KnownHosts",
                                       "(a @cert-authority line covers this host (%1): host "
                                       "certificates are not supported here, the key stands on "
                                       "its own)")
        .arg(lines.join(QLatin1String(", ")));
}

QString KnownHosts::hostToken(const QString &host, int port)
{
    return port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

QByteArray KnownHosts::entryLine(const QString &host, int port, const HostKey &key)
{
    return hostToken(host, port).toUtf8() + ' ' + key.type.toLatin1() + ' ' + key.blob.toBase64() +
           '\n';
}

void KnownHosts::addFile(const QString &source, const QByteArray &content)
{
    forEachLine(content, [&](int lineNumber, const QString &line) {
        QStringList fields = fieldsOf(line);
        Entry entry;
        entry.source = QStringLiteral("%1:%2").arg(source).arg(lineNumber);
        if (fields.constFirst().startsWith(QLatin1Char('@'))) {
            const QString marker = fields.takeFirst();
            if (marker == QLatin1String("@revoked"))
                entry.revoked = true;
            else if (marker == QLatin1String("@cert-authority"))
                entry.certificateAuthority = true;
            else
                return true; // no other marker exists; OpenSSH skips the line too
        }
        if (fields.size() < 3)
            return true;
        entry.patterns = fields.at(0).split(QLatin1Char(','), Qt::SkipEmptyParts);
        entry.key.type = fields.at(1);
        entry.key.blob = QByteArray::fromBase64(fields.at(2).toLatin1());
        if (!entry.key.blob.isEmpty())
            m_entries.append(entry);
        return true;
    });
}

QString KnownHosts::addRevokedKeys(const QString &source, const QByteArray &content)
{
    if (content.startsWith("SSHKRL\n"))
        return QCoreApplication::translate("KnownHosts",
                                           "%1 is a binary key revocation list (KRL), which "
                                           "this tool cannot read")
            .arg(source);
    QString problem;
    forEachLine(content, [&](int lineNumber, const QString &line) {
        const QStringList fields = fieldsOf(line);
        Entry entry;
        entry.source = QStringLiteral("%1:%2").arg(source).arg(lineNumber);
        entry.revoked = true;
        entry.key.type = fields.at(0);
        entry.key.blob =
            fields.size() > 1 ? QByteArray::fromBase64(fields.at(1).toLatin1()) : QByteArray();
        if (entry.key.blob.isEmpty()) {
            problem = QCoreApplication::translate("KnownHosts",
                                                  "%1: not a public key (\"type base64\" expected)")
                          .arg(entry.source);
            return false;
        }
        m_entries.append(entry);
        return true;
    });
    return problem;
}

QStringList KnownHosts::revokedHostKeysFiles(const QByteArray &sshConfig)
{
    QStringList files;
    bool forEveryHost = true;
    forEachLine(sshConfig, [&](int, const QString &line) {
        // "Keyword value", "Keyword=value" or "Keyword = value"; keywords in any case.
        static const QRegularExpression form(QStringLiteral("^(\\S+?)\\s*(?:=\\s*|\\s+)(.*)$"));
        const QRegularExpressionMatch m = form.match(line);
        if (!m.hasMatch())
            return true;
        const QString keyword = m.captured(1).toLower();
        QString value = m.captured(2).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) &&
            value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        if (keyword == QLatin1String("host"))
            forEveryHost = value == QLatin1String("*");
        else if (keyword == QLatin1String("match"))
            forEveryHost = value.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0;
        else if (keyword == QLatin1String("revokedhostkeys") && forEveryHost &&
                 value.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0)
            files << value;
        return true;
    });
    return files;
}

bool KnownHosts::matchesHost(const Entry &entry, const QString &token)
{
    bool matched = false;
    for (const QString &pattern : entry.patterns) {
        const bool negated = pattern.startsWith(QLatin1Char('!'));
        const QString body = negated ? pattern.mid(1) : pattern;
        const bool hit = body.startsWith(QLatin1String("|1|")) ? hashedMatch(body, token)
                                                               : wildcardMatch(body, token);
        if (hit && negated)
            return false; // a negated match excludes the host whatever else matches
        matched = matched || hit;
    }
    return matched;
}

KnownHosts::Match KnownHosts::check(const QString &host, int port, const HostKey &key) const
{
    const QString token = hostToken(host, port);
    Match result;
    // A revoked key is refused wherever it appears, whatever host it is listed for.
    for (const Entry &entry : m_entries) {
        if (entry.revoked && entry.key == key) {
            result.verdict = Verdict::Revoked;
            result.source = entry.source;
            return result;
        }
    }
    for (const Entry &entry : m_entries) {
        if (entry.revoked || !matchesHost(entry, token))
            continue;
        if (entry.certificateAuthority) {
            result.unsupportedCertificateAuthorities << entry.source;
            continue;
        }
        if (entry.key == key) {
            result.verdict = Verdict::Known;
            result.source = entry.source;
            result.knownFingerprints.clear();
            return result;
        }
        // Another key on record for this host, of the same type or not: OpenSSH's client
        // only offers algorithms it knows for a host, so a key of another type is as
        // suspicious as a changed one.
        if (result.verdict == Verdict::Unknown)
            result.source = entry.source;
        result.verdict = Verdict::Changed;
        result.knownFingerprints << entry.key.type + QLatin1Char(' ') + entry.key.fingerprint();
    }
    return result;
}

} // namespace iha
