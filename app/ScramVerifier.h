#pragma once

#include <QByteArray>
#include <QString>

namespace iha {

// A SCRAM-SHA-256 password verifier in PostgreSQL's stored form
// ("SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>"), computed on the operator's
// machine so that the cleartext password never reaches the server.
QString scramVerifier(const QString &password, const QByteArray &salt, int iterations = 4096);
QString scramVerifier(const QString &password); // with a fresh random 16-byte salt
// True when `verifier` (as read from pg_authid) was made from `password`.
bool scramMatches(const QString &verifier, const QString &password);

} // namespace iha
