#pragma once

#include "models/AuditEntrySource.h"
#include "models/AuditReport.h"

#include <QString>

namespace iha {

// Prints the audit report to PDF with Qt's own PDF writer: A4, a header on every page naming
// the cluster and the run the page is about, "page N of M" at the foot, and the table of
// contents with page numbers. Needs a QGuiApplication (the offscreen platform is enough).
// Its layout costs about 3 ms and 35 kB per entry, all held until the end: a log longer than
// kPdfEntryLimit is refused (HTML and JSON have no limit: they are written as they are read).
// Returns an empty string on success, else the reason.
inline constexpr qsizetype kPdfEntryLimit = 10000;
QString writeAuditPdf(const AuditReportInfo &info, const AuditEntrySource &entries,
                      const QString &path);

} // namespace iha
