#pragma once

#include "models/AuditEntry.h"

namespace iha {

// The tamper evidence of the audit log: every entry's hash is an HMAC-SHA-256, under a key kept
// in the keychain, of the previous entry's hash and the entry's canonical content.
namespace AuditChain {

inline constexpr qsizetype kOutputLimit = 64 * 1024;
inline const QByteArray kGenesis = QByteArray(64, '0');

// A fixed, unambiguous serialisation of every field but the hashes (compact JSON array).
QByteArray canonicalContent(const AuditEntry &entry);
QByteArray hashOf(const QByteArray &previousHash, const AuditEntry &entry, const QByteArray &key);
// The same, with the time given as its stored text (the ISO form with milliseconds): a
// verification of many entries need not parse and re-format every time.
QByteArray hashOf(const QByteArray &previousHash, const AuditEntry &entry, const QString &timeText,
                  const QByteArray &key);
// The stored text of a time.
QString timeText(const QDateTime &time);

// Keeps output whole up to kOutputLimit; longer output keeps its head and tail around a note
// of what was left out. Sets entry.output and entry.outputSize.
void setOutput(AuditEntry &entry, const QString &output);

} // namespace AuditChain
} // namespace iha
