#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace iha {

// One line of the audit log: something the product did, or an operator decided.
struct AuditEntry
{
    qint64 sequence = 0;  // position in the chain, from 1
    QDateTime time;       // UTC
    QString operatorName; // "user@machine"
    QString cluster;
    QString runId;
    QString procedure;
    int stepNumber = 0;
    QString step; // the step's description
    QString host;
    QString command; // as rendered, secrets masked
    int exitCode = -1;
    bool hasExitCode = false;
    QString output;          // whole up to AuditChain::kOutputLimit, then head and tail
    qint64 outputSize = 0;   // of the output as produced, in bytes
    QString outcome;         // started, succeeded, failed, skipped, cancelled, decision, ...
    QString decision;        // an operator's decision: host key accepted, fencing attested, ...
    QByteArray previousHash; // hex
    QByteArray hash;         // hex HMAC-SHA-256 of previousHash and the canonical content
    // Unique, given as the entry is first written (not hashed): an entry kept locally after a
    // commit whose outcome was lost is appended once, never twice.
    QString entryId;
};

// A run of a procedure as the audit log remembers it: what `run --resume` starts from, and
// what the main window lists as recent runs.
struct AuditRun
{
    QString runId;
    QString cluster;
    QString procedure;
    QString operatorName;
    QString status;   // running, failed, cancelled, refused, succeeded
    int nextStep = 0; // index of the first step not done
    QDateTime started;
    // Whether this record verifies with the log's key. Only a verified one is trusted (to be
    // resumed, shown without a warning).
    enum class Record
    {
        Verified,
        Unchecked, // read without the log's key
        Unsigned,  // written by an earlier version, or its signature removed
        Changed,   // outside the product: its status and step cannot be trusted
    };
    Record record = Record::Verified;
};

// The end of the chain: how many entries, and the last hash. Kept in the keychain as well, so
// that a log cut short (which a chain alone cannot show) is noticed.
struct AuditHead
{
    qint64 count = 0;
    QByteArray hash;

    QString toString() const
    {
        return QStringLiteral("%1:%2").arg(count).arg(QString::fromLatin1(hash));
    }
    static AuditHead fromString(const QString &text);
    bool operator==(const AuditHead &other) const
    {
        return count == other.count && hash == other.hash;
    }
};

} // namespace iha
