#pragma once

#include "models/Cluster.h"
#include "models/ReplicationSample.h"
#include "models/Step.h"
#include "models/procedures/Tr.h"

#include <functional>
#include <optional>

namespace iha {

// What a procedure needs besides the cluster: the secrets it uses (held in memory only) and
// the SCRAM functions, which live in the app layer (Qt Network's QPasswordDigestor).
struct ProcedureInputs
{
    QString runId;
    QString operatorName;
    QString replicationPassword;
    // configure-standby, add-standby, promote-standby: the node to (re)build or promote;
    // new-orchestrator: the node that becomes the orchestrator.
    QString standbyNode;
    // configure-standby: the operator typed this node's name to allow erasing a server that
    // holds data of its own (not a standby of the primary, not a fresh cluster).
    QString overwriteNode;
    // lock-release: the run whose cluster lock is released.
    QString lockedRunId;
    // Failover: nodes the operator attests are powered off or cut off the network (no evidence
    // can be gathered from a host that does not answer), and their word that the data the
    // last sample says the standby may lack can be lost.
    QStringList attestedFenced;
    bool acceptDataLoss = false;
    // The time of the sample the operator was shown when accepting (the wizard's Preview page;
    // an invalid time: there was none). A newer sample on record by the time the run checks
    // is a new assessment, which was not accepted. Unset: whatever the assessment (the command
    // line's flag, given after reading the plan).
    std::optional<QDateTime> dataLossSampleSeen;
    // How the operator gives (and gave) that word where the run is driven from, for the
    // messages and the record: the command line's flags by default, the wizard's check boxes
    // in the GUI. %1 is the node.
    struct OperatorWordHow
    {
        QString toAttest = Procedures::Tr::tr("run again with --attest-fenced %1");
        QString toAcceptDataLoss = Procedures::Tr::tr("run again with --accept-data-loss");
        QString attested = QStringLiteral("(--attest-fenced %1)");
        QString dataLossAccepted = QStringLiteral("(--accept-data-loss)");
    };
    OperatorWordHow word;
    // The newest sample of the standby to promote, if any (from the audit database).
    std::optional<ReplicationSample> lastSample;
    // Failover and new orchestrator: the Inmanta API's token and the inmanta database
    // password (held in memory, passed on stdin only).
    QString apiToken;
    QString databasePassword;
    // new-orchestrator: how the Inmanta server is installed on a node that lacks it.
    QString installCommand;
    // A new verifier with a fresh salt, for storing.
    std::function<QString(const QString &password)> makeScramVerifier;
    // The verifier of `password` with the iterations and salt of a stored one
    // ("4096:<salt>", which PostgreSQL hands to any client that starts a SCRAM login): equal
    // verifiers mean the same password, compared without reading the stored verifier back.
    std::function<QString(const QString &password, const QString &iterationsAndSalt)>
        scramVerifierLike;
};

// One function per runbook section (one file each, named after it); the pieces they share
// (pre-flight, cluster lock, step builders) are in this folder beside them.
namespace Procedures {

// Builds the plan; an empty string, or why the cluster does not allow it.
QString configurePrimary(const Cluster &cluster, const ProcedureInputs &inputs, Plan *plan);
QString configureStandby(const Cluster &cluster, const ProcedureInputs &inputs, Plan *plan);
QString promoteStandby(const Cluster &cluster, const ProcedureInputs &inputs, Plan *plan);
QString failoverServer(const Cluster &cluster, const ProcedureInputs &inputs, Plan *plan);
QString addStandby(const Cluster &cluster, const ProcedureInputs &inputs, Plan *plan);
QString newOrchestrator(const Cluster &cluster, const ProcedureInputs &inputs, Plan *plan);
// Who holds the cluster lock, on every node; and its release, for the run that holds it.
QString lockStatus(const Cluster &cluster, Plan *plan);
QString lockRelease(const Cluster &cluster, const ProcedureInputs &inputs, Plan *plan);

// The keychain entries (SecretNames) a procedure cannot run without: the replication password
// for a standby's password file, the Inmanta database password for a new database.cfg.
QStringList requiredSecrets(const QString &procedure);

} // namespace Procedures
} // namespace iha
