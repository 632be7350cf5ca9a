#pragma once

#include "models/NodeRole.h"
#include "models/RemoteCommand.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <functional>

namespace iha {

// What a step may do while it runs: run commands on the cluster's nodes (the call returns
// when the command has finished; the runner's thread waits, never the GUI's), and tell the
// operator what it sees.
class StepIo
{
public:
    virtual ~StepIo() = default;
    virtual CommandResult run(const QString &node, const RemoteCommand &command) = 0;
    virtual bool cancelled() const = 0;
    virtual void note(const QString &text) = 0;
    // A file the step changed on a node, its text before and after: the audit log keeps the
    // difference, for the report's "changes made".
    virtual void fileChanged(const QString &node, const QString &path, const QString &before,
                             const QString &after) = 0;
    // While false, commands are not cancelled: see Uncancellable.
    virtual void setCancellable(bool cancellable) = 0;
    // The pre-flight checks run alone (a wizard's pre-flight page): a check then changes
    // nothing, not even the cluster lock, which it only reads.
    virtual bool checksOnly() const { return false; }
};

// Commands run while it lives go to their end even after a cancel: for what must happen then
// (taking synchronous replication back, removing a partial copy).
class Uncancellable
{
public:
    explicit Uncancellable(StepIo &io)
        : m_io(io)
    {
        m_io.setCancellable(false);
    }
    ~Uncancellable() { m_io.setCancellable(true); }
    Uncancellable(const Uncancellable &) = delete;
    Uncancellable &operator=(const Uncancellable &) = delete;

private:
    StepIo &m_io;
};

// One step of a procedure: a one-line description, the node it runs on, the runbook
// paragraph it implements and the exact text of what it will run (secrets as placeholders);
// then check (is it done already?), act, and verify. Each part returns an empty string on
// success, else the reason, which names the node and what to do.
struct Step
{
    QString description;
    QString node;
    QString runbookSection;
    QString preview;
    bool dangerous = false; // destroys data: needs an explicit confirmation
    // A check that the operator's word can satisfy where no evidence can be gathered: the
    // silent node they may attest is fenced, or the data at risk they may accept to lose. Its
    // problem then starts with kOperatorWordNeeded (a wizard asks on its preview page; the CLI
    // names the option).
    QString attestableNode;
    bool acceptsDataLoss = false;

    // Sets *done to true when nothing needs doing.
    std::function<QString(StepIo &io, bool *done)> check;
    std::function<QString(StepIo &io)> act;
    std::function<QString(StepIo &io)> verify;
};

inline const QString kOperatorWordNeeded = QStringLiteral("OPERATOR'S WORD NEEDED: ");

// How a run ended, for the operator.
enum class RunOutcome
{
    Succeeded,
    Failed,
    Refused,
    Cancelled
};

// How a run ended, for what must happen after it.
enum class RunEnd
{
    Succeeded,
    NothingChanged, // refused or cancelled in the pre-flight checks
    LeftHalfDone,   // a step failed or was cancelled: the cluster may be half-way
};

struct Plan
{
    QString procedure; // CLI name
    QString cluster;
    // What the plan was built from (the cluster file as JSON): a resumed run must find it
    // unchanged.
    QString basis;
    QList<Step> preflight; // checks only: a failure refuses the run before anything changes
    QList<Step> steps;
    // Nodes the steps reach besides their own (the cluster lock lives on every node).
    QStringList otherNodes;
    // Runs at the end whatever happened (releases the cluster lock unless the run left the
    // cluster half-way).
    std::function<void(StepIo &io, RunEnd end)> finally;
    // The roles the cluster file gives nodes once every step succeeded (node -> new role),
    // asked after the run (what a run found may decide them). The file is changed last, by the
    // caller, so that it never describes a cluster that is not.
    std::function<QList<QPair<QString, NodeRole>>()> rolesAfter;

    bool hasDangerousSteps() const
    {
        for (const Step &step : steps) {
            if (step.dangerous)
                return true;
        }
        return false;
    }
};

} // namespace iha

Q_DECLARE_METATYPE(iha::RunOutcome)
