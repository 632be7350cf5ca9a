#pragma once

#include "models/Cluster.h"
#include "models/Step.h"
#include "models/procedures/Procedures.h"

// What failover-server and new-orchestrator do to an Inmanta server: its database host in
// database.cfg (the file holds the database password, which never leaves the host), the
// service, and the proof through its API that it works on the new primary.
namespace iha::Procedures::InmantaSteps {

// Pre-flight: `[database] host` set in the node's database.cfg decides (no later file in
// inmanta.d, ~/.inmanta.cfg or INMANTA_DATABASE_HOST in the unit's environment file wins).
Step configDecidesStep(const Node &orchestrator);

// Shell text that sets `keys` of database.cfg's [database] section to the values of the
// variables IHA_V_<key> (set by the text before it; a password read from stdin), keeping every
// other key: the file is rewritten on the host (no access for others; a new file belongs to
// `unit`'s User=, 0600; a 0600 backup beside it, printed), its content never leaves the host.
QString databaseSectionScript(const QString &path, const QStringList &keys, const QString &unit);

// Sets *is when `[database] host` in the node's database.cfg is `host`, and decides.
QString databaseHostIs(StepIo &io, const Node &orchestrator, const QString &host, bool *is);

// Sets `[database] host` in database.cfg to `host`, keeping every other key; the file is
// rewritten on the host (mode 0600, a backup beside it), its content never read from there.
Step databaseHostStep(const Node &orchestrator, const QString &host, const QString &section);

// systemctl ACTION of the Inmanta server ("stop" or "start"), done when already so.
Step serviceStep(const Node &orchestrator, bool running, const QString &section);

// Asks the server's API from its own host (the token on stdin, never in argv): serverstatus's
// database slice is connected to `databaseAddress` (its host resolved there), and
// /api/v2/health answers 200 (a server before 15.2 has none: serverstatus decides). Waits up
// to `seconds` for a server that is starting.
Step verifyApiStep(const Node &orchestrator, const std::function<QString()> &databaseAddress,
                   const ProcedureInputs &inputs, const QString &section, int seconds = 90);

// The script behind verifyApiStep, for new-orchestrator's recompiles too: python3 on the
// orchestrator, the token read from stdin.
QString apiScript(const QString &apiUrl, const QString &body);

} // namespace iha::Procedures::InmantaSteps
