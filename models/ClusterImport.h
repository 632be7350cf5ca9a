#pragma once

#include "models/Cluster.h"
#include "models/InmantaConfig.h"
#include "models/RemoteCommand.h"

#include <QHash>
#include <QStringList>

// Importing a cluster that already runs: what is read on each host, and how the cluster file
// is made of it. Most operators come with a running primary and orchestrator; every path,
// port and name here is read from the hosts, none is typed.
namespace iha::ClusterImport {

struct Replica
{
    QString address; // the standby's address as the primary sees it
    QString user;
    QString applicationName;
    QString syncState; // "sync", "async", "potential", "quorum"
};

// What one host told about itself.
struct HostFacts
{
    QString address;
    bool database = false; // listed as a database host (else as an orchestrator host)
    QString error;         // the host could not be read: why, naming it
    QString hostname;      // its short host name
    QString fqdn;          // and its full one
    int postmasters = 0;   // PostgreSQL servers running there
    QString binDir;        // of the running postmaster
    QString binDirOnPath;  // where pg_ctl on root's PATH really lives, if anywhere
    QString dataDir;
    QString configFile; // postgresql.conf
    QString hbaFile;    // pg_hba.conf, wherever hba_file names it
    QString service;    // the first active of the usual unit names
    int port = 0;
    int versionNum = 0; // server_version_num
    std::optional<bool> inRecovery;
    QList<Replica> replicas; // on a primary: who streams from it
    QString senderHost;      // on a standby: whom it streams from (primary_conninfo)
    QString receiverUser;    // ... as which user
    QString receiverApplicationName;
    QString primarySlotName;
    QStringList physicalSlots; // physical replication slots
    QStringList databases;     // on a primary: its databases but postgres and the templates
    QString replicationAuth;   // the auth method of the first remote replication rule
    bool inmantaActive = false;
    InmantaConfig::Effective inmantaConfig;
};

// Run as root on a database host; the SQL it needs travels on stdin.
RemoteCommand databaseFactsCommand();
// Run as root on an orchestrator host: whether the Inmanta server runs, then its
// configuration as InmantaConfig reads it (never the password).
RemoteCommand orchestratorFactsCommand();
// Fills `facts` from the commands' output.
void parseDatabaseFacts(const QByteArray &output, HostFacts *facts);
void parseOrchestratorFacts(const QByteArray &output, HostFacts *facts);

struct Result
{
    Cluster cluster;
    QHash<QString, QString> found; // node name -> what was found there, in plain words
    QStringList warnings;          // what the operator must look at before using the file
};

// The cluster file made of what the hosts told: roles from recovery state, replication peers
// and the orchestrator's database host; every setting that differs from the runbook's default
// written out.
Result assemble(const QString &name, const QList<HostFacts> &hosts, const SshSettings &ssh);

} // namespace iha::ClusterImport
