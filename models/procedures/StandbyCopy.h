#pragma once

#include "models/Cluster.h"
#include "models/Step.h"

// Runbook: "Configure the standby node", its base backup. Where the copy of the primary goes
// and how it takes the data directory's place, so that the old data is kept until the new
// standby streams:
// - a data directory that is a symbolic link is followed: the copy goes beside the folder the
//   link points to, on the disk where the data lives, and the link stays;
// - one that is a mount point cannot be renamed, and the disk mounted there is the one meant
//   for the data: the copy goes inside it (.iha-new), and the old content moves aside inside
//   it too (.iha-old);
// - otherwise the copy goes beside it (DATADIR.iha-new) and the old folder becomes
//   DATADIR.iha-old.
// The kept old data (present from the swap until the last step removes it) marks a copy that
// already took the data directory's place: a resume or a new run after a failure in a later
// step checks it and never copies again over the preserved original.
namespace iha::Procedures::StandbyCopy {

// Shell text that sets r (the real data directory), new and old (where the copy is taken and
// the old data kept) and inside (yes for a mount point).
QString placeScript(const QString &dataDir);
// Shell text (after placeScript) that exits 3, saying why, when a folder inside the data
// directory is a mount point: the swap would leave it behind and the old data's removal wipe it.
QString nestedMountScript();
// How the plan shows those places.
QString newPlaceText(const QString &dataDir);
QString oldPlaceText(const QString &dataDir);

// Sets *inPlace when a copy of this primary (same system identifier, standby.signal) already
// took the standby's data directory's place and the old data is still kept.
QString copyInPlace(StepIo &io, const Node &standby, const Node &primary, bool *inPlace);

// Pre-flight: room for the copy where it goes, and no disk of its own mounted inside the data
// directory (not needed when the standby streams or the copy is in place).
Step roomCheck(const Node &standby, const Node &primary, const Cluster &cluster);
// The base backup, in a process group the tool stops on cancel, timeout, lost connection or a
// stall. `conninfo` and `slot` as pg_basebackup takes them.
QString backupScript(const Node &standby, const QString &conninfo, const QString &slot);
QString runBackup(StepIo &io, const Node &standby, const QString &cluster, const QString &script);
// The copy takes the data directory's place; the old data is kept (an already kept original
// stays, and what the data directory holds now goes).
QString swapScript(const QString &dataDir);
// Removes the kept old data; `check` sets *done when there is none.
QString removeOldData(StepIo &io, const Node &standby);
QString noOldData(StepIo &io, const Node &standby, bool *done);

} // namespace iha::Procedures::StandbyCopy
