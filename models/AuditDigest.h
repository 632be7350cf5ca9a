#pragma once

#include "models/AuditEntry.h"
#include "models/Step.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <memory>

namespace iha {

class AuditEntrySource;

// What a post-mortem reader wants from the raw audit entries: the runs with their steps,
// outcomes and durations, the operators' statements, what the runs reported, and the changes
// they made (files as diffs, other changes by step). Built in one pass over the entries, which
// it does not keep.
namespace AuditDigest {

// The plan a run starts with, as its "plan" entry keeps it: one step per line, "number TAB
// runbook section TAB node TAB description". The report's step table takes the runbook
// sections from here.
QString planListing(const Plan &plan);

struct PlannedStep
{
    int number = 0;
    QString section;
    QString node;
    QString description;
};
QList<PlannedStep> parsePlanListing(const QString &listing);

// A step of a run as the report's step table shows it.
struct StepRow
{
    int number = 0;
    QString description;
    QString section; // the runbook's, from the plan entry (empty in logs older than that)
    QString host;
    // done, already done (its check found nothing to do), failed, refused, cancelled, or not
    // reached (the run stopped before it)
    QString outcome;
    QDateTime started; // the end of what came before it in the run
    QDateTime ended;
    QString message; // why it failed, was refused or cancelled
};

// A file a step changed: the diff as the run recorded it (secrets already masked).
struct FileChange
{
    int step = 0;
    QString host;
    QString path;
    QString diff;
};

// What an operator stated or decided during a run (a host key accepted, a node attested as
// fenced, data loss accepted, a dangerous step confirmed).
struct Statement
{
    QDateTime time;
    QString operatorName;
    QString what;
};

struct RunDigest
{
    QString runId;
    QString cluster;
    QString procedure; // empty for what is not a procedure run (a `check`)
    QString operatorName;
    QDateTime started;
    QDateTime ended;
    // succeeded, failed, refused, cancelled; "unfinished" when the log has no end for it (the
    // process died, or it is still running)
    QString outcome;
    QString message; // the failure or refusal, in the run's own words
    bool resumed = false;
    bool preflightOnly = false;
    QList<StepRow> steps;
    QList<FileChange> files;
    QStringList otherChanges; // steps done that changed no file: roles, slots, services, ...
    QList<Statement> statements;
    QStringList notes; // what the steps reported, in order (verification results among them)
    qsizetype entryCount = 0;
    int commands = 0;

    // The time its attempts took (a resume is one), without the wait between them.
    QDateTime attemptStarted;
    qint64 earlierAttemptsMs = 0;
    int attempts = 1;
    qint64 durationMs() const { return earlierAttemptsMs + attemptStarted.msecsTo(ended); }
    // `inmanta-ha-cli check`: host keys and reachability, no procedure.
    bool isCheck() const { return procedure.isEmpty() || procedure == QLatin1String("check"); }
    // Nothing was changed: no file, no step done, and none failed or was cancelled half-way
    // (its commands may have changed something).
    bool changedNothing() const
    {
        return files.isEmpty() && otherChanges.isEmpty() && !stoppedInAStep();
    }
    // The step the run stopped in (failed, cancelled), or null.
    const StepRow *stoppedInAStep() const
    {
        for (const StepRow &row : steps) {
            if (row.outcome == QLatin1String("failed") || row.outcome == QLatin1String("cancelled"))
                return &row;
        }
        return nullptr;
    }
};

struct Digest
{
    QList<RunDigest> runs;           // in the order they started
    qsizetype outsideRunEntries = 0; // of no run (secrets set, keys accepted by the GUI)
    QDateTime from;
    QDateTime to;
    QStringList clusters;
    QStringList operators;
};

// Builds a digest entry by entry, in the log's order: a log of any length is digested as it is
// read.
class Builder
{
public:
    Builder();
    ~Builder();
    void add(const AuditEntry &entry);
    // The digest of what was added; the builder starts afresh.
    Digest finish();

private:
    struct State;
    std::unique_ptr<State> d;
};

// `error`, when given, gets why not every entry could be read (empty when all were).
Digest make(const AuditEntrySource &entries, QString *error = nullptr);
Digest make(const QList<AuditEntry> &entries);

} // namespace AuditDigest
} // namespace iha
