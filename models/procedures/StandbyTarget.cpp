#include "models/procedures/StandbyTarget.h"

#include "models/procedures/Tr.h"

#include <QStringList>

namespace iha::Procedures {

QString whyNotReplaceable(const QString &node, const StandbyTargetFacts &target,
                          const QString &primarySystemIdentifier, int primaryTimeline)
{
    if (!target.hasData)
        return {};
    if (target.systemIdentifier.isEmpty() || target.clusterState.isEmpty() ||
        target.timeline <= 0 || target.userFiles < 0)
        return Tr::tr("what %1's data directory holds cannot be told (pg_controldata "
                      "gave no system identifier, state or timeline)")
            .arg(node);
    const bool sameCluster = target.systemIdentifier == primarySystemIdentifier;
    // A standby: asked to be one (standby.signal) and left in archive recovery, or a base
    // backup that never started (its pg_control is the primary's, "in production", until it
    // starts from its backup_label). A promoted server that crashed before its first
    // checkpoint is "in crash recovery", not a standby.
    const bool inRecovery =
        target.standbySignal &&
        (target.clusterState == QLatin1String("in archive recovery") ||
         target.clusterState == QLatin1String("shut down in recovery") || target.backupLabel);
    if (inRecovery && sameCluster) {
        if (target.timeline <= primaryTimeline)
            return {};
        return Tr::tr("%1 is on timeline %2, after the primary's %3: it was promoted "
                      "since it was copied and may hold commits the primary does not "
                      "have")
            .arg(node)
            .arg(target.timeline)
            .arg(primaryTimeline);
    }
    if (inRecovery)
        return Tr::tr("%1 is a standby of another cluster (system identifier %2; the "
                      "primary's is %3)")
            .arg(node, target.systemIdentifier, primarySystemIdentifier);
    if (sameCluster)
        return Tr::tr("%1 is not in recovery but is a copy of the primary (same system "
                      "identifier %2): it was promoted, or is the primary itself, and "
                      "may hold commits the primary does not have")
            .arg(node, target.systemIdentifier);
    if (target.databases <= 3 && target.userFiles == 0)
        return {};
    QStringList holds;
    if (target.databases > 3)
        holds << Tr::tr("%1 databases besides template0, template1 and postgres")
                     .arg(target.databases - 3);
    if (target.userFiles > 0)
        holds << Tr::tr("%1 files of tables or indexes made after initdb").arg(target.userFiles);
    return Tr::tr("%1 holds a database cluster of its own (%2; system identifier %3)")
        .arg(node, holds.join(QLatin1String(", ")), target.systemIdentifier);
}

QString primaryIdentitySql()
{
    return QStringLiteral(
        "SELECT system_identifier || '|' || ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), "
        "1, 8))::bit(32)::int FROM pg_control_system();\n");
}

StandbyTargetFacts parseStandbyTargetFacts(const QString &output)
{
    StandbyTargetFacts facts;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        const QString key = line.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = line.section(QLatin1Char('='), 1).trimmed();
        if (key == QLatin1String("data"))
            facts.hasData = value == QLatin1String("yes");
        else if (key == QLatin1String("sysid"))
            facts.systemIdentifier = value;
        else if (key == QLatin1String("state"))
            facts.clusterState = value;
        else if (key == QLatin1String("timeline"))
            facts.timeline = value.toInt();
        else if (key == QLatin1String("signal"))
            facts.standbySignal = value == QLatin1String("yes");
        else if (key == QLatin1String("label"))
            facts.backupLabel = value == QLatin1String("yes");
        else if (key == QLatin1String("databases"))
            facts.databases = value.toInt();
        else if (key == QLatin1String("userfiles"))
            facts.userFiles = value.isEmpty() ? -1 : value.toInt();
    }
    return facts;
}

} // namespace iha::Procedures
