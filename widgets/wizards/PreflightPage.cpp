#include "widgets/wizards/PreflightPage.h"

#include "models/RunService.h"
#include "widgets/wizards/RunDraft.h"
#include "widgets/wizards/StepMarks.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace iha {

PreflightPage::PreflightPage(RunDraft *draft, RunService *runs, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_runs(runs)
    , m_checks(new QTreeWidget)
    , m_summary(new QLabel)
    , m_recheck(new QPushButton(tr("&Re-check")))
{
    setObjectName(QStringLiteral("preflightPage"));
    setTitle(tr("Pre-flight checks"));
    setSubTitle(tr("Read-only: nothing changes on the nodes. A failed check says what to fix."));
    m_checks->setObjectName(QStringLiteral("preflightChecks"));
    m_checks->setAccessibleName(tr("Pre-flight checks and their results"));
    m_checks->setHeaderLabels({tr("Check"), tr("Node")});
    m_checks->setWordWrap(true);
    m_checks->header()->setStretchLastSection(false);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_checks->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_summary->setObjectName(QStringLiteral("preflightSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recheck->setObjectName(QStringLiteral("recheckButton"));
    m_recheck->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_checks, 1);
    layout->addWidget(m_summary);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_recheck);
    layout->addLayout(buttons);
    connect(m_recheck, &QPushButton::clicked, this, &PreflightPage::recheck);
}

void PreflightPage::initializePage()
{
    recheck();
}

void PreflightPage::cleanupPage()
{
    if (m_listener.listening() && m_runs)
        m_runs->cancel();
    m_listener.stop();
}

// The words are about the newest sample on record now: an acceptance holds for that sample
// only (a newer one at run time is a new assessment).
void PreflightPage::acceptableDataLoss(const QString &words)
{
    m_draft->dataAtRiskWords = words;
    const std::optional<ReplicationSample> sample =
        m_runs ? m_runs->lastSample(m_draft->cluster, m_draft->procedure.cliName, m_draft->inputs)
               : std::nullopt;
    m_draft->inputs.dataLossSampleSeen = sample ? sample->time : QDateTime();
}

void PreflightPage::recheck()
{
    m_done = false;
    m_passed = false;
    m_failures = 0;
    m_messages.clear();
    m_draft->attestable.clear();
    m_draft->dataAtRiskWords.clear();
    m_draft->inputs.dataLossSampleSeen.reset();
    m_recheck->setEnabled(false);
    m_checks->clear();
    for (const Step &step : std::as_const(m_draft->plan.preflight)) {
        auto *item = new QTreeWidgetItem(m_checks, {step.description, step.node});
        StepMarks::set(item, StepMarks::Waiting);
    }
    m_summary->setText(tr("Checking..."));
    emit completeChanged();
    if (!m_runs)
        return checksEnded(tr("This window cannot run procedures."));
    m_listener.stop();
    m_listener.add(connect(m_runs, &RunService::stepStarted, this, &PreflightPage::checkStarted));
    m_listener.add(connect(m_runs, &RunService::stepFinished, this, &PreflightPage::checkFinished));
    m_listener.add(connect(m_runs, &RunService::notStarted, this, &PreflightPage::checksEnded));
    m_listener.add(connect(m_runs, &RunService::finished, this,
                           [this](RunOutcome outcome, int failedStep, const QString &message) {
                               // Refused without a check (the audit log could not be opened):
                               // the checks did not run.
                               const bool ran = outcome == RunOutcome::Succeeded ||
                                                (outcome == RunOutcome::Refused && failedStep >= 0);
                               checksEnded(ran ? QString() : message);
                           }));
    RunOrder order;
    order.cluster = m_draft->cluster;
    order.clusterFile = m_draft->clusterFile;
    order.procedure = m_draft->procedure.cliName;
    order.inputs = m_draft->inputs;
    order.inputs.attestedFenced.clear(); // asked again on the preview page
    order.inputs.acceptDataLoss = false;
    order.resumeRunId = m_draft->resumeRunId; // the lock it holds is its own
    order.preflightOnly = true;
    m_runs->start(order);
}

void PreflightPage::checkStarted(int index, bool preflight)
{
    if (preflight && index < m_checks->topLevelItemCount())
        StepMarks::set(m_checks->topLevelItem(index), StepMarks::Running);
}

void PreflightPage::checkFinished(int index, bool preflight, const QString &status,
                                  const QString &message)
{
    if (!preflight || index >= m_checks->topLevelItemCount())
        return;
    QTreeWidgetItem *item = m_checks->topLevelItem(index);
    if (status != QLatin1String("failed"))
        return StepMarks::set(item, StepMarks::Done);
    const Step &step = m_draft->plan.preflight.at(index);
    const bool needsWord = message.startsWith(kOperatorWordNeeded);
    const QString words = needsWord ? message.mid(kOperatorWordNeeded.size()) : message;
    if (needsWord && !step.attestableNode.isEmpty())
        m_draft->attestable << step.attestableNode;
    else if (needsWord && step.acceptsDataLoss)
        acceptableDataLoss(words);
    else
        ++m_failures;
    StepMarks::set(item, needsWord ? StepMarks::NeedsWord : StepMarks::Failed);
    StepMarks::addMessage(item, words);
    item->setExpanded(true);
    // In full below the list too: a line of the list is cut at its width.
    m_messages << QStringLiteral("<li><b>%1</b> %2</li>")
                      .arg((needsWord ? tr("Needs your word:") : tr("Failed:")).toHtmlEscaped(),
                           words.toHtmlEscaped());
}

void PreflightPage::checksEnded(const QString &problem)
{
    m_listener.stop();
    m_done = true;
    m_recheck->setEnabled(true);
    const QString details = m_messages.isEmpty()
                                ? QString()
                                : QStringLiteral("<ul>%1</ul>").arg(m_messages.join(QString()));
    if (!problem.isEmpty()) {
        m_passed = false;
        m_summary->setText(QStringLiteral("<b>%1</b> %2")
                               .arg(tr("The checks did not run:"), problem.toHtmlEscaped()));
    } else if (m_failures > 0) {
        m_passed = false;
        m_summary->setText(QStringLiteral("<b>%1</b>")
                               .arg(tr("%n check(s) failed. Fix what they say, then Re-check.",
                                       nullptr, m_failures)
                                        .toHtmlEscaped()) +
                           details);
    } else {
        m_passed = true;
        const bool word = !m_draft->attestable.isEmpty() || !m_draft->dataAtRiskWords.isEmpty();
        m_summary->setText(word ? tr("The checks passed, except what only your word can settle: "
                                     "you are asked on the next page.")
                                          .toHtmlEscaped() +
                                      details
                                : tr("Every check passed."));
    }
    emit completeChanged();
}

bool PreflightPage::isComplete() const
{
    return m_done && m_passed;
}

} // namespace iha
