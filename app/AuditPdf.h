#pragma once

#include <QString>

namespace iha {

// Prints a report's HTML to PDF with Qt's own PDF writer (A4, the same text as the HTML
// report). Needs a QGuiApplication (the offscreen platform is enough). Returns an empty
// string on success, else the reason.
QString writeAuditPdf(const QString &html, const QString &path);

} // namespace iha
