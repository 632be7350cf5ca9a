#include "widgets/wizards/RunPage.h"

#include "models/RunService.h"
#include "widgets/ByteSize.h"
#include "widgets/wizards/PlainProgressBar.h"
#include "widgets/wizards/RunDraft.h"
#include "widgets/wizards/StatusLine.h"
#include "widgets/wizards/StepMarks.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace iha {

RunPage::RunPage(RunDraft *draft, RunService *runs, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_runs(runs)
    , m_progress(new PlainProgressBar)
    , m_current(new StatusLine)
    , m_copy(new PlainProgressBar)
    , m_steps(new QTreeWidget)
    , m_output(new QPlainTextEdit)
    , m_result(new QLabel)
{
    setObjectName(QStringLiteral("runPage"));
    setTitle(tr("Run"));
    setSubTitle(tr("Each step is checked first: what is done already is skipped. Cancel stops "
                   "the running command; the run can be resumed."));
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setAccessibleName(tr("Steps done"));
    m_progress->setFormat(tr("%v of %m steps"));
    m_current->setObjectName(QStringLiteral("currentStep"));
    m_copy->setObjectName(QStringLiteral("copyProgress"));
    m_copy->setAccessibleName(tr("Base backup progress"));
    m_copy->setVisible(false);
    m_steps->setObjectName(QStringLiteral("runSteps"));
    m_steps->setAccessibleName(tr("Steps and their state"));
    m_steps->setHeaderLabels({tr("Step"), tr("Node")});
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_output->setObjectName(QStringLiteral("runOutput"));
    m_output->setAccessibleName(tr("Output of the running command"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(5000);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_result->setObjectName(QStringLiteral("runResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outputFlush.setSingleShot(true);
    m_outputFlush.setInterval(kOutputIntervalMs);
    connect(&m_outputFlush, &QTimer::timeout, this, &RunPage::flushOutput);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_current);
    layout->addWidget(m_copy);
    layout->addWidget(m_steps, 2);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_result);
}

void RunPage::initializePage()
{
    m_done = false;
    m_steps->clear();
    m_output->clear();
    m_pendingOutput.clear();
    m_outputFlush.stop();
    m_midLine = false;
    m_result->clear();
    m_copy->setVisible(false);
    const QList<Step> &steps = m_draft->plan.steps;
    for (const Step &step : steps) {
        auto *item = new QTreeWidgetItem(m_steps, {step.description, step.node});
        StepMarks::set(item, StepMarks::Waiting);
    }
    m_progress->setRange(0, static_cast<int>(steps.size()));
    m_progress->setValue(0);
    m_current->setText(tr("Pre-flight checks..."));
    m_draft->outcome.reset();
    m_draft->notes.clear();
    m_draft->clusterFileChanges.clear();
    m_draft->clusterFileError.clear();
    m_draft->startedAt = QDateTime::currentDateTime();
    if (!m_runs)
        return ended(RunOutcome::Refused, tr("This window cannot run procedures."));
    m_listener.stop();
    m_listener.add(connect(m_runs, &RunService::notStarted, this,
                           [this](const QString &why) { ended(RunOutcome::Refused, why); }));
    m_listener.add(connect(m_runs, &RunService::started, this,
                           [this](const QString &runId, const QString &resumeNote) {
                               // Only now: a run that never starts (a keychain prompt left
                               // unanswered) must not keep the monitor paused.
                               emit runStarting();
                               m_draft->runId = runId;
                               if (!resumeNote.isEmpty())
                                   m_draft->notes << resumeNote;
                           }));
    m_listener.add(connect(m_runs, &RunService::stepStarted, this, &RunPage::stepStarted));
    m_listener.add(connect(m_runs, &RunService::stepFinished, this, &RunPage::stepFinished));
    m_listener.add(connect(m_runs, &RunService::output, this, &RunPage::showOutput));
    m_listener.add(connect(m_runs, &RunService::noted, this, [this](const QString &text) {
        if (!m_draft->notes.contains(text))
            m_draft->notes << text;
        showOutput((m_midLine ? QStringLiteral("\n* ") : QStringLiteral("* ")) + text +
                   QLatin1Char('\n'));
    }));
    m_listener.add(connect(m_runs, &RunService::clusterFileUpdated, this,
                           [this](const QString &, const Cluster &cluster,
                                  const QStringList &changes, const QString &error) {
                               m_draft->clusterFileChanges = changes;
                               m_draft->clusterFileError = error;
                               // The roles the run gave: the cluster the file now holds.
                               if (error.isEmpty())
                                   m_draft->cluster = cluster;
                           }));
    m_listener.add(connect(
        m_runs, &RunService::finished, this,
        [this](RunOutcome outcome, int, const QString &message) { ended(outcome, message); }));
    RunOrder order;
    order.cluster = m_draft->cluster;
    order.clusterFile = m_draft->clusterFile;
    order.procedure = m_draft->procedure.cliName;
    order.inputs = m_draft->inputs;
    order.resumeRunId = m_draft->resumeRunId;
    order.dangerousConfirmed = m_draft->dangerousConfirmed;
    m_runs->start(order);
}

void RunPage::stepStarted(int index, bool preflight, const QString &description)
{
    flushOutput();
    hideCopyProgress();
    if (preflight) {
        m_current->setText(tr("Pre-flight: %1").arg(description));
        return;
    }
    m_current->setText(
        tr("Step %1 of %2: %3").arg(index + 1).arg(m_draft->plan.steps.size()).arg(description));
    if (QTreeWidgetItem *item = m_steps->topLevelItem(index)) {
        StepMarks::set(item, StepMarks::Running);
        m_steps->scrollToItem(item);
    }
}

void RunPage::stepFinished(int index, bool preflight, const QString &status, const QString &message)
{
    flushOutput();
    if (preflight) {
        if (status == QLatin1String("failed"))
            m_output->appendPlainText(tr("Pre-flight check failed: %1").arg(message));
        return;
    }
    QTreeWidgetItem *item = m_steps->topLevelItem(index);
    if (!item)
        return;
    if (status == QLatin1String("failed")) {
        StepMarks::set(item, StepMarks::Failed);
        StepMarks::addMessage(item, message);
        item->setExpanded(true);
        return;
    }
    StepMarks::set(item, status == QLatin1String("already done") ? StepMarks::AlreadyDone
                                                                 : StepMarks::Done);
    m_progress->setValue(index + 1);
}

void RunPage::showOutput(const QString &text)
{
    if (text.isEmpty())
        return;
    m_pendingOutput += text;
    m_midLine = !text.endsWith(QLatin1Char('\n'));
    if (!m_outputFlush.isActive())
        m_outputFlush.start();
}

void RunPage::flushOutput()
{
    m_outputFlush.stop();
    if (m_pendingOutput.isEmpty())
        return;
    showCopyProgress(m_pendingOutput);
    m_output->moveCursor(QTextCursor::End);
    m_output->insertPlainText(m_pendingOutput);
    m_output->moveCursor(QTextCursor::End);
    m_pendingOutput.clear();
}

// pg_basebackup -P: "  123456/7890123 kB (1%), 0/1 tablespace" once a second.
void RunPage::showCopyProgress(const QString &text)
{
    static const QRegularExpression line(QStringLiteral("(\\d+)/(\\d+) kB \\((\\d+)%\\)"));
    QRegularExpressionMatch last;
    for (auto it = line.globalMatch(text); it.hasNext();)
        last = it.next();
    if (!last.hasMatch())
        return;
    const qint64 done = last.captured(1).toLongLong() * 1024;
    const qint64 total = last.captured(2).toLongLong() * 1024;
    if (m_copy->isHidden()) {
        m_copy->setVisible(true);
        m_copy->setRange(0, 1000);
        m_copyClock.start();
    }
    m_copy->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    QString eta;
    const qint64 elapsed = m_copyClock.elapsed();
    if (done > 0 && total > done && elapsed > 2000)
        eta = tr(", about %n s left", nullptr,
                 static_cast<int>((total - done) * elapsed / done / 1000));
    m_copy->setFormat(
        tr("Base backup: %1 of %2%3").arg(ByteSize::format(done), ByteSize::format(total), eta));
}

void RunPage::hideCopyProgress()
{
    // Hiding a hidden widget lays the whole wizard out again all the same (tens of ms).
    if (!m_copy->isHidden())
        m_copy->hide();
}

void RunPage::ended(RunOutcome outcome, const QString &message)
{
    m_listener.stop();
    m_done = true;
    flushOutput();
    hideCopyProgress();
    m_draft->outcome = outcome;
    m_draft->message = message;
    m_draft->endedAt = QDateTime::currentDateTime();
    QString text;
    switch (outcome) {
    case RunOutcome::Succeeded:
        text = tr("<b>The run succeeded.</b>");
        m_progress->setValue(m_progress->maximum());
        break;
    case RunOutcome::Refused:
        // A refused resume changed nothing now; what the run did before stays.
        text = m_draft->resumeRunId.isEmpty()
                   ? tr("<b>Refused before anything changed:</b> %1").arg(message.toHtmlEscaped())
                   : tr("<b>Refused:</b> %1<br>This attempt changed nothing; what run %2 did "
                        "before stays. Fix the cause, then resume it again.")
                         .arg(message.toHtmlEscaped(), m_draft->resumeRunId.toHtmlEscaped());
        break;
    case RunOutcome::Failed:
        text = tr("<b>The run stopped:</b> %1<br>Fix the cause, then resume it from the "
                  "summary or from Recent Runs.")
                   .arg(message.toHtmlEscaped());
        break;
    case RunOutcome::Cancelled:
        text = tr("<b>The run was cancelled:</b> %1<br>It can be resumed from the summary or "
                  "from Recent Runs.")
                   .arg(message.toHtmlEscaped());
        break;
    }
    m_current->setText(outcome == RunOutcome::Succeeded ? tr("Done.") : QString());
    m_result->setText(text);
    emit completeChanged();
    emit runEnded();
}

bool RunPage::isComplete() const
{
    return m_done;
}

} // namespace iha
