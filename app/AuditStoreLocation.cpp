#include "app/AuditStoreLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QMutex>
#include <QUrl>
#include <QUrlQuery>

namespace iha {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditStoreLocation)
};

QMutex passwordsMutex;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> byKey;
    return byKey;
}

} // namespace

bool AuditStoreLocation::isUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

QString AuditStoreLocation::parse(const QString &location, AuditStoreLocation *parsed)
{
    *parsed = {};
    if (!isUrl(location)) {
        if (location.contains(QLatin1String("://")))
            return Tr::tr("store %1: only postgresql:// URLs and file paths are stores")
                .arg(location);
        parsed->file = location;
        return {};
    }
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        return Tr::tr("store %1: not a valid URL (%2)").arg(location, url.errorString());
    if (!url.password().isEmpty())
        return Tr::tr("store: the URL holds a password; remove it and keep it in the keychain "
                      "(inmanta-ha-cli --store URL team password)");
    parsed->shared = true;
    parsed->host = url.host();
    parsed->port = url.port(5432);
    parsed->role = url.userName();
    parsed->database = url.path().mid(1);
    if (parsed->host.isEmpty())
        return Tr::tr("store %1: the URL names no host").arg(location);
    if (parsed->role.isEmpty())
        return Tr::tr("store %1: the URL names no role (postgresql://ROLE@HOST/DATABASE)")
            .arg(location);
    if (parsed->database.isEmpty() || parsed->database.contains(QLatin1Char('/')))
        return Tr::tr("store %1: the URL names no database (postgresql://ROLE@HOST/DATABASE)")
            .arg(location);
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name == QLatin1String("sslrootcert")) {
            if (!QDir::isAbsolutePath(value))
                return Tr::tr("store %1: sslrootcert must be an absolute path").arg(location);
            // The driver passes options to libpq unquoted: such a path could add options of
            // its own (a weaker sslmode).
            for (const QChar c : value) {
                if (c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('\\') ||
                    c == QLatin1Char(';') || c == QLatin1Char('='))
                    return Tr::tr("store %1: sslrootcert may not hold spaces, quotes, "
                                  "backslashes, ';' or '='")
                        .arg(location);
            }
            parsed->rootCertificate = value;
        } else if (name == QLatin1String("sslmode")) {
            // The server's certificate and name are always checked: nothing weaker is taken.
            if (value != QLatin1String("verify-full"))
                return Tr::tr("store %1: sslmode=%2 is refused; the team's store is reached "
                              "over TLS with its certificate and name verified (verify-full)")
                    .arg(location, value);
        } else {
            return Tr::tr("store %1: unknown URL parameter \"%2\" (known: sslrootcert, sslmode)")
                .arg(location, name);
        }
    }
    return {};
}

QString AuditStoreLocation::display() const
{
    if (!shared)
        return file;
    QString url =
        QStringLiteral("postgresql://%1@%2:%3/%4").arg(role, host).arg(port).arg(database);
    if (!rootCertificate.isEmpty())
        url += QStringLiteral("?sslrootcert=") + rootCertificate;
    return url;
}

QString AuditStoreLocation::connectOptions() const
{
    // A network that drops silently is noticed within about 20 s (not the kernel's 15 min of
    // retransmissions): a run then keeps its record locally instead of hanging.
    QString options =
        QStringLiteral("sslmode=verify-full;connect_timeout=10;keepalives=1;keepalives_idle=5;"
                       "keepalives_interval=5;keepalives_count=3;tcp_user_timeout=20000");
    if (!rootCertificate.isEmpty())
        options += QStringLiteral(";sslrootcert=") + rootCertificate;
    return options;
}

QString AuditStoreLocation::passwordKey() const
{
    return QStringLiteral("store/%1@%2:%3/%4").arg(role, host).arg(port).arg(database);
}

void AuditStoreLocation::setPassword(const QString &passwordKey, const QString &password)
{
    const QMutexLocker lock(&passwordsMutex);
    passwords().insert(passwordKey, password);
}

QString AuditStoreLocation::password(const QString &passwordKey)
{
    const QMutexLocker lock(&passwordsMutex);
    return passwords().value(passwordKey);
}

} // namespace iha
