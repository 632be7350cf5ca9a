#pragma once

#include <QString>

namespace iha {

// Where the audit log and the team's shared state live: a SQLite file (the default, nothing to
// set up), or a PostgreSQL database a team shares, named by a URL:
//   postgresql://ROLE@HOST[:PORT]/DATABASE[?sslrootcert=FILE]
// TLS is always verified (sslmode verify-full); the role's password lives in the keychain,
// never in the URL, a file or argv.
struct AuditStoreLocation
{
    bool shared = false; // PostgreSQL
    QString file;        // SQLite
    QString host;
    int port = 5432;
    QString database;
    QString role;
    QString rootCertificate; // empty: libpq's default, ~/.postgresql/root.crt

    static bool isUrl(const QString &location);
    // Parses a file path or a URL; empty string, or what is wrong, naming the part.
    static QString parse(const QString &location, AuditStoreLocation *parsed);
    // The URL, as the operator would write it (no password: there is none in it).
    QString display() const;
    // libpq's connection options for Qt's QPSQL driver.
    QString connectOptions() const;
    // The keychain key of the role's password.
    QString passwordKey() const;

    // The role's password for this process, read from the keychain once by whoever opens the
    // store (the keychain answers asynchronously; the store is opened on several threads).
    static void setPassword(const QString &passwordKey, const QString &password);
    static QString password(const QString &passwordKey);
};

} // namespace iha
