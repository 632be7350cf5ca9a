#include "widgets/RecentRunsView.h"

#include "models/AuditArchive.h"
#include "models/Procedure.h"
#include "widgets/RunReportExport.h"

#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPointer>

namespace iha {
namespace {

constexpr int kRecentRuns = 20;
enum Column
{
    StartedColumn,
    ProcedureColumn,
    StatusColumn,
    OperatorColumn,
    RunColumn,
};

} // namespace

RecentRunsView::RecentRunsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("recentRuns"));
    setAccessibleName(tr("Recent runs of procedures on this cluster"));
    setRootIsDecorated(false);
    setHeaderLabels({tr("Started"), tr("Procedure"), tr("Status"), tr("Operator"), tr("Run")});
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &RecentRunsView::showMenu);
    connect(this, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showMenu(visualItemRect(item).center()); });
    // A teammate's run starts and ends on another machine: looked for every few seconds.
    m_teamPoll.setInterval(5000);
    connect(&m_teamPoll, &QTimer::timeout, this, &RecentRunsView::askWhoIsRunning);
}

void RecentRunsView::askWhoIsRunning()
{
    // One question at a time: while the store is slow to answer, looks do not pile up.
    if (!m_audit || !m_audit->isShared() || m_cluster.isEmpty() || m_askingWhoRuns)
        return;
    m_askingWhoRuns = true;
    m_audit->whoIsRunning(m_cluster, [self = QPointer<RecentRunsView>(this), audit = m_audit,
                                      cluster = m_cluster](const QString &running) {
        if (self)
            self->m_askingWhoRuns = false;
        if (!self || self->m_audit != audit || self->m_cluster != cluster ||
            self->m_runningNow == running)
            return;
        self->m_runningNow = running;
        self->m_shown.clear();
        self->refresh();
        emit self->runningNowChanged(running);
    });
}

void RecentRunsView::setAuditArchive(AuditArchive *audit, const QString &problem)
{
    m_audit = audit;
    m_auditProblem = problem;
    m_askingWhoRuns = false; // an answer of the archive before is not coming
    m_shown.clear();
    if (!m_runningNow.isEmpty())
        emit runningNowChanged({});
    m_runningNow.clear();
    if (m_audit && m_audit->isShared())
        m_teamPoll.start();
    else
        m_teamPoll.stop();
    refresh();
    askWhoIsRunning();
}

void RecentRunsView::showMessage(const QString &text)
{
    clear();
    m_shown.clear();
    auto *item = new QTreeWidgetItem(this, {text});
    item->setFirstColumnSpanned(true);
}

void RecentRunsView::showRunsOf(const QString &cluster)
{
    if (cluster != m_cluster) {
        m_shown.clear();
        if (!m_runningNow.isEmpty())
            emit runningNowChanged({});
        m_runningNow.clear();
        m_cluster = cluster;
        askWhoIsRunning();
    }
    if (cluster.isEmpty())
        return clear();
    if (!m_audit)
        return showMessage(m_auditProblem.isEmpty() ? tr("The audit log is not available.")
                                                    : m_auditProblem);
    // The team's store is read off this thread; this machine's file right away.
    if (m_audit->isShared())
        return m_audit->readRecentRuns(
            cluster, kRecentRuns,
            [self = QPointer<RecentRunsView>(this), audit = m_audit,
             cluster](const QList<AuditRun> &runs, const QString &error) {
                if (!self || self->m_audit != audit || self->m_cluster != cluster)
                    return;
                // A store that cannot be read says why, never "no runs yet".
                if (!error.isEmpty())
                    return self->showMessage(error);
                self->showRuns(runs);
            });
    showRuns(m_audit->recentRuns(cluster, kRecentRuns));
}

void RecentRunsView::showRuns(const QList<AuditRun> &runs)
{
    if (runs.isEmpty())
        return showMessage(tr("No procedure has run on this cluster yet."));
    // A record changed outside the product says so, and is never offered for resuming.
    const auto statusOf = [](const AuditRun &run) {
        switch (run.record) {
        case AuditRun::Record::Changed:
            return tr("%1 (record changed outside the product!)").arg(run.status);
        case AuditRun::Record::Unsigned:
            return tr("%1 (record not signed)").arg(run.status);
        default:
            return run.status;
        }
    };
    QStringList shown{m_runningNow};
    for (const AuditRun &run : runs)
        shown << run.runId + QLatin1Char(' ') + statusOf(run);
    if (shown == m_shown)
        return;
    m_shown = shown;
    clear();
    // Who holds the team's lock on the cluster: a run started now would be refused.
    if (!m_runningNow.isEmpty()) {
        auto *item = new QTreeWidgetItem(this, {tr("Running now: %1").arg(m_runningNow)});
        item->setFirstColumnSpanned(true);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
    }
    for (const AuditRun &run : runs)
        new QTreeWidgetItem(this,
                            {QLocale().toString(run.started.toLocalTime(), QLocale::ShortFormat),
                             run.procedure, statusOf(run), run.operatorName, run.runId});
}

// A failed or cancelled run goes on from here once its cause is fixed; any run's report is
// exported from here.
void RecentRunsView::showMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = itemAt(pos);
    if (!item || item->text(RunColumn).isEmpty())
        return;
    const QString procedure = item->text(ProcedureColumn);
    const QString status = item->text(StatusColumn);
    const QString runId = item->text(RunColumn);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("runMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // "running": a run whose application ended without recording its end.
    const bool resumable = status == QLatin1String("failed") ||
                           status == QLatin1String("cancelled") ||
                           status == QLatin1String("running");
    QAction *resume =
        menu->addAction(tr("&Resume Run %1...").arg(runId), this,
                        [this, procedure, runId] { emit resumeRequested(procedure, runId); });
    resume->setObjectName(QStringLiteral("resumeRunAction"));
    resume->setEnabled(resumable && m_resumeEnabled && procedureByCliName(procedure));
    QAction *report =
        menu->addAction(tr("&Export Report of Run %1...").arg(runId), this, [this, runId] {
            exportRunReport(this, m_audit, m_cluster, runId,
                            [this](const QString &progress) { emit reported(progress); });
        });
    report->setObjectName(QStringLiteral("exportRunReportAction"));
    report->setEnabled(m_audit != nullptr);
    menu->popup(viewport()->mapToGlobal(pos));
}

} // namespace iha
