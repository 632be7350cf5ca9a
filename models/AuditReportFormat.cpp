// The pieces of the HTML audit report: times, outcomes, shortened outputs and diffs, the style.
#include "models/AuditReportFormat.h"

#include "models/Cluster.h"

#include <QCoreApplication>
#include <algorithm>

namespace iha::AuditReport::Format {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditReport)
};

} // namespace

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : QStringLiteral("-");
}

QString utc(const QDateTime &time, bool withMs)
{
    if (!time.isValid())
        return QStringLiteral("-");
    // From the ISO form, which is several times faster than a format string (an entry each).
    QString text = isoTime(time);
    if (text.size() != 24) // a year out of 0..9999
        return text;
    text[10] = QLatin1Char(' ');
    text.chop(withMs ? 1 : 5); // "Z", or ".zzzZ"
    return text + QStringLiteral(" UTC");
}

QString period(const QDateTime &from, const QDateTime &to)
{
    const QString start = utc(from);
    const QString end = utc(to);
    if (from.isValid() && to.isValid() && from.toUTC().date() == to.toUTC().date())
        return start.chopped(4) + QStringLiteral(" - ") + end.mid(11);
    return start + QStringLiteral(" - ") + end;
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("-");
    if (ms < 10000)
        return Tr::tr("%1 s").arg(ms / 1000.0, 0, 'f', 1);
    const qint64 s = (ms + 500) / 1000;
    if (s < 60)
        return Tr::tr("%1 s").arg(s);
    if (s < 3600)
        return Tr::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return Tr::tr("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60, 2, 10, QLatin1Char('0'));
}

QString outcomeClass(const QString &outcome)
{
    if (outcome == QLatin1String("succeeded") || outcome == QLatin1String("done") ||
        outcome == QLatin1String("already done"))
        return QStringLiteral("ok");
    if (outcome == QLatin1String("failed") || outcome == QLatin1String("refused") ||
        outcome == QLatin1String("cancelled") || outcome == QLatin1String("unfinished"))
        return QStringLiteral("bad");
    return QStringLiteral("info");
}

QString outcomeWords(const QString &outcome)
{
    if (outcome == QLatin1String("succeeded"))
        return Tr::tr("succeeded");
    if (outcome == QLatin1String("failed"))
        return Tr::tr("failed");
    if (outcome == QLatin1String("refused"))
        return Tr::tr("refused");
    if (outcome == QLatin1String("cancelled"))
        return Tr::tr("cancelled");
    if (outcome == QLatin1String("unfinished"))
        return Tr::tr("unfinished");
    if (outcome == QLatin1String("done"))
        return Tr::tr("done");
    if (outcome == QLatin1String("already done"))
        return Tr::tr("already done");
    if (outcome == QLatin1String("not reached"))
        return Tr::tr("not reached");
    return outcome;
}

QString badge(const QString &outcome)
{
    // In one piece: "already done" is not to be broken in a narrow column.
    return QStringLiteral("<span class=\"%1\">%2</span>")
        .arg(outcomeClass(outcome),
             esc(outcomeWords(outcome)).replace(QLatin1Char(' '), QLatin1String("&nbsp;")));
}

QString runTitle(const AuditDigest::RunDigest &run)
{
    const QString title = run.isCheck() ? Tr::tr("Check %1").arg(run.runId)
                          : run.preflightOnly
                              ? Tr::tr("Pre-flight checks %1: %2").arg(run.runId, run.procedure)
                              : Tr::tr("Run %1: %2").arg(run.runId, run.procedure);
    // Only the practice cluster may bear its name (ClusterValidator): its runs were drills.
    return run.cluster == kPracticeClusterName ? Tr::tr("PRACTICE %1").arg(title) : title;
}

QString expandTabs(const QString &line, int from)
{
    if (!line.contains(QLatin1Char('\t')))
        return line;
    QString out = line.left(from);
    int column = 0;
    for (qsizetype i = from; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char('\t')) {
            const int next = (column / 8 + 1) * 8;
            out += QString(next - column, QLatin1Char(' '));
            column = next;
        } else {
            out += line.at(i);
            ++column;
        }
    }
    return out;
}

