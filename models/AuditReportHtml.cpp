// The audit report as HTML: summary, runs, changes, raw record (see AuditReport.h).
#include "models/AuditEntrySource.h"
#include "models/AuditReport.h"
#include "models/AuditReportFormat.h"
#include "models/ChunkedOutput.h"
#include "models/Cluster.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <optional>

namespace iha::AuditReport {
namespace {

using namespace Format;

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditReport)
};

// Lines kept at each end of a long output or command in the raw record.
constexpr int kHeadLines = 3;
constexpr int kTailLines = 3;
constexpr int kCommandHeadLines = 8;

// Writes the report to a device as it goes (the raw record of a long log is never held whole),
// or into a string when there is no device.
class Writer
{
public:
    Writer(const AuditReportInfo &info, const AuditEntrySource &entries,
           const AuditDigest::Digest &digest, Medium medium, QIODevice *device)
        : m_info(info)
        , m_entries(entries)
        , m_medium(medium)
        , m_digest(digest)
    {
        if (device)
            m_output.emplace(*device);
    }

    // Writes the page (kept in text() when there is no device). Empty, or why not all of it
    // was written: an entry that could not be read, or the device's error.
    QString write()
    {
        const QString cluster = m_digest.clusters.join(QStringLiteral(", "));
        QString title = cluster.isEmpty()
                            ? Tr::tr("Inmanta HA Admin audit report")
                            : Tr::tr("Inmanta HA Admin audit report: %1").arg(cluster);
        // A report of the practice cluster alone says so at the top; in a report of several
        // clusters each practice run says so in its title (runTitle).
        if (m_digest.clusters == QStringList{kPracticeClusterName})
            title = Tr::tr("PRACTICE - %1 (the practice cluster's runs are drills on this "
                           "machine, not on real systems)")
                        .arg(title);
        m_out += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                                "<title>%1</title><style>%2</style></head><body>\n")
                     .arg(esc(title), style(m_medium));
        m_out += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
        summary();
        contents();
        for (const AuditDigest::RunDigest &run : std::as_const(m_digest.runs)) {
            runSection(run);
            flush();
        }
        appendix();
        m_out += QStringLiteral("</body></html>\n");
        flush(0);
        const QString written = m_output ? m_output->finish() : QString();
        return m_readError.isEmpty() ? written : m_readError;
    }

    QString text() const { return m_out; }

