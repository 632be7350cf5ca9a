#pragma once

#include <QString>

namespace iha::Procedures {

// What the node about to become a standby holds, read before anything is erased.
struct StandbyTargetFacts
{
    bool hasData = false;       // a PG_VERSION in its data directory
    QString systemIdentifier;   // pg_controldata
    QString clusterState;       // "in production", "shut down", "in archive recovery", ...
    int timeline = 0;           // of its latest checkpoint
    bool standbySignal = false; // standby.signal present
    bool backupLabel = false;   // backup_label present: a base backup that never started
    int databases = 0;          // folders in base/ (template0, template1, postgres: 3)
    // Relation files of objects made after initdb (file names from 16384 on, in any database);
    // -1 when they could not be counted.
    int userFiles = -1;
};

// Empty when the node's data directory may be replaced by a copy of the primary: it is a
// standby of this primary (same system identifier, in recovery, not on a later timeline) or a
// fresh, empty cluster. Else why not, naming the node: identities are compared, not names,
// so a server that holds data the primary does not have is never erased without the
// operator's explicit word. What cannot be told (no system identifier read) is refused.
QString whyNotReplaceable(const QString &node, const StandbyTargetFacts &target,
                          const QString &primarySystemIdentifier, int primaryTimeline);

// SQL for the primary: "system identifier|current timeline" (the timeline from its WAL file's
// name).
QString primaryIdentitySql();

// Parses the key=value lines the target script prints.
StandbyTargetFacts parseStandbyTargetFacts(const QString &output);

} // namespace iha::Procedures
