#include "models/procedures/Preflight.h"

#include "models/RemoteOps.h"
#include "models/RemoteScripts.h"
#include "models/SecretNames.h"
#include "models/procedures/ClusterLock.h"
#include "models/procedures/Procedures.h"
#include "models/procedures/Tr.h"

#include <QRegularExpression>
#include <memory>

namespace iha::Procedures {
namespace {

// What the pre-flight learns on the way that a later check compares: node -> major version.
using MajorVersions = std::shared_ptr<QHash<QString, QString>>;

Step reachStep(const Node &node)
{
    Step step;
    step.description = Tr::tr("%1 answers over SSH and root is available").arg(node.name);
    step.node = node.name;
    step.preview = QStringLiteral("id -u (as root)");
    step.check = [node](StepIo &io, bool *done) {
        RemoteCommand command;
        command.command = QStringLiteral("id -u");
        command.asRoot = true;
        command.timeoutMs = 30000;
        const CommandResult result = io.run(node.name, command);
        if (!result.succeeded())
            return result.error.isEmpty()
                       ? RemoteOps::describeFailure(node.name, QStringLiteral("id -u"), result)
                       : result.error;
        *done = result.out.trimmed() == "0";
        return *done ? QString() : Tr::tr("%1: the command did not run as root").arg(node.name);
    };
    return step;
}

Step binariesStep(const Node &node, const MajorVersions &versions)
{
    Step step;
    step.description = Tr::tr("PostgreSQL's programs are on %1").arg(node.name);
    step.node = node.name;
    const PostgresSettings pg = node.postgresOrDefault();
    step.preview = RemoteScripts::findPostgresBinaries(pg.binDir, pg.dataDir);
    step.check = [node, pg, versions](StepIo &io, bool *done) {
        // As root, as every later call that uses them.
        RemoteCommand command;
        command.command = RemoteScripts::findPostgresBinaries(pg.binDir, pg.dataDir);
        command.asRoot = true;
        const CommandResult result = io.run(node.name, command);
        *done = result.succeeded();
        if (!*done)
            return RemoteOps::describeFailure(
                node.name, Tr::tr("finding PostgreSQL's programs (set postgres.binDir)"), result);
        // "pg_ctl (PostgreSQL) 15.10 (Debian 15.10-0+deb12u1)"
        static const QRegularExpression major(QStringLiteral("\\(PostgreSQL\\) (\\d+)"));
        versions->insert(node.name, major.match(QString::fromUtf8(result.out)).captured(1));
        return QString();
    };
    return step;
}

// A base backup only starts on the same major version, and a standby of another version
// could never be promoted in its place: refused before anything changes.
Step sameMajorVersionStep(const QList<Node> &nodes, const MajorVersions &versions)
{
    QStringList names;
    for (const Node &node : nodes)
        names << node.name;
    Step step;
    step.description =
        Tr::tr("%1 run the same major version of PostgreSQL").arg(names.join(QLatin1String(", ")));
    step.node = names.constFirst();
    step.preview = QStringLiteral("pg_ctl --version (on each)");
    step.check = [names, versions](StepIo &, bool *done) {
        QStringList seen;
        for (const QString &name : names)
            seen << Tr::tr("%1 has %2").arg(name, versions->value(name, QStringLiteral("?")));
        *done = QSet<QString>(versions->cbegin(), versions->cend()).size() == 1;
        return *done ? QString()
                     : Tr::tr("the database nodes run different major versions of "
                              "PostgreSQL (%1): install the same major version on both")
                           .arg(seen.join(QLatin1String(", ")));
    };
    return step;
}

Step isPrimaryStep(const Node &primary)
{
    Step step;
    step.description = Tr::tr("%1 is the primary: running, not in recovery, with the "
                              "data directory of the cluster file")
                           .arg(primary.name);
    step.node = primary.name;
    step.preview = QStringLiteral("SELECT pg_is_in_recovery(), current_setting('data_directory');");
    step.check = [primary](StepIo &io, bool *done) {
        QString error;
        const auto state = RemoteOps::sql(io, primary,
                                          QStringLiteral("SELECT pg_is_in_recovery() || '|' || "
                                                         "current_setting('data_directory');\n"),
                                          &error, 30000);
        if (!state)
            return Tr::tr("%1 (is PostgreSQL running there?)").arg(error);
        const QString inRecovery = state->section(QLatin1Char('|'), 0, 0);
        const QString dataDir = state->section(QLatin1Char('|'), 1);
        if (inRecovery != QLatin1String("false"))
            return Tr::tr(
                       "%1 is in recovery: it is a standby, not the primary the cluster file says")
                .arg(primary.name);
        // The server that answers must be the one the cluster file describes.
        *done = dataDir == primary.postgresOrDefault().dataDir;
        return *done ? QString()
                     : Tr::tr("%1: PostgreSQL runs with data directory %2, the cluster "
                              "file says %3 (postgres.dataDir)")
                           .arg(primary.name, dataDir, primary.postgresOrDefault().dataDir);
    };
    return step;
}

} // namespace

void addPreflightAndLock(const Cluster &cluster, const QList<Node> &nodes,
                         const ProcedureInputs &inputs, Plan *plan, bool primaryAnswers)
{
    const auto versions = std::make_shared<QHash<QString, QString>>();
    QList<Node> databaseNodes;
    for (const Node &node : nodes) {
        plan->preflight << reachStep(node);
        if (node.postgres) {
            plan->preflight << binariesStep(node, versions);
            databaseNodes << node;
        }
    }
    if (databaseNodes.size() > 1)
        plan->preflight << sameMajorVersionStep(databaseNodes, versions);
    const Node *primary = cluster.nodeWithRole(NodeRole::Primary);
    if (primary && primaryAnswers)
        plan->preflight << isPrimaryStep(*primary);
    QStringList runNodes;
    for (const Node &node : nodes)
        runNodes << node.name;
    addClusterLock(cluster, runNodes, inputs, plan);
}

QStringList requiredSecrets(const QString &procedure)
{
    if (procedure.startsWith(QLatin1String("configure-")) ||
        procedure == QLatin1String("add-standby"))
        return {SecretNames::kReplicationPassword};
    if (procedure == QLatin1String("new-orchestrator"))
        return {SecretNames::kDatabasePassword};
    return {};
}

} // namespace iha::Procedures
