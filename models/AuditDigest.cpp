#include "models/AuditDigest.h"

#include "models/AuditEntrySource.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace iha::AuditDigest {
namespace {

QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\t'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

QString planListing(const Plan &plan)
{
    QStringList lines;
    for (int i = 0; i < plan.steps.size(); ++i) {
        const Step &step = plan.steps.at(i);
        lines << QStringLiteral("%1\t%2\t%3\t%4")
                     .arg(i + 1)
                     .arg(oneLine(step.runbookSection), oneLine(step.node),
                          oneLine(step.description));
    }
    return lines.join(QLatin1Char('\n'));
}

QList<PlannedStep> parsePlanListing(const QString &listing)
{
    QList<PlannedStep> steps;
    for (const QString &line : listing.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() < 4)
            continue;
        bool ok = false;
        const int number = fields.at(0).toInt(&ok);
        if (ok)
            steps.append(
                {number, fields.at(1), fields.at(2), fields.mid(3).join(QLatin1Char(' '))});
    }
    return steps;
}

namespace {

bool isRunEnd(const AuditEntry &e)
{
    return e.stepNumber == 0 &&
           (e.step.startsWith(QLatin1String("run of ")) ||
            e.step.startsWith(QLatin1String("pre-flight checks of "))) &&
           e.outcome != QLatin1String("started");
}

QString stepOutcome(const QString &logged)
{
    if (logged == QLatin1String("succeeded"))
        return QStringLiteral("done");
    if (logged == QLatin1String("skipped"))
        return QStringLiteral("already done");
    return logged; // failed, cancelled
}

void addStep(RunDigest &run, const AuditEntry &e, const QDateTime &since,
             const QString &description, const QString &host)
{
    StepRow row;
    row.number = e.stepNumber;
    row.description = description;
    row.host = host;
    row.outcome = stepOutcome(e.outcome);
    row.started = since.isValid() ? since : e.time;
    row.ended = e.time;
    if (e.outcome != QLatin1String("succeeded") && e.outcome != QLatin1String("skipped"))
        row.message = e.output;
    run.steps.append(row);
}

// `done`: every step done by any attempt of the run (a resume repeats steps as "already done").
void finishRun(RunDigest &run, const QList<PlannedStep> &plan, const QMap<int, QString> &done)
{
    QHash<int, QString> sections;
    for (const PlannedStep &planned : plan)
        sections.insert(planned.number, planned.section);
    QSet<int> changedFiles;
    for (const FileChange &change : std::as_const(run.files))
        changedFiles.insert(change.step);
    for (auto it = done.cbegin(); it != done.cend(); ++it) {
        if (!changedFiles.contains(it.key()))
            run.otherChanges << QStringLiteral("%1. %2").arg(it.key()).arg(it.value());
    }
    int last = 0;
    for (StepRow &row : run.steps) {
        row.section = sections.value(row.number);
        last = std::max(last, row.number);
    }
    // What the plan had and the run never reached (it stopped before).
    for (const PlannedStep &planned : plan) {
        if (planned.number <= last || run.outcome == QLatin1String("succeeded"))
            continue;
        StepRow row;
        row.number = planned.number;
        row.description = planned.description;
        row.section = planned.section;
        row.host = planned.node;
        row.outcome = QStringLiteral("not reached");
        run.steps.append(row);
    }
}

// Per run (beside digest.runs), what reading its entries needs to remember.
struct Attempt
{
    bool real = false;       // a run of the steps started (not checks alone)
    bool checksOnly = false; // the checks of a resume, before it starts (or instead)
    QString outcomeBefore;   // the run's outcome before this resume
    QString messageBefore;
    QDateTime at;
};

struct Progress
{
    QList<PlannedStep> plan;
    QMap<int, QString> done; // every step done by any attempt
    int stepNumber = 0;      // the step its entries are about now, and when it started
    QDateTime stepStarted;
    // The attempt its entries belong to now: a run is resumed under its own id, and a
    // resume's pre-flight page checks under it too, without changing what the run did.
    Attempt attempt;
};

} // namespace

struct Builder::State
{
    Digest digest;
    QHash<QString, int> runIndex;
    QList<Progress> progress;
    QSet<QString> clusters;
    QSet<QString> operators;
    // The same few texts (step descriptions, hosts) come back in every run: kept once.
    QSet<QString> texts;

    const QString &intern(const QString &text)
    {
        auto it = texts.constFind(text);
        if (it == texts.cend())
            it = texts.insert(text);
        return *it;
    }
};

Builder::Builder()
    : d(std::make_unique<State>())
{}

Builder::~Builder() = default;

