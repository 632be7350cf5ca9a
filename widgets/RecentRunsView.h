#pragma once

#include "models/AuditEntry.h"

#include <QStringList>
#include <QTimer>
#include <QTreeWidget>

namespace iha {

class AuditArchive;

// The latest runs of the shown cluster, from the audit log (runs from the CLI too), newest
// first; a failed, cancelled or interrupted one can be resumed from its menu.
class RecentRunsView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit RecentRunsView(QWidget *parent = nullptr);

    void setAuditArchive(AuditArchive *audit, const QString &problem);
    void setResumeEnabled(bool enabled) { m_resumeEnabled = enabled; }
    // The runs of this cluster (empty: none shown); redrawn only when they changed, so that a
    // selected row stays selected.
    void showRunsOf(const QString &cluster);
    void refresh() { showRunsOf(m_cluster); }

signals:
    void resumeRequested(const QString &procedure, const QString &runId);
    // How an export of a run's report went ("Report written to ...").
    void reported(const QString &status);
    // Who holds the team's lock on the cluster now, in words (empty: nobody).
    void runningNowChanged(const QString &running);

private:
    void showMenu(const QPoint &pos);
    void showMessage(const QString &text);
    // In a shared store: asks who runs a procedure on the cluster now (off this thread), and
    // shows the runs again when that changed.
    void askWhoIsRunning();
    void showRuns(const QList<AuditRun> &runs);

    AuditArchive *m_audit = nullptr;
    QString m_auditProblem;
    QString m_cluster;
    QStringList m_shown;  // "run-id status" of the rows shown
    QString m_runningNow; // a teammate's run (or ours) holding the team's lock on the cluster
    QTimer m_teamPoll;
    bool m_askingWhoRuns = false;
    bool m_resumeEnabled = false;
};

} // namespace iha
