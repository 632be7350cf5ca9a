#include "models/AuditReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace iha::AuditReport {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditReport)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString outcomeClass(const QString &outcome)
{
    if (outcome == QLatin1String("succeeded") || outcome == QLatin1String("skipped"))
        return QStringLiteral("ok");
    if (outcome == QLatin1String("failed") || outcome == QLatin1String("cancelled"))
        return QStringLiteral("bad");
    return QStringLiteral("info");
}

const char *const kStyle =
    "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;color:#1b1f24;margin:24px;}"
    "h1{font-size:16pt;margin:0 0 4px 0;}h2{font-size:12.5pt;margin:22px 0 6px 0;border-bottom:1px "
    "solid #c9d1d9;}"
    "table.meta td{padding:1px 12px 1px 0;vertical-align:top;}table.meta td.k{color:#57606a;}"
    "div.step{margin:10px 0 14px "
    "0;}div.head{font-weight:bold;}span.t{color:#57606a;font-weight:normal;}"
    "pre{font-family:'DejaVu Sans Mono',monospace;font-size:8.5pt;background:#f6f8fa;border:1px "
    "solid #d0d7de;"
    "padding:6px;margin:3px 0;white-space:pre-wrap;}"
    "span.ok{color:#1a7f37;font-weight:bold;}span.bad{color:#cf222e;font-weight:bold;}"
    "span.info{color:#0969da;font-weight:bold;}p.note{color:#57606a;}";

} // namespace

QString html(const AuditReportInfo &info, const QList<AuditEntry> &entries)
{
    QString out;
    out.reserve(entries.size() * 600 + 4096);
    out += QStringLiteral("<!DOCTYPE html>\n<html><head><meta "
                          "charset=\"utf-8\"><title>%1</title><style>%2</style>"
                          "</head><body>\n")
               .arg(esc(Tr::tr("Inmanta HA Admin audit report")), QLatin1String(kStyle));
    out += QStringLiteral("<h1>%1</h1>\n<table class=\"meta\">")
               .arg(esc(Tr::tr("Inmanta HA Admin audit report")));
    const auto meta = [&out](const QString &key, const QString &value) {
        out +=
            QStringLiteral("<tr><td class=\"k\">%1</td><td>%2</td></tr>").arg(esc(key), esc(value));
    };
    meta(Tr::tr("Exported"),
         info.exportedAt.toUTC().toString(Qt::ISODate) + QStringLiteral(" by ") + info.exportedBy);
    meta(Tr::tr("Audit log"),
         info.databasePath + QStringLiteral(" (id ") + info.databaseId + QLatin1Char(')'));
    meta(Tr::tr("Runs"), info.runFilter.isEmpty() ? Tr::tr("all") : info.runFilter);
    meta(Tr::tr("Log head"), info.logHead.toString());
    meta(Tr::tr("Keychain head"),
         info.keychainHead ? info.keychainHead->toString() : Tr::tr("not available"));
    meta(Tr::tr("Verification"), info.verification);
    out += QStringLiteral("</table>\n<p class=\"note\">%1</p>\n")
               .arg(esc(Tr::tr(
                   "Keep a copy of the head (entry count and hash) elsewhere: it anchors the "
                   "chain, so "
                   "that a log cut short or rewritten later can be told apart from this one.")));

    QString currentRun = QStringLiteral("\x01");
    for (const AuditEntry &e : entries) {
        if (e.runId != currentRun) {
            currentRun = e.runId;
            out += QStringLiteral("<h2>%1</h2>\n<table class=\"meta\">")
                       .arg(esc(e.runId.isEmpty() ? Tr::tr("Outside a run")
                                                  : Tr::tr("Run %1").arg(e.runId)));
            meta(Tr::tr("Procedure"), e.procedure.isEmpty() ? QStringLiteral("-") : e.procedure);
            meta(Tr::tr("Cluster"), e.cluster);
            meta(Tr::tr("Operator"), e.operatorName);
            meta(Tr::tr("Started"), e.time.toUTC().toString(Qt::ISODate));
            out += QStringLiteral("</table>\n");
        }
        out += QStringLiteral("<div class=\"step\"><div class=\"head\">");
        if (e.stepNumber > 0)
            out += QStringLiteral("%1. ").arg(e.stepNumber);
        out += esc(e.step.isEmpty() ? e.outcome : e.step);
        out += QStringLiteral(
                   " <span class=\"t\">#%1 %2%3</span> <span class=\"%4\">%5</span></div>\n")
                   .arg(e.sequence)
                   .arg(e.time.toUTC().toString(Qt::ISODateWithMs),
                        e.host.isEmpty() ? QString() : QStringLiteral(" on ") + esc(e.host),
                        outcomeClass(e.outcome), esc(e.outcome));
        if (!e.decision.isEmpty())
            out +=
                QStringLiteral("<div>%1: %2</div>\n").arg(esc(Tr::tr("Decision")), esc(e.decision));
        if (!e.command.isEmpty())
            out += QStringLiteral("<pre>$ %1</pre>\n").arg(esc(e.command));
        if (e.hasExitCode)
            out +=
                QStringLiteral("<div>%1: %2</div>\n").arg(esc(Tr::tr("Exit code"))).arg(e.exitCode);
        if (!e.output.isEmpty()) {
            out += QStringLiteral("<pre>%1</pre>\n").arg(esc(e.output));
            if (e.outputSize > e.output.toUtf8().size())
                out += QStringLiteral("<div class=\"t\">%1</div>\n")
                           .arg(esc(Tr::tr("%1 bytes of output in all").arg(e.outputSize)));
        }
        out += QStringLiteral("</div>\n");
    }
    if (entries.isEmpty())
        out += QStringLiteral("<p>%1</p>\n").arg(esc(Tr::tr("No entries.")));
    out += QStringLiteral("</body></html>\n");
    return out;
}

