#pragma once

#include "models/Cluster.h"
#include "models/Step.h"
#include "models/procedures/Procedures.h"

#include <memory>

// Never two primaries, never two orchestrators: before a standby is promoted, the old primary
// must be unable to accept writes; before a new Inmanta server starts, the old one must be
// unable to run. Evidence, not hope:
// - a host that answers over SSH shows it: its service is stopped and masked (the fence step
//   does that where it is only stopped; one that still runs as a primary refuses the run);
// - a host that does not answer cannot show anything: its service must not answer either, as
//   seen from the node that takes over (a frozen host accepts TCP connections and answers
//   nothing, so the question is a protocol's, not a port's), and the operator attests that it
//   is powered off or isolated (a CLI flag, a check box in the wizard). The attestation goes to
//   the audit log.
namespace iha::Procedures::Fencing {

struct Evidence
{
    bool answered = false; // over SSH
    bool running = false;  // the service's process
    // PostgreSQL only: "t", "f", or why it could not be asked.
    QString inRecovery;
    QString unitState; // systemctl is-enabled: enabled, disabled, masked, ...
    // Asked from the witness when the host does not answer: true when its service still
    // answers its protocol (PostgreSQL's startup packet, or HTTP).
    std::optional<bool> serviceAnswers;
    QString silence; // why SSH did not answer
    // The host answered but would not let the tool in (host key, login, sudo) or the read
    // failed: nothing can be told, and it is not silence either.
    QString unreadable;
};

enum class Judgement
{
    Fenced,    // stopped and masked, or silent and attested
    Fenceable, // answers over SSH and is stopped: the fence step masks it
    Refused,   // alive, or what it is cannot be told, or silent and not attested
};

// The old primary's PostgreSQL, read over SSH; when the host does not answer, pg_isready from
// `witness` (the standby about to be promoted).
QString readPostgres(StepIo &io, const Node &old, const Node &witness, Evidence *evidence);
// The old orchestrator's Inmanta server; when the host does not answer, its API from `witness`.
QString readInmanta(StepIo &io, const Node &old, const Node &witness, Evidence *evidence);

// What the evidence allows, and in plain words why (naming the node and what to do).
Judgement judge(const Node &old, const Node &witness, const Evidence &evidence, bool postgres,
                const ProcedureInputs &inputs, QString *why);

// What the pre-flight read, for the fence step right after it: a host that does not answer
// costs a connect timeout per read, and the outage lasts as long. The promotion reads again.
struct Seen
{
    qint64 atMs = 0; // QDateTime::currentMSecsSinceEpoch() of the read
    Evidence evidence;
};
using SeenPtr = std::shared_ptr<Seen>;

// Pre-flight: refuses the run when the old node is alive or unproven (Fenceable passes).
Step preflightStep(const Node &old, const Node &witness, bool postgres,
                   const ProcedureInputs &inputs, const SeenPtr &seen = {});
// The step that fences: stop, disable and mask the service over SSH; done when the evidence
// (the pre-flight's, when under a minute old) already says fenced. `section` is the runbook's.
Step fenceStep(const Node &old, const Node &witness, bool postgres, const ProcedureInputs &inputs,
               const QString &section, const SeenPtr &seen = {});
// Read and judged again, for the step that must not go on without it (immediately before
// pg_ctl promote, or the new server's start): empty when fenced.
QString confirmFenced(StepIo &io, const Node &old, const Node &witness, bool postgres,
                      const ProcedureInputs &inputs);

} // namespace iha::Procedures::Fencing