private:
    // Hands what was written so far to the device's output once it is `atLeast` characters
    // long (it writes in large pieces of its own).
    void flush(qsizetype atLeast = 1 << 16)
    {
        if (!m_output || m_out.size() < atLeast)
            return;
        m_output->buffer() += m_out.toUtf8();
        m_out.resize(0); // keeps its capacity
        m_output->flush();
    }

    void meta(const QString &key, const QString &valueHtml)
    {
        m_out += QStringLiteral("<tr><td class=\"k\">%1</td><td>%2</td></tr>\n")
                     .arg(esc(key), valueHtml);
    }

    void anchor(const QString &name)
    {
        m_out += QStringLiteral("<a name=\"%1\" id=\"%1\"></a>").arg(esc(name));
    }

    void summary()
    {
        m_out += QStringLiteral("<table class=\"meta\">\n");
        meta(Tr::tr("Period"), esc(period(m_digest.from, m_digest.to)));
        meta(Tr::tr("Operators"), esc(m_digest.operators.join(QStringLiteral(", "))));
        meta(Tr::tr("Runs"),
             esc(m_info.runFilter.isEmpty() ? Tr::tr("all (%1)").arg(m_digest.runs.size())
                                            : m_info.runFilter));
        meta(Tr::tr("Audit log"), esc(m_info.databasePath + QStringLiteral(" (id ") +
                                      m_info.databaseId + QLatin1Char(')')));
        meta(Tr::tr("Chain"),
             QStringLiteral("<span class=\"%1\">%2</span>")
                     .arg(m_info.verified ? QStringLiteral("ok") : QStringLiteral("bad"),
                          esc(m_info.verified ? Tr::tr("verified") : Tr::tr("not verified"))) +
                 QStringLiteral(": ") + esc(m_info.verification));
        meta(Tr::tr("Log head"), esc(m_info.logHead.toString()));
        meta(Tr::tr("Keychain head"),
             esc(m_info.keychainHead ? m_info.keychainHead->toString() : Tr::tr("not available")));
        meta(Tr::tr("Exported"),
             esc(utc(m_info.exportedAt) + QStringLiteral(" by ") + m_info.exportedBy));
        m_out += QStringLiteral("</table>\n");

        m_out += QStringLiteral("<table class=\"grid\" width=\"100%\"><tr><th>%1</th><th>%2</th>"
                                "<th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>\n")
                     .arg(esc(Tr::tr("Run")), esc(Tr::tr("Procedure")), esc(Tr::tr("Operator")),
                          esc(Tr::tr("Outcome")), esc(Tr::tr("Started (UTC)")),
                          esc(Tr::tr("Duration")), esc(Tr::tr("Changes")));
        for (const AuditDigest::RunDigest &run : std::as_const(m_digest.runs)) {
            QString changes = Tr::tr("files: %1, other steps: %2")
                                  .arg(run.files.size())
                                  .arg(run.otherChanges.size());
            if (run.isCheck() || run.preflightOnly)
                changes = QStringLiteral("-");
            else if (run.changedNothing())
                changes = Tr::tr("none");
            else if (const AuditDigest::StepRow *stopped = run.stoppedInAStep())
                changes += QStringLiteral("; ") + Tr::tr("step %1 %2 part-way")
                                                      .arg(QString::number(stopped->number),
                                                           outcomeWords(stopped->outcome));
            m_out +=
                QStringLiteral("<tr><td><a href=\"#%1\">%2</a></td><td>%3</td><td>%4</td>"
                               "<td>%5</td><td>%6</td><td>%7</td><td>%8</td></tr>\n")
                    .arg(esc(runAnchor(run.runId)), esc(run.runId),
                         esc(run.isCheck() ? Tr::tr("check") : run.procedure) +
                             (run.resumed ? esc(Tr::tr(" (resumed)")) : QString()),
                         esc(run.operatorName), badge(run.outcome), esc(shortTime(run.started)),
                         esc(duration(run.durationMs())), esc(changes));
        }
        if (m_digest.runs.isEmpty())
            m_out += QStringLiteral("<tr><td colspan=\"7\">%1</td></tr>\n")
                         .arg(esc(Tr::tr("No runs in this log.")));
        m_out += QStringLiteral("</table>\n");
        if (m_digest.outsideRunEntries > 0)
            m_out += QStringLiteral("<p class=\"note\">%1</p>\n")
                         .arg(esc(Tr::tr("Entries outside any run (secrets set or deleted, "
                                         "host keys accepted): %1, in the raw record.")
                                      .arg(m_digest.outsideRunEntries)));
        m_out += QStringLiteral("<p class=\"note\">%1</p>\n")
                     .arg(esc(Tr::tr("Keep a copy of the head (entry count and hash) elsewhere: "
                                     "it anchors the chain, so that a log cut short or rewritten "
                                     "later can be told apart from this one.")));
    }

    // On paper, each line ends with its page number (filled in by the printer).
    QString pageOf(const QString &anchor) const
    {
        return m_medium == Medium::Print
                   ? QStringLiteral(" <span class=\"t\">%1</span>")
                         .arg(esc(Tr::tr("page %1").arg(pagePlaceholder(anchor))))
                   : QString();
    }

    void contents()
    {
        m_out += QStringLiteral("<nav><h2>%1</h2><ol>\n").arg(esc(Tr::tr("Contents")));
        for (const AuditDigest::RunDigest &run : std::as_const(m_digest.runs))
            m_out += QStringLiteral("<li><a href=\"#%1\">%2</a> %3%4</li>\n")
                         .arg(esc(runAnchor(run.runId)), esc(runTitle(run)), badge(run.outcome),
                              pageOf(runAnchor(run.runId)));
        m_out += QStringLiteral("<li><a href=\"#%1\">%2</a>%3</li>\n</ol></nav>\n")
                     .arg(kAppendixAnchor, esc(Tr::tr("Appendix: the raw record")),
                          pageOf(kAppendixAnchor));
    }

    void runSection(const AuditDigest::RunDigest &run)
    {
        m_out += QStringLiteral("<h2>");
        anchor(runAnchor(run.runId));
        m_out += QStringLiteral("%1 %2</h2>\n").arg(esc(runTitle(run)), badge(run.outcome));
        m_out += QStringLiteral("<table class=\"meta\">\n");
        meta(Tr::tr("Cluster, operator"),
             esc(run.cluster + QStringLiteral(", ") + run.operatorName));
        const QString took = run.attempts == 1
                                 ? duration(run.durationMs())
                                 : Tr::tr("%1 in its attempts, without the waits between them")
                                       .arg(duration(run.durationMs()));
        meta(Tr::tr("Time"),
             esc(period(run.started, run.ended) + QStringLiteral(" (") + took + QLatin1Char(')')));
        meta(Tr::tr("Commands"), QString::number(run.commands));
        if (!run.message.isEmpty())
            meta(Tr::tr("Why"), esc(run.message));
        if (!run.isCheck() &&
            (run.outcome == QLatin1String("failed") || run.outcome == QLatin1String("cancelled")))
            meta(Tr::tr("Resume"), QStringLiteral("<code>inmanta-ha-cli run %1 --resume %2</code>")
                                       .arg(esc(run.procedure), esc(run.runId)));
        m_out += QStringLiteral("</table>\n");

        if (!run.steps.isEmpty()) {
            m_out +=
                QStringLiteral("<h3>%1</h3>\n<table class=\"grid\" width=\"100%\"><tr>"
                               "<th width=\"4%\">#</th><th width=\"39%\">%2</th>"
                               "<th width=\"21%\">%3</th><th width=\"8%\">%4</th>"
                               "<th width=\"16%\">%5</th><th width=\"12%\">%6</th></tr>\n")
                    .arg(esc(Tr::tr("Steps")), esc(Tr::tr("Step")), esc(Tr::tr("Runbook section")),
                         esc(Tr::tr("Host")), esc(Tr::tr("Outcome")), esc(Tr::tr("Duration")));
            for (const AuditDigest::StepRow &row : run.steps) {
                QString step = esc(row.description);
                if (!row.message.isEmpty())
                    step +=
                        QStringLiteral("<br><span class=\"note\">%1</span>").arg(esc(row.message));
                m_out +=
                    QStringLiteral("<tr><td nowrap>%1</td><td>%2</td><td>%3</td><td nowrap>%4</td>"
                                   "<td>%5</td><td nowrap>%6</td></tr>\n")
                        .arg(row.number)
                        .arg(step, esc(row.section.isEmpty() ? QStringLiteral("-") : row.section),
                             esc(row.host), badge(row.outcome),
                             esc(row.started.isValid() ? duration(row.started.msecsTo(row.ended))
                                                       : QStringLiteral("-")));
            }
            m_out += QStringLiteral("</table>\n");
        }

        if (!run.statements.isEmpty()) {
            m_out += QStringLiteral("<h3>%1</h3>\n<ul>\n")
                         .arg(esc(Tr::tr("Statements and confirmations")));
            for (const AuditDigest::Statement &s : run.statements)
                m_out += QStringLiteral("<li>%1, %2: %3</li>\n")
                             .arg(esc(utc(s.time)), esc(s.operatorName), esc(s.what));
            m_out += QStringLiteral("</ul>\n");
        }
        if (!run.notes.isEmpty()) {
            m_out +=
                QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(esc(Tr::tr("What the run reported")));
            for (const QString &note : run.notes)
                m_out += QStringLiteral("<li>%1</li>\n").arg(esc(note));
            m_out += QStringLiteral("</ul>\n");
        }
        if (run.isCheck() || run.preflightOnly)
            return;
        m_out += QStringLiteral("<h3>%1</h3>\n").arg(esc(Tr::tr("Changes made")));
        if (run.changedNothing()) {
            m_out += QStringLiteral("<p>%1</p>\n")
                         .arg(esc(Tr::tr("No changes: every step it reached was already done.")));
            return;
        }
        if (const AuditDigest::StepRow *stopped = run.stoppedInAStep())
            m_out += QStringLiteral("<p>%1</p>\n")
                         .arg(esc(Tr::tr("Step %1 %2 part-way: what its commands changed is in "
                                         "the raw record.")
                                      .arg(QString::number(stopped->number),
                                           outcomeWords(stopped->outcome))));
        for (const AuditDigest::FileChange &change : run.files)
            m_out += QStringLiteral("<div>%1</div><pre>%2</pre>\n")
                         .arg(esc(Tr::tr("%1 on %2 (step %3)")
                                      .arg(change.path, change.host, QString::number(change.step))),
                              diffHtml(change.diff));
        if (!run.otherChanges.isEmpty()) {
            m_out += QStringLiteral("<div>%1</div><ul>\n")
                         .arg(esc(Tr::tr("Other changes (roles, slots, services, data "
                                         "directories), by the steps that made them:")));
            for (const QString &step : run.otherChanges)
                m_out += QStringLiteral("<li>%1</li>\n").arg(esc(step));
            m_out += QStringLiteral("</ul>\n");
        }
    }

    // The raw record has an entry for every command: written with appends, not arg().
    void entry(const AuditEntry &e)
    {
        m_out += QLatin1String("<div class=\"entry\"><b>#");
        m_out += QString::number(e.sequence);
        m_out += QLatin1String("</b> <span class=\"t\">");
        m_out += utc(e.time, true);
        if (!e.host.isEmpty()) {
            m_out += QLatin1String(" on ");
            m_out += esc(e.host);
        }
        m_out += QLatin1String("</span> ");
        m_out += esc(e.step.isEmpty() ? e.outcome : e.step);
        m_out += QLatin1Char(' ');
        m_out += cachedBadge(e.outcome);
        m_out += QLatin1String("</div>\n");
        if (!e.decision.isEmpty())
            m_out +=
                QStringLiteral("<div>%1: %2</div>\n").arg(esc(Tr::tr("Decision")), esc(e.decision));
        if (e.outcome == QLatin1String("plan")) {
            m_out += QStringLiteral("<div class=\"note\">%1</div>\n")
                         .arg(esc(Tr::tr("The plan: in the run's step table.")));
            return;
        }
        if (e.outcome == QLatin1String("changed")) {
            m_out +=
                QStringLiteral("<div class=\"note\">%1</div>\n")
                    .arg(esc(
                        Tr::tr("%1 changed: the diff is under the run's changes.").arg(e.command)));
            return;
        }
        if (!e.command.isEmpty()) {
            m_out += QLatin1String("<pre>$ ");
            m_out += shortened(e.command, kCommandHeadLines, kTailLines);
            m_out += QLatin1String("</pre>\n");
        }
        if (e.hasExitCode && e.exitCode != 0)
            m_out +=
                QStringLiteral("<div>%1: %2</div>\n").arg(esc(Tr::tr("Exit code"))).arg(e.exitCode);
        if (!e.output.isEmpty()) {
            m_out += QLatin1String("<pre>");
            m_out += shortened(e.output, kHeadLines, kTailLines, e.outputSize);
            m_out += QLatin1String("</pre>\n");
        }
    }

    const QString &cachedBadge(const QString &outcome)
    {
        auto it = m_badges.constFind(outcome);
        if (it == m_badges.cend())
            it = m_badges.insert(outcome, badge(outcome));
        return *it;
    }

    void openRawSection(const QString &title)
    {
        if (m_medium == Medium::Screen)
            m_out += QStringLiteral("<details><summary>%1</summary>\n").arg(esc(title));
        else
            m_out += QStringLiteral("<h3>%1</h3>\n").arg(esc(title));
    }

    void closeRawSection()
    {
        if (m_medium == Medium::Screen)
            m_out += QStringLiteral("</details>\n");
    }

    // Every entry, a section per run in the order the runs started (as the digest has them),
    // the entries of no run last.
    void appendix()
    {
        m_out += QStringLiteral("<h2>");
        anchor(kAppendixAnchor);
        m_out += QStringLiteral("%1</h2>\n<p class=\"note\">%2</p>\n")
                     .arg(esc(Tr::tr("Appendix: the raw record")),
                          esc(Tr::tr("Every entry, with its command and output; long ones "
                                     "shortened to their first and last lines.")));
        QHash<QString, const AuditDigest::RunDigest *> runs;
        QStringList order;
        for (const AuditDigest::RunDigest &run : std::as_const(m_digest.runs)) {
            runs.insert(run.runId, &run);
            order << run.runId;
        }
        order << QString();             // the entries of no run
        std::optional<QString> section; // the run whose entries are being written
        m_readError = m_entries.forEachOfRuns(order, [&](const AuditEntry &e) {
            if (!section || e.runId != *section) {
                if (section)
                    closeRawSection();
                section = e.runId;
                const AuditDigest::RunDigest *run = runs.value(e.runId);
                openRawSection(
                    run ? Tr::tr("%1 (entries: %2)").arg(runTitle(*run)).arg(run->entryCount)
                        : Tr::tr("Outside any run (entries: %1)").arg(m_digest.outsideRunEntries));
            }
            entry(e);
            flush();
        });
        if (section)
            closeRawSection();
        else
            m_out += QStringLiteral("<p>%1</p>\n").arg(esc(Tr::tr("No entries.")));
    }

    const AuditReportInfo &m_info;
    const AuditEntrySource &m_entries;
    Medium m_medium;
    const AuditDigest::Digest &m_digest;
    std::optional<ChunkedOutput> m_output; // none: the page is kept in m_out
    QString m_out;
    QString m_readError;              // why not every entry was read
    QHash<QString, QString> m_badges; // by outcome
};

} // namespace

QString runAnchor(const QString &runId)
{
    return QStringLiteral("run-") + runId;
}

QString html(const AuditReportInfo &info, const QList<AuditEntry> &entries, Medium medium)
{
    const AuditEntryList list(entries);
    return html(info, list, AuditDigest::make(list), medium);
}

QString html(const AuditReportInfo &info, const AuditEntrySource &entries,
             const AuditDigest::Digest &digest, Medium medium, QString *error)
{
    Writer writer(info, entries, digest, medium, nullptr);
    const QString problem = writer.write();
    if (error)
        *error = problem;
    return writer.text();
}

QString writeHtml(QIODevice &out, const AuditReportInfo &info, const AuditEntrySource &entries,
                  const AuditDigest::Digest &digest, Medium medium)
{
    return Writer(info, entries, digest, medium, &out).write();
}

} // namespace iha::AuditReport
