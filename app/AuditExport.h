#pragma once

#include "app/AuditLog.h"
#include "models/AuditArchive.h"
#include "models/AuditEntrySource.h"
#include "models/AuditReport.h"
#include "models/SecretStore.h"

namespace iha {

// The entries of the log, or of one run of it, read from it while a report is written.
class AuditLogEntries : public AuditEntrySource
{
public:
    // A set `stop` ends the reading early (the application ends).
    explicit AuditLogEntries(const AuditLog &log, const QString &runId = {},
                             const std::atomic_bool *stop = nullptr)
        : m_log(log)
        , m_runId(runId)
        , m_stop(stop)
    {}

    QString forEach(const Visit &visit) const override;
    QString forEachOfRuns(const QStringList &runIds, const Visit &visit) const override;
    // How many entries the last forEach() read.
    qsizetype lastCount() const { return m_count; }

private:
    const AuditLog &m_log;
    QString m_runId; // empty: every run
    const std::atomic_bool *m_stop;
    mutable qsizetype m_count = 0;
};

// Audit reports as files: the one way the CLI's `audit export` and the audit view write them.
namespace AuditExport {

// The format named on the command line ("html", "pdf", "json").
std::optional<AuditArchive::Format> formatByName(const QString &name);

// Describes the log for a report: where it is, who exports, and the verification of its chain
// against the keychain's head (or why it could not be verified: `keyProblem`).
AuditReportInfo describe(const AuditLog &log, const std::optional<AuditHead> &keychainHead,
                         const QString &filter, const QString &keyProblem);

// Writes the report atomically, reading the entries as it goes; a PDF needs a
// QGuiApplication. Empty on success, else why not.
QString write(AuditArchive::Format format, const AuditReportInfo &info,
              const AuditEntrySource &entries, const QString &path);

} // namespace AuditExport
} // namespace iha
