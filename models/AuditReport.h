#pragma once

#include "models/AuditDigest.h"
#include "models/AuditEntry.h"

#include <QByteArray>
#include <QList>
#include <optional>

class QIODevice;

namespace iha {

class AuditEntrySource;

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
    bool verified = false;                 // the chain verified against the keychain's head
};

namespace AuditReport {

// Where the HTML goes: a browser (collapsible raw sections) or the PDF printer (Qt's rich
// text: no <details>, anchors for the table of contents' page numbers).
enum class Medium
{
    Screen,
    Print
};

// One self-contained HTML page (inline style, no external resources), in the order a
// post-mortem reader wants it: a summary of every run first, then per run its steps,
// statements, what it reported and the changes it made as diffs, and the raw record last,
// each output shortened to its first and last lines.
QString html(const AuditReportInfo &info, const QList<AuditEntry> &entries,
             Medium medium = Medium::Screen);
// The same from a digest of `entries` already made (the PDF printer needs it too); `error`
// gets why not every entry could be read.
QString html(const AuditReportInfo &info, const AuditEntrySource &entries,
             const AuditDigest::Digest &digest, Medium medium, QString *error = nullptr);
// The same written to `out` (UTF-8) as it goes. Empty, or why not all of it was written (an
// entry that could not be read, or the device's error).
QString writeHtml(QIODevice &out, const AuditReportInfo &info, const AuditEntrySource &entries,
                  const AuditDigest::Digest &digest, Medium medium = Medium::Screen);
// A time in UTC as Qt::ISODateWithMs writes it ("2026-12-03T10:04:05.123Z"), several times
// faster: a report writes one or two for every entry.
QString isoTime(const QDateTime &time);
// The anchor of a run's section in the HTML ("run-" and its id), and of the appendix.
QString runAnchor(const QString &runId);
inline const QString kAppendixAnchor = QStringLiteral("raw-record");
// In the Print medium's table of contents: where the page number of an anchor's section goes,
// once the printer knows it.
inline QString pagePlaceholder(const QString &anchor)
{
    return QStringLiteral("{{page:") + anchor + QStringLiteral("}}");
}

// For machines: every field of every entry, hashes included, the heads, and the runs as the
// summary reads them. Its schema: docs/audit-report.schema.json (formatVersion 2).
QByteArray json(const AuditReportInfo &info, const QList<AuditEntry> &entries);
// The same written to `out` as it goes, in one pass over the entries (the runs come after
// them). Empty, or why not all of it was written.
QString writeJson(QIODevice &out, const AuditReportInfo &info, const AuditEntrySource &entries);

} // namespace AuditReport
} // namespace iha
