#include "models/procedures/StandbyTarget.h"

#include <QStringList>

namespace iha::Procedures {

QString whyNotReplaceable(const QString &node, const StandbyTargetFacts &target,
                          const QString &primarySystemIdentifier, int primaryTimeline)
{
    if (!target.hasData)
        return {};
    const bool sameCluster = target.systemIdentifier == primarySystemIdentifier;
    const bool inRecovery =
        target.standbySignal || target.clusterState.contains(QLatin1String("recovery"));
    if (inRecovery && sameCluster) {
        if (target.timeline <= primaryTimeline)
            return {};
        return QStringLiteral("%1 is on timeline %2, after the primary's %3: it was promoted "
                              "since it was copied and may hold commits the primary does not "
                              "have")
            .arg(node)
            .arg(target.timeline)
            .arg(primaryTimeline);
    }
    if (inRecovery)
        return QStringLiteral("%1 is a standby of another cluster (system identifier %2; the "
                              "primary's is %3)")
            .arg(node, target.systemIdentifier, primarySystemIdentifier);
    if (sameCluster)
        return QStringLiteral("%1 is not in recovery but is a copy of the primary (same system "
                              "identifier %2): it was promoted, or is the primary itself, and "
                              "may hold commits the primary does not have")
            .arg(node, target.systemIdentifier);
    const bool fresh =
        target.databases <= 3 && target.userTables <= 0 && target.replicationClients <= 0;
    if (fresh)
        return {};
    QStringList holds;
    if (target.databases > 3)
        holds << QStringLiteral("%1 databases besides template0, template1 and postgres")
                     .arg(target.databases - 3);
    if (target.userTables > 0)
        holds << QStringLiteral("%1 tables in the postgres database").arg(target.userTables);
    if (target.replicationClients > 0)
        holds << QStringLiteral("%1 standbys replicating from it").arg(target.replicationClients);
    return QStringLiteral("%1 holds a database cluster of its own (%2; system identifier %3)")
        .arg(node, holds.join(QLatin1String(", ")), target.systemIdentifier);
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
        else if (key == QLatin1String("databases"))
            facts.databases = value.toInt();
    }
    return facts;
}

} // namespace iha::Procedures
