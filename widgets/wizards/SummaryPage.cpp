#include "widgets/wizards/SummaryPage.h"

#include "models/AuditArchive.h"
#include "widgets/RunReportExport.h"
#include "widgets/wizards/RunDraft.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace iha {

SummaryPage::SummaryPage(RunDraft *draft, AuditArchive *audit, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_audit(audit)
    , m_text(new QTextBrowser)
    , m_export(new QPushButton(tr("&Export Report...")))
    , m_resume(new QPushButton(tr("Re&sume the Run")))
    , m_exported(new QLabel)
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Summary"));
    m_text->setObjectName(QStringLiteral("summaryText"));
    m_text->setAccessibleName(tr("Summary of the run"));
    m_export->setObjectName(QStringLiteral("exportReport"));
    m_resume->setObjectName(QStringLiteral("resumeRun"));
    m_exported->setObjectName(QStringLiteral("reportExported"));
    m_exported->setWordWrap(true);
    m_exported->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_exported);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resume);
    buttons->addStretch();
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    connect(m_export, &QPushButton::clicked, this, &SummaryPage::chooseReportFile);
    connect(m_resume, &QPushButton::clicked, this, &SummaryPage::resumeRequested);
}

void SummaryPage::initializePage()
{
    const RunDraft &d = *m_draft;
    const RunOutcome outcome = d.outcome.value_or(RunOutcome::Refused);
    QString outcomeText;
    switch (outcome) {
    case RunOutcome::Succeeded:
        outcomeText = tr("Succeeded");
        break;
    case RunOutcome::Refused:
        outcomeText = d.resumeRunId.isEmpty()
                          ? tr("Refused before anything changed")
                          : tr("Refused; what run %1 did before stays").arg(d.resumeRunId);
        break;
    case RunOutcome::Failed:
        outcomeText = tr("Stopped at a failed step");
        break;
    case RunOutcome::Cancelled:
        outcomeText = tr("Cancelled");
        break;
    }
    const qint64 seconds = d.startedAt.secsTo(d.endedAt);
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(outcomeText.toHtmlEscaped());
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Procedure:"), d.procedure.title);
    row(tr("Cluster:"), d.cluster.name);
    row(tr("Run:"), d.runId.isEmpty() ? tr("(not started)") : d.runId);
    row(tr("Time taken:"), tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60));
    html += QStringLiteral("</table>");
    if (outcome != RunOutcome::Succeeded && !d.message.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Why:"), d.message.toHtmlEscaped());
    if (!d.notes.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("What the steps verified and noted"));
        for (const QString &note : d.notes)
            html += QStringLiteral("<li>%1</li>").arg(note.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!d.clusterFileChanges.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(tr("The cluster file"),
                         (d.clusterFileError.isEmpty()
                              ? tr("%1 now says: %2 (the previous version is kept as .bak). The "
                                   "diagram shows the cluster with these roles.")
                                    .arg(QDir::toNativeSeparators(d.clusterFile),
                                         d.clusterFileChanges.join(QLatin1String("; ")))
                              : tr("could not be updated (%1); change the roles by hand: %2")
                                    .arg(d.clusterFileError,
                                         d.clusterFileChanges.join(QLatin1String("; "))))
                             .toHtmlEscaped());
    }
    m_text->setHtml(html);
    const bool resumable =
        !d.runId.isEmpty() && (outcome == RunOutcome::Failed || outcome == RunOutcome::Cancelled ||
                               (outcome == RunOutcome::Refused && !d.resumeRunId.isEmpty()));
    m_resume->setVisible(resumable);
    m_export->setEnabled(m_audit && !d.runId.isEmpty());
    m_exported->clear();
}

void SummaryPage::chooseReportFile()
{
    QPointer<SummaryPage> self(this);
    exportRunReport(this, m_audit, m_draft->cluster.name, m_draft->runId,
                    [self](const QString &status) {
                        if (self)
                            self->m_exported->setText(status);
                    });
}

} // namespace iha
