#pragma once

#include "widgets/wizards/ServiceListener.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace iha {

class RunService;
struct RunDraft;

// The pre-flight checks, read-only, one line and one mark each as they run. A failure says
// what to fix; Re-check runs them again. A check that only the operator's word can settle
// (a silent host, data at risk) is marked as such and asked on the preview page.
class PreflightPage : public QWizardPage
{
    Q_OBJECT

public:
    PreflightPage(RunDraft *draft, RunService *runs, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void recheck();

private:
    void acceptableDataLoss(const QString &words);
    void checkStarted(int index, bool preflight);
    void checkFinished(int index, bool preflight, const QString &status, const QString &message);
    void checksEnded(const QString &problem);

    RunDraft *m_draft;
    RunService *m_runs;
    QTreeWidget *m_checks;
    QLabel *m_summary;
    QPushButton *m_recheck;
    ServiceListener m_listener;
    bool m_done = false;
    bool m_passed = false;
    int m_failures = 0;
    QStringList m_messages; // the failed checks' reasons, in full
};

} // namespace iha
