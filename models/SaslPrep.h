#pragma once

#include <QByteArray>
#include <QString>

namespace iha {

// The bytes libpq hashes for a SCRAM password: SASLprep (RFC 4013, stored-string profile)
// the way libpq's pg_saslprep applies it. Pure ASCII is used as it is; otherwise non-ASCII
// spaces become U+0020, "mapped to nothing" characters go, NFKC normalisation follows; a
// result with prohibited characters or broken bidirectional rules makes libpq fall back to
// the raw password, and so does this.
QByteArray saslPrep(const QString &password);

} // namespace iha
