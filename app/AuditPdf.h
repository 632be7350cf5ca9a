#pragma once

#include "models/AuditReport.h"

#include <QString>

namespace iha {

// Prints the audit report to PDF with Qt's own PDF writer: A4, a header on every page naming
// the cluster and the run the page is about, "page N of M" at the foot, and the table of
// contents with page numbers. Needs a QGuiApplication (the offscreen platform is enough).
// Returns an empty string on success, else the reason.
QString writeAuditPdf(const AuditReportInfo &info, const QList<AuditEntry> &entries,
                      const QString &path);

} // namespace iha
