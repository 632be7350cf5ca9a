#pragma once

#include <QByteArray>
#include <QString>

namespace iha {

// A SCRAM-SHA-256 password verifier in PostgreSQL's stored form
// ("SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>"), computed on the operator's
// machine so that the cleartext password never reaches the server.
QString scramVerifier(const QString &password, const QByteArray &salt, int iterations = 4096);
QString scramVerifier(const QString &password); // with a fresh random 16-byte salt
// The verifier of `password` with the parameters ("<iterations>:<salt>") of another one, so
// that two verifiers can be compared for equality where the stored one lives; empty when the
// parameters do not parse.
QString scramVerifierLike(const QString &password, const QString &iterationsAndSalt);

} // namespace iha
