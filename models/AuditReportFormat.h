#pragma once

#include "models/AuditDigest.h"
#include "models/AuditReport.h"

#include <QDateTime>
#include <QString>

// The pieces the HTML audit report is made of (AuditReportHtml.cpp), each escaped for HTML
// where it returns markup.
namespace iha::AuditReport::Format {

QString esc(const QString &text);
// "2026-12-03 11:18:07", in tables whose column says UTC.
QString shortTime(const QDateTime &time);
// "2026-12-03 11:18:07 UTC" (with milliseconds: "…07.123 UTC").
QString utc(const QDateTime &time, bool withMs = false);
// "2026-12-03 11:18:07 - 11:18:10 UTC", the date once when it is the same.
QString period(const QDateTime &from, const QDateTime &to);
// "4.2 s", "3 min 05 s", "1 h 02 min".
QString duration(qint64 ms);
// An outcome's (run or step) CSS class and words, and both as one unbreakable badge.
QString outcomeClass(const QString &outcome);
QString outcomeWords(const QString &outcome);
QString badge(const QString &outcome);
QString runTitle(const AuditDigest::RunDigest &run);
// Tabs as spaces to the next multiple of 8 after `from` (a diff line's marker): rich text and
// some viewers have no tab stops, and pg_hba.conf is aligned with tabs.
QString expandTabs(const QString &line, int from = 0);
// The first `head` and last `tail` lines of a long text, with what was left out said in one
// line. `producedSize`: the bytes of the text as it was produced, when the log kept only part.
QString shortened(const QString &text, int head, int tail, qint64 producedSize = 0);
// A unified diff with its added, removed and header lines marked.
QString diffHtml(const QString &diff);
// The page's inline style sheet; on paper a little smaller and tighter.
QString style(Medium medium);

} // namespace iha::AuditReport::Format