void Builder::add(const AuditEntry &e)
{
    Digest &digest = d->digest;
    if (!digest.from.isValid())
        digest.from = e.time;
    digest.to = e.time;
    if (!e.cluster.isEmpty() && !d->clusters.contains(e.cluster)) {
        d->clusters.insert(e.cluster);
        digest.clusters << e.cluster;
    }
    if (!e.operatorName.isEmpty() && !d->operators.contains(e.operatorName)) {
        d->operators.insert(e.operatorName);
        digest.operators << e.operatorName;
    }
    if (e.runId.isEmpty()) {
        ++digest.outsideRunEntries;
        return;
    }
    auto it = d->runIndex.find(e.runId);
    if (it == d->runIndex.end()) {
        RunDigest run;
        run.runId = e.runId;
        run.cluster = d->intern(e.cluster);
        run.procedure = d->intern(e.procedure);
        run.operatorName = d->intern(e.operatorName);
        run.started = e.time;
        run.attemptStarted = e.time;
        run.outcome = QStringLiteral("unfinished");
        it = d->runIndex.insert(e.runId, int(digest.runs.size()));
        digest.runs.append(run);
        d->progress.append(Progress());
    }
    RunDigest &run = digest.runs[*it];
    Progress &state = d->progress[*it];
    ++run.entryCount;
    // A step starts as the entry before its first one was written (commands are recorded
    // as they end).
    if (e.stepNumber > 0 && e.stepNumber != state.stepNumber) {
        state.stepNumber = e.stepNumber;
        state.stepStarted = run.ended;
    }
    const QDateTime since = state.stepStarted;
    const QDateTime previousEnd = run.ended;
    run.ended = e.time;
    Attempt &attempt = state.attempt;
    const auto aside = [&](const QString &what) {
        run.notes << QStringLiteral("%1 (%2): %3")
                         .arg(what, attempt.at.toUTC().toString(Qt::ISODate),
                              e.output.isEmpty() ? e.step
                                                 : e.step + QStringLiteral(": ") + e.output);
    };
    const bool stepZeroProblem = e.stepNumber == 0 && (e.outcome == QLatin1String("refused") ||
                                                       e.outcome == QLatin1String("cancelled") ||
                                                       e.outcome == QLatin1String("failed"));
    if (e.outcome == QLatin1String("started") && e.stepNumber == 0) {
        const bool checks = e.step.startsWith(QLatin1String("pre-flight checks of "));
        // A start after an earlier one is a resume (or its checks): a new attempt. What
        // comes before the first (the operator's statements) is part of the first.
        if (attempt.at.isValid()) {
            run.earlierAttemptsMs += run.attemptStarted.msecsTo(previousEnd);
            run.attemptStarted = e.time;
            ++run.attempts;
        }
        attempt.at = e.time;
        state.stepNumber = 0; // the next step starts afresh
        if (checks && attempt.real) {
            attempt.checksOnly = true;
            return;
        }
        attempt.checksOnly = false;
        run.preflightOnly = checks;
        if (!checks) {
            attempt.outcomeBefore = attempt.real ? run.outcome : QString();
            attempt.messageBefore = run.message;
            attempt.real = true;
            run.resumed = run.resumed || e.step.startsWith(QLatin1String("run resumed"));
        }
        // A resume goes on in the same run: it is unfinished again until it ends.
        run.outcome = QStringLiteral("unfinished");
        run.message.clear();
    } else if (attempt.checksOnly && (isRunEnd(e) || stepZeroProblem)) {
        aside(QStringLiteral("pre-flight checks for a resume: %1").arg(e.outcome));
    } else if (stepZeroProblem && attempt.real && run.outcome == QLatin1String("succeeded")) {
        aside(QStringLiteral("after the run: %1").arg(e.outcome)); // the cluster file update
    } else if (e.outcome == QLatin1String("refused") && e.stepNumber == 0 &&
               !attempt.outcomeBefore.isEmpty() && run.outcome == QLatin1String("unfinished")) {
        // A resume refused by its pre-flight changed nothing: the run stays as it was.
        run.outcome = attempt.outcomeBefore;
        run.message = attempt.messageBefore;
        aside(QStringLiteral("a resume was refused"));
    } else if (e.outcome == QLatin1String("plan")) {
        state.plan = parsePlanListing(e.output);
    } else if (e.outcome == QLatin1String("changed")) {
        run.files.append({e.stepNumber, d->intern(e.host), e.command, e.output});
    } else if (e.outcome == QLatin1String("decision")) {
        run.statements.append({e.time, e.operatorName, e.decision.isEmpty() ? e.step : e.decision});
    } else if (e.outcome == QLatin1String("note")) {
        run.notes << e.output;
    } else if (e.outcome.startsWith(QLatin1String("command "))) {
        ++run.commands;
    } else if (isRunEnd(e)) {
        run.outcome = e.outcome;
    } else if (e.stepNumber > 0) {
        // A resumed run repeats its steps: the last word on each is kept.
        run.steps.erase(
            std::remove_if(run.steps.begin(), run.steps.end(),
                           [&](const StepRow &row) { return row.number == e.stepNumber; }),
            run.steps.end());
        addStep(run, e, since, d->intern(e.step), d->intern(e.host));
        if (e.outcome == QLatin1String("succeeded"))
            state.done.insert(e.stepNumber, d->intern(e.step));
        if (e.outcome != QLatin1String("succeeded") && e.outcome != QLatin1String("skipped")) {
            run.outcome = e.outcome;
            run.message = e.output;
        }
    } else if (e.outcome == QLatin1String("refused") || e.outcome == QLatin1String("cancelled") ||
               e.outcome == QLatin1String("failed")) {
        // A pre-flight check refused the run (or it was cancelled then).
        run.outcome = e.outcome;
        run.message = e.step + QStringLiteral(": ") + e.output;
    } else if (e.stepNumber == 0 && run.isCheck() && e.outcome == QLatin1String("succeeded")) {
        // A `check`: one entry per node; it passed unless a node failed.
        if (run.outcome == QLatin1String("unfinished"))
            run.outcome = e.outcome;
    }
}

Digest Builder::finish()
{
    for (qsizetype r = 0; r < d->digest.runs.size(); ++r)
        finishRun(d->digest.runs[r], d->progress.at(r).plan, d->progress.at(r).done);
    Digest digest = std::move(d->digest);
    d = std::make_unique<State>();
    return digest;
}

Digest make(const AuditEntrySource &entries, QString *error)
{
    Builder builder;
    const QString problem = entries.forEach([&builder](const AuditEntry &e) { builder.add(e); });
    if (error)
        *error = problem;
    return builder.finish();
}

Digest make(const QList<AuditEntry> &entries)
{
    return make(AuditEntryList(entries));
}

} // namespace iha::AuditDigest
