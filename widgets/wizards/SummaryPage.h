#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace iha {

class AuditArchive;
struct RunDraft;

// How the run ended: outcome, time taken, what the steps verified and noted, the cluster
// file's change; the report of this run (HTML or PDF), and Resume for a run that did not end
// well.
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    SummaryPage(RunDraft *draft, AuditArchive *audit, QWidget *parent = nullptr);

    void initializePage() override;
    // Writes this run's report; the format follows the file's suffix (.pdf, else HTML).

signals:
    void resumeRequested();

private:
    void chooseReportFile();

    RunDraft *m_draft;
    AuditArchive *m_audit;
    QTextBrowser *m_text;
    QPushButton *m_export;
    QPushButton *m_resume;
    QLabel *m_exported;
};

} // namespace iha