QByteArray json(const AuditReportInfo &info, const QList<AuditEntry> &entries)
{
    // Entries are serialised one by one and spliced in: a single document tree of every entry
    // would take several times the memory of the text.
    QByteArray list = "[";
    list.reserve(entries.size() * 700 + 16);
    bool first = true;
    for (const AuditEntry &e : entries) {
        list += first ? "\n    " : ",\n    ";
        first = false;
        list +=
            QJsonDocument(QJsonObject{
                              {QStringLiteral("sequence"), e.sequence},
                              {QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs)},
                              {QStringLiteral("operator"), e.operatorName},
                              {QStringLiteral("cluster"), e.cluster},
                              {QStringLiteral("runId"), e.runId},
                              {QStringLiteral("procedure"), e.procedure},
                              {QStringLiteral("stepNumber"), e.stepNumber},
                              {QStringLiteral("step"), e.step},
                              {QStringLiteral("host"), e.host},
                              {QStringLiteral("command"), e.command},
                              {QStringLiteral("exitCode"),
                               e.hasExitCode ? QJsonValue(e.exitCode) : QJsonValue()},
                              {QStringLiteral("output"), e.output},
                              {QStringLiteral("outputSize"), e.outputSize},
                              {QStringLiteral("outcome"), e.outcome},
                              {QStringLiteral("decision"), e.decision},
                              {QStringLiteral("previousHash"), QString::fromLatin1(e.previousHash)},
                              {QStringLiteral("hash"), QString::fromLatin1(e.hash)},
                          })
                .toJson(QJsonDocument::Compact);
    }
    list += entries.isEmpty() ? "]" : "\n  ]";

    const auto headJson = [](const AuditHead &head) {
        return QJsonObject{{QStringLiteral("count"), head.count},
                           {QStringLiteral("hash"), QString::fromLatin1(head.hash)}};
    };
    const QString marker = QStringLiteral("@entries@");
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("inmanta-ha-admin audit report")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("exportedAt"), info.exportedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("exportedBy"), info.exportedBy},
        {QStringLiteral("databaseId"), info.databaseId},
        {QStringLiteral("run"),
         info.runFilter.isEmpty() ? QJsonValue() : QJsonValue(info.runFilter)},
        {QStringLiteral("logHead"), headJson(info.logHead)},
        {QStringLiteral("keychainHead"),
         info.keychainHead ? QJsonValue(headJson(*info.keychainHead)) : QJsonValue()},
        {QStringLiteral("verification"), info.verification},
        {QStringLiteral("hashAlgorithm"),
         QStringLiteral("HMAC-SHA-256(key, previousHash + \"\\n\" + canonical JSON array)")},
        {QStringLiteral("entries"), marker},
    };
    QByteArray out = QJsonDocument(root).toJson(QJsonDocument::Indented);
    out.replace('"' + marker.toLatin1() + '"', list);
    return out;
}

} // namespace iha::AuditReport
