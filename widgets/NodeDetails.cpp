#include "widgets/NodeDetails.h"

#include "widgets/ByteSize.h"

#include <QCoreApplication>
#include <QLocale>
#include <QScrollBar>

namespace iha {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(NodeDetails)
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(escaped(label), value.isEmpty() ? QStringLiteral("&ndash;") : escaped(value));
}

QString heading(const QString &text)
{
    return QStringLiteral("<tr><td colspan='2' style='padding-top:10px'><b>%1</b></td></tr>")
        .arg(escaped(text));
}

QString yesNo(const std::optional<bool> &value, const QString &yes, const QString &no)
{
    return value ? (*value ? yes : no) : QString();
}

} // namespace

QString ageText(const QDateTime &time, const QDateTime &now)
{
    const qint64 seconds = time.secsTo(now);
    if (seconds < 2)
        return Tr::tr("just now");
    if (seconds < 120)
        return Tr::tr("%1 s ago").arg(seconds);
    if (seconds < 2 * 3600)
        return Tr::tr("%1 min ago").arg(seconds / 60);
    if (seconds < 48 * 3600)
        return Tr::tr("%1 h ago").arg(seconds / 3600);
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString nodeDetailsHtml(const Node &node, const NodeStatus *s, const QDateTime &now,
                        const QString &proxy)
{
    QString html = QStringLiteral("<table cellspacing='2'>");
    html += QStringLiteral("<tr><td colspan='2'><span style='font-size:large'><b>%1</b></span> "
                           "&middot; %2</td></tr>")
                .arg(escaped(node.name), escaped(roleName(node.role)));
    html += heading(Tr::tr("From the cluster file"));
    html += row(Tr::tr("Address"), node.address);
    html += row(
        Tr::tr("SSH"),
        QStringLiteral("%1@%2:%3").arg(node.ssh.effectiveUser(), node.address).arg(node.ssh.port));
    if (!proxy.isEmpty())
        html += row(Tr::tr("Reached through"), proxy);
    html +=
        row(Tr::tr("SSH key"), node.ssh.identityFile.isEmpty() ? Tr::tr("agent and default keys")
                                                               : node.ssh.identityFile);
    if (node.postgres) {
        const PostgresSettings pg = *node.postgres;
        html += row(Tr::tr("PostgreSQL port"), QString::number(pg.port));
        html += row(Tr::tr("Data directory"), pg.dataDir);
        html += row(Tr::tr("Configuration"), pg.effectiveConfigDir());
        html += row(Tr::tr("Service"), pg.service);
    }
    if (node.inmanta) {
        html += row(Tr::tr("Inmanta API"), node.effectiveApiUrl());
        html += row(Tr::tr("Database settings"), node.inmanta->configFile);
    }

    if (!s || !s->seen.isValid()) {
        html += heading(Tr::tr("Live facts"));
        html += row(Tr::tr("State"), Tr::tr("not checked yet"));
        return html + QStringLiteral("</table>");
    }
    html += heading(Tr::tr("Live facts, checked %1").arg(ageText(s->seen, now)));
    html += row(Tr::tr("Last answered"), s->lastAnswered.isValid()
                                             ? ageText(s->lastAnswered, now)
                                             : Tr::tr("never, since this window opened"));
    const QString open = Tr::tr("open");
    const QString closed = Tr::tr("closed or unreachable");
    html += row(Tr::tr("SSH port"), yesNo(s->sshPortOpen, open, closed));
    if (node.postgres)
        html += row(Tr::tr("PostgreSQL port"), yesNo(s->postgresPortOpen, open, closed));
    if (node.inmanta)
        html += row(Tr::tr("API port"), yesNo(s->apiPortOpen, open, closed));
    if (!s->error.isEmpty())
        html += row(Tr::tr("Problem"), s->error);
    if (node.postgres) {
        html += row(Tr::tr("PostgreSQL"),
                    yesNo(s->postgresRunning, Tr::tr("running"), Tr::tr("stopped")));
        html += row(Tr::tr("In recovery"),
                    yesNo(s->inRecovery, Tr::tr("yes (a standby)"), Tr::tr("no (accepts writes)")));
        html +=
            row(Tr::tr("Control file"),
                s->timeline > 0 ? Tr::tr("%1, timeline %2").arg(s->controlState).arg(s->timeline)
                                : s->controlState);
        html +=
            row(Tr::tr("standby.signal"), s->standbySignal ? Tr::tr("present") : Tr::tr("absent"));
        const bool direct = !node.postgres->caFile.isEmpty();
        html += row(Tr::tr("SQL"),
                    !direct ? Tr::tr("read over SSH (a direct login needs a CA: postgres.caFile)")
                    : s->sqlConnected.value_or(false) ? Tr::tr("logged in over verified TLS")
                    : s->sqlError.isEmpty()           ? Tr::tr("not tried")
                                                      : s->sqlError);
        for (const NodeStatus::Replica &r : s->replicas)
            html += row(Tr::tr("Replica %1").arg(r.applicationName),
                        Tr::tr("%1 at %2, %3, %4 behind")
                            .arg(r.syncState, r.clientAddress, r.state,
                                 ByteSize::format(r.replayLagBytes)));
        for (const NodeStatus::Slot &slot : s->replicationSlots)
            html += row(Tr::tr("Slot %1").arg(slot.name),
                        Tr::tr("%1, retains %2")
                            .arg(slot.active ? Tr::tr("active") : Tr::tr("inactive"),
                                 ByteSize::format(slot.retainedBytes)));
    }
    if (node.inmanta) {
        html += row(Tr::tr("Inmanta server"),
                    yesNo(s->apiHealthy, Tr::tr("healthy"), Tr::tr("unhealthy or down")));
        html += row(Tr::tr("Uses database"), s->apiDatabaseHost);
    }
    return html + QStringLiteral("</table>");
}

NodeDetailsView::NodeDetailsView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("nodeDetails"));
    setAccessibleName(tr("Details of the selected node"));
    setOpenLinks(false);
    setMinimumWidth(330);
}

void NodeDetailsView::showNode(const Node *node, const NodeStatus *status, const QString &proxy)
{
    if (!node) {
        setHtml(tr("Select a node to see its details."));
        return;
    }
    const int scroll = verticalScrollBar()->value();
    setHtml(nodeDetailsHtml(*node, status, QDateTime::currentDateTimeUtc(), proxy));
    verticalScrollBar()->setValue(scroll);
}

} // namespace iha
