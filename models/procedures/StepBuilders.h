#pragma once

#include "models/Cluster.h"
#include "models/ConfigEditors.h"
#include "models/Step.h"
#include "models/procedures/Procedures.h"

#include <functional>

// The pieces several procedures are made of, one place each (as kpmcore keeps one class per
// job): SQL quoting, a config-file edit, a root command, the replication state, the
// replication role's password, and the standby's password file.
namespace iha::Procedures {

// The runbook's section titles, which every step names.
extern const QString kConfigureMaster;
extern const QString kConfigureStandby;

QString sqlLiteral(const QString &text);
QString sqlIdentifier(const QString &text);
QString confPath(const Node &node, const QString &file);

// A content change, used by check (is there anything to change?), act and verify.
using Edit = std::function<QString(const QString &)>;
// Reads the file, applies `edit`, and writes it back atomically with a backup when it changed.
Step fileEditStep(const QString &description, const Node &node, const QString &path,
                  const QString &section, const QString &preview, const Edit &edit);

// A setting a procedure needs, and the other spellings of a value that is just as good.
struct WantedSetting
{
    QString name;
    QString value;
    QStringList alsoFine;
};
// PostgreSQL reads postgresql.auto.conf (ALTER SYSTEM) and included files after the line a
// procedure edits: a value there wins. This step finds them in pg_file_settings (file, line)
// before the restart or reload that would apply them, and sets the value where it wins
// (ALTER SYSTEM SET for postgresql.auto.conf, an edit with a backup for any other file).
Step overridesStep(const Node &node, const QList<WantedSetting> &wanted, const QString &section);

// The settings a database node needs to serve as the primary: the runbook's, but for two.
// synchronous_standby_names is left to configure-standby, which sets it once the standby
// streams (set earlier, every commit would wait for a standby that does not exist yet), and
// wal_log_hints is on, so that an old primary can be rewound after a failover instead of
// copied whole (and wal_keep_size 1GB unless set, so that the WAL a rewind reads is still
// there). A `logical` wal_level is kept.
QString primaryServerSettings(const QString &text);
// pg_hba.conf rules: replication from every database node; the Inmanta servers' logins.
QList<PgHba::Rule> replicationRules(const Cluster &cluster, QString *error);
QList<PgHba::Rule> inmantaServerRules(const Cluster &cluster, QString *error);

// Sets *loaded when PostgreSQL loaded its configuration after pg_hba.conf last changed (a run
// stopped between a write and its reload leaves rules in the file that do not apply yet).
QString hbaLoaded(StepIo &io, const Node &node, const QString &hba, bool *loaded);

// Runs a script as root; empty on success, else what failed, naming the node.
QString runAsRoot(StepIo &io, const QString &node, const QString &what, const QString &script,
                  int timeoutMs = 600000);

// The replication status of the cluster's standby as its primary sees it: "state|sync_state",
// or empty.
QString replicationStateSql(const Cluster &cluster, const Node &standby);
// True when the standby streams from the primary (and, with `requireSync`, as the synchronous
// standby).
QString standbyStreams(StepIo &io, const Node &primary, const Node &standby, const Cluster &cluster,
                       bool requireSync, bool *streams);
// Creates the cluster's physical replication slot on the primary; an existing one is reused.
Step slotStep(const Cluster &cluster, const Node &primary);
// "active|application_name|client address" of the slot, or empty when it does not exist.
QString slotStateSql(const QString &slot);

// True when the replication role exists, may replicate and log in, and has the stored
// password. The stored verifier never travels: its public parameters (iterations, salt) are
// read, the verifier of the password is computed here with them and compared in SQL.
QString roleHasPassword(StepIo &io, const Node &primary, const Cluster &cluster,
                        const ProcedureInputs &inputs, bool *matches);

// Where the standby keeps the replication password (outside its data directory, which a
// base backup replaces; owned by postgres, mode 0600).
QString passwordFilePath(const Node &standby);
// One line of a libpq password file, with ':' and '\' escaped.
QString passwordFileLine(const QString &host, int port, const QString &user,
                         const QString &password,
                         const QString &database = QStringLiteral("replication"));
// Writes the standby's password file. With `onlyIfPresent` a standby without one (never set
// up) is left alone: configure-primary uses it to keep a standby's password in step with a
// changed role.
Step passwordFileStep(const QString &description, const Node &standby, const Node &primary,
                      const Cluster &cluster, const ProcedureInputs &inputs, bool onlyIfPresent);

} // namespace iha::Procedures
