#pragma once

#include "app/AuditLog.h"
#include "models/AuditArchive.h"
#include "models/AuditReport.h"
#include "models/SecretStore.h"

namespace iha {

// Audit reports as files: the one way the CLI's `audit export` and the audit view write them.
namespace AuditExport {

// The format named on the command line ("html", "pdf", "json").
std::optional<AuditArchive::Format> formatByName(const QString &name);

// Describes the log for a report: where it is, who exports, and the verification of its chain
// against the keychain's head (or why it could not be verified: `keyProblem`).
void describe(SecretStore &store, const AuditLog &log, const QString &filter,
              const QString &keyProblem, std::function<void(const AuditReportInfo &)> done);

// Writes the report atomically; a PDF needs a QGuiApplication. Empty on success, else why not.
QString write(AuditArchive::Format format, const AuditReportInfo &info,
              const QList<AuditEntry> &entries, const QString &path);

} // namespace AuditExport
} // namespace iha
