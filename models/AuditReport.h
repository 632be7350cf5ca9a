#pragma once

#include "models/AuditEntry.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace iha {

// What a report says about where it comes from.
struct AuditReportInfo
{
    QString databaseId;
    QString databasePath;
    QDateTime exportedAt;
    QString exportedBy;
    QString runFilter;                     // empty: every run
    AuditHead logHead;                     // the last entry of the log itself
    std::optional<AuditHead> keychainHead; // the head the keychain remembers, when readable
    QString verification;                  // the result of verifying the chain, in words
};

namespace AuditReport {

// One self-contained HTML page (inline style, no external resources) that reads like a
// runbook transcript: every run, every step with its command, output, outcome and time.
QString html(const AuditReportInfo &info, const QList<AuditEntry> &entries);
// For machines: every field of every entry, hashes included, and the heads.
QByteArray json(const AuditReportInfo &info, const QList<AuditEntry> &entries);

} // namespace AuditReport
} // namespace iha
