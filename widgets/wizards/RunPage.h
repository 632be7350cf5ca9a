#pragma once

#include "models/Step.h"
#include "widgets/wizards/ServiceListener.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QTreeWidget;

namespace iha {

class StatusLine;

class RunService;
struct RunDraft;

// The run: a progress bar over the steps, each step's state, the live output (a base
// backup's progress as a bar of its own, with bytes and time left), and Cancel (the wizard's).
// Everything arrives as queued signals from the run's thread: the window stays responsive.
class RunPage : public QWizardPage
{
    Q_OBJECT

public:
    RunPage(RunDraft *draft, RunService *runs, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool running() const { return m_listener.listening(); }

signals:
    void runStarting(); // the run started; runEnded() follows, whatever the outcome
    void runEnded();

private:
    void hideCopyProgress();
    void stepStarted(int index, bool preflight, const QString &description);
    void stepFinished(int index, bool preflight, const QString &status, const QString &message);
    void showOutput(const QString &text);
    void flushOutput();
    void showCopyProgress(const QString &text);
    void ended(RunOutcome outcome, const QString &message);

    RunDraft *m_draft;
    RunService *m_runs;
    QProgressBar *m_progress;
    StatusLine *m_current;
    QProgressBar *m_copy;
    QTreeWidget *m_steps;
    QPlainTextEdit *m_output;
    QLabel *m_result;
    ServiceListener m_listener;
    QElapsedTimer m_copyClock;
    // Output is shown at most every kOutputIntervalMs: each append repaints the output and its
    // scroll bar, and a busy command (pg_basebackup, a package install) writes many chunks.
    static constexpr int kOutputIntervalMs = 100;
    QString m_pendingOutput;
    QTimer m_outputFlush;
    bool m_done = false;
    bool m_midLine = false; // the output's last line is not ended yet
};

} // namespace iha