QString shortened(const QString &text, int head, int tail, qint64 producedSize)
{
    const auto whole = [&] {
        return producedSize <= text.size() || producedSize <= text.toUtf8().size();
    };
    if (text.count(QLatin1Char('\n')) <= head + tail && !text.contains(QLatin1Char('\t')) &&
        whole())
        return esc(text); // the common case, without splitting it into lines
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = expandTabs(line);
    if (lines.size() <= head + tail + 1 && whole())
        return esc(lines.join(QLatin1Char('\n')));
    return esc(lines.mid(0, head).join(QLatin1Char('\n'))) +
           QStringLiteral("\n<span class=\"cut\">") +
           esc(Tr::tr("[%1 lines, %2 bytes in all: whole in the audit log and the JSON export]")
                   .arg(lines.size())
                   .arg(std::max<qint64>(producedSize, text.toUtf8().size()))) +
           QStringLiteral("</span>\n") +
           esc(lines.mid(lines.size() - tail).join(QLatin1Char('\n')));
}

QString diffHtml(const QString &diff)
{
    QString out;
    for (QString line : diff.split(QLatin1Char('\n'))) {
        line = expandTabs(line, 1);
        if (line.isEmpty())
            continue;
        const QString cls =
            line.startsWith(QLatin1String("+++")) || line.startsWith(QLatin1String("---"))
                ? QStringLiteral("dh")
            : line.startsWith(QLatin1Char('+')) ? QStringLiteral("da")
            : line.startsWith(QLatin1Char('-')) ? QStringLiteral("dr")
            : line.startsWith(QLatin1Char('@')) ? QStringLiteral("dh")
                                                : QString();
        out += cls.isEmpty() ? esc(line)
                             : QStringLiteral("<span class=\"%1\">%2</span>").arg(cls, esc(line));
        out += QLatin1Char('\n');
    }
    return out;
}

static const char *const kStyle =
    "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;color:#1b1f24;margin:24px;"
    "max-width:1100px;}"
    "h1{font-size:17pt;margin:0 0 6px 0;}"
    "h2{font-size:13pt;margin:26px 0 6px 0;border-bottom:1px solid #c9d1d9;}"
    "h3{font-size:11pt;margin:14px 0 4px 0;}"
    "table{border-collapse:collapse;margin:4px 0 8px 0;}"
    "table.grid th,table.grid td{border:1px solid #d0d7de;padding:3px 6px;text-align:left;"
    "vertical-align:top;}"
    "table.grid th{background:#f0f3f6;}"
    "table.meta td{padding:1px 14px 1px 0;vertical-align:top;}td.k{color:#57606a;}"
    "pre{font-family:'DejaVu Sans Mono',monospace;font-size:8.5pt;background:#f6f8fa;"
    "border:1px solid #d0d7de;padding:6px;margin:3px 0;white-space:pre-wrap;}"
    ".ok{color:#1a7f37;font-weight:bold;}.bad{color:#cf222e;font-weight:bold;}"
    ".info{color:#0969da;font-weight:bold;}.note{color:#57606a;}"
    ".da{color:#116329;background:#e6ffec;}.dr{color:#82071e;background:#ffebe9;}"
    ".dh{color:#57606a;}.cut{color:#8250df;}"
    "div.entry{margin:8px 0;}span.t{color:#57606a;}"
    "details{margin:6px 0;}summary{cursor:pointer;font-weight:bold;}"
    "nav ol{margin:4px 0;}";

// On paper a little smaller and tighter (Qt's rich text takes the first of two rules for the
// same thing, so the sizes are replaced): a setup's summary and changes fit in five A4 pages.
QString style(Medium medium)
{
    QString css = QLatin1String(kStyle);
    if (medium == Medium::Print)
        css.replace(QLatin1String("font-size:10pt"), QLatin1String("font-size:9pt"))
            .replace(QLatin1String("font-size:8.5pt"), QLatin1String("font-size:7.5pt"))
            .replace(QLatin1String("padding:3px 6px"), QLatin1String("padding:2px 4px"));
    return css;
}

} // namespace iha::AuditReport::Format
