#include "widgets/ClusterDiagram.h"

#include "widgets/ByteSize.h"
#include "widgets/VerdictColors.h"

#include <QContextMenuEvent>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainterPath>
#include <QtMath>

namespace iha {
namespace {

constexpr qreal kBoxWidth = 220;
constexpr qreal kBoxHeight = 92;

void addArrow(QGraphicsScene *scene, QPointF from, QPointF to, const QColor &color,
              const QString &label, const QColor &textColor)
{
    QPen pen(color, 2.5);
    scene->addLine(QLineF(from, to), pen);
    const QLineF line(to, from);
    const qreal angle = qDegreesToRadians(line.angle());
    QPainterPath head;
    head.moveTo(to);
    head.lineTo(to + QPointF(qCos(angle + 0.45) * 12, -qSin(angle + 0.45) * 12));
    head.lineTo(to + QPointF(qCos(angle - 0.45) * 12, -qSin(angle - 0.45) * 12));
    head.closeSubpath();
    scene->addPath(head, pen, QBrush(color));
    auto *text = scene->addSimpleText(label);
    text->setBrush(textColor);
    const QPointF middle = (from + to) / 2;
    text->setPos(middle -
                 QPointF(text->boundingRect().width() / 2, text->boundingRect().height() + 6));
}

// A node box's colour: its state as its role expects it.
Health healthOf(NodeState state, NodeRole role)
{
    switch (state) {
    case NodeState::NotSeen:
    case NodeState::NotWatched:
        return Health::Unknown;
    case NodeState::Unreadable:
        return Health::Warning; // up, but unreadable: the tooltip says why
    case NodeState::Standby:
        return role == NodeRole::Standby ? Health::Good : Health::Warning;
    case NodeState::AcceptsWrites:
        return role == NodeRole::Primary ? Health::Good : Health::Bad; // a second writer
    case NodeState::ApiHealthy:
        return Health::Good;
    case NodeState::Unreachable:
    case NodeState::Silent:
    case NodeState::ApiUnreachable:
    case NodeState::PostgresStopped:
    case NodeState::ApiUnhealthy:
        break;
    }
    return Health::Bad;
}

} // namespace

ClusterDiagram::ClusterDiagram(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("clusterDiagram"));
    setAccessibleName(tr("Cluster diagram"));
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumHeight(260);
    setFocusPolicy(Qt::StrongFocus);
}

void ClusterDiagram::setCluster(const Cluster &cluster)
{
    m_cluster = cluster;
    m_status.clear();
    rebuild();
}

void ClusterDiagram::setStatus(const QHash<QString, NodeStatus> &status)
{
    m_status = status;
    rebuild();
}

QString ClusterDiagram::nodeText(const QString &node) const
{
    return m_nodeTexts.value(node);
}

void ClusterDiagram::setSelectedNode(const QString &node)
{
    if (node == m_selected)
        return;
    m_selected = node;
    rebuild();
}

QString ClusterDiagram::nodeAt(const QPoint &viewPos) const
{
    for (const QGraphicsItem *item : items(viewPos)) {
        if (item->data(0).isValid())
            return item->data(0).toString();
    }
    return {};
}

void ClusterDiagram::mousePressEvent(QMouseEvent *event)
{
    const QString node = nodeAt(event->pos());
    if (!node.isEmpty() && event->button() == Qt::LeftButton)
        emit nodeClicked(node);
    QGraphicsView::mousePressEvent(event);
}

QPoint ClusterDiagram::boxCenter(const QString &node) const
{
    return viewport()->mapToGlobal(mapFromScene(m_boxes.value(node).center()));
}

// Keyboard users walk the boxes with the arrow keys (in the cluster file's order) and open a
// node's menu with the Menu key or Shift+F10, as with a mouse.
void ClusterDiagram::keyPressEvent(QKeyEvent *event)
{
    int step = 0;
    if (event->key() == Qt::Key_Right || event->key() == Qt::Key_Down)
        step = 1;
    else if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Up)
        step = -1;
    if (step == 0 || m_cluster.nodes.isEmpty())
        return QGraphicsView::keyPressEvent(event);
    int index = -1;
    for (int i = 0; i < m_cluster.nodes.size(); ++i) {
        if (m_cluster.nodes.at(i).name == m_selected)
            index = i;
    }
    const int count = int(m_cluster.nodes.size());
    index = index < 0 ? 0 : (index + step + count) % count;
    emit nodeClicked(m_cluster.nodes.at(index).name);
    event->accept();
}

void ClusterDiagram::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() == QContextMenuEvent::Keyboard && !m_selected.isEmpty())
        return emit nodeMenuRequested(m_selected, boxCenter(m_selected));
    const QString node = nodeAt(event->pos());
    if (node.isEmpty())
        return QGraphicsView::contextMenuEvent(event);
    emit nodeClicked(node);
    emit nodeMenuRequested(node, event->globalPos());
}

void ClusterDiagram::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    // A switch between light and dark palettes redraws the boxes in the new colours.
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void ClusterDiagram::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitInView(scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
}

void ClusterDiagram::rebuild()
{
    QGraphicsScene *s = scene();
    s->clear();
    m_nodeTexts.clear();
    m_boxes.clear();
    m_replicationText.clear();
    m_orchestratorText.clear();
    const QColor text = palette().color(QPalette::WindowText);
    const QColor base = palette().color(QPalette::Base);

    // Places: orchestrator on top, primary left, standby right, the others below.
    QHash<QString, QPointF> places;
    int others = 0;
    for (const Node &node : std::as_const(m_cluster.nodes)) {
        switch (node.role) {
        case NodeRole::Orchestrator:
            places.insert(node.name, QPointF(260, 0));
            break;
        case NodeRole::Primary:
            places.insert(node.name, QPointF(0, 190));
            break;
        case NodeRole::Standby:
            places.insert(node.name, QPointF(520, 190));
            break;
        default:
            places.insert(node.name, QPointF(others++ * (kBoxWidth + 30) + 10, 360));
            break;
        }
    }

    const Node *primary = m_cluster.nodeWithRole(NodeRole::Primary);
    const Node *standby = m_cluster.nodeWithRole(NodeRole::Standby);
    const Node *orchestrator = m_cluster.nodeWithRole(NodeRole::Orchestrator);

    for (const Node &node : std::as_const(m_cluster.nodes)) {
        const NodeStatus st = m_status.value(node.name);
        const NodeState nodeNow = nodeState(node, st);
        const QString state = nodeStateText(nodeNow);
        // Spares and retired hosts are outside the pair: their state is shown, never alarmed.
        const Health health = node.role == NodeRole::Spare || node.role == NodeRole::Retired
                                  ? Health::Unknown
                                  : healthOf(nodeNow, node.role);
        const QPointF at = places.value(node.name);
        const QColor color = healthColor(health);
        QColor fill = color;
        fill.setAlpha(40);
        auto *box =
            s->addRect(QRectF(at, QSizeF(kBoxWidth, kBoxHeight)), QPen(color, 3), QBrush(base));
        s->addRect(QRectF(at, QSizeF(kBoxWidth, kBoxHeight)), Qt::NoPen, QBrush(fill));
        box->setToolTip(st.error.isEmpty() ? state : st.error);
        box->setData(0, node.name);
        m_boxes.insert(node.name, box->rect());
        if (node.name == m_selected) {
            auto *outline =
                s->addRect(QRectF(at, QSizeF(kBoxWidth, kBoxHeight)).adjusted(-6, -6, 6, 6),
                           QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
            outline->setData(0, node.name);
        }
        const QString lines = QStringLiteral("%1\n%2 · %3\n%4")
                                  .arg(node.name, roleName(node.role), node.address, state);
        m_nodeTexts.insert(node.name, lines);
        auto *title = s->addSimpleText(node.name);
        QFont bold = title->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.25);
        title->setFont(bold);
        title->setBrush(text);
        title->setPos(at + QPointF(12, 8));
        auto *detail = s->addSimpleText(
            QStringLiteral("%1 · %2\n%3").arg(roleName(node.role), node.address, state));
        detail->setBrush(text);
        detail->setPos(at + QPointF(12, 36));
    }

    if (primary && standby) {
        QString label = tr("no replication");
        Health health = Health::Bad;
        for (const NodeStatus::Replica &r : m_status.value(primary->name).replicas) {
            if (r.applicationName != m_cluster.replication.applicationName)
                continue;
            bool slotActive = false;
            for (const NodeStatus::Slot &slot : m_status.value(primary->name).replicationSlots)
                slotActive = slotActive || (slot.name == m_cluster.replication.slot && slot.active);
            label = tr("%1 · %2\nslot %3%4 · lag %5")
                        .arg(r.syncState, r.state, m_cluster.replication.slot,
                             slotActive ? QString() : tr(" (inactive)"),
                             ByteSize::format(r.replayLagBytes));
            health = r.syncState == QLatin1String("sync") && r.state == QLatin1String("streaming")
                         ? Health::Good
                         : Health::Warning;
        }
        // The primary notices a dead standby only after wal_sender_timeout: what the standby's
        // own host says counts first.
        const NodeStatus standbyStatus = m_status.value(standby->name);
        if (standbyStatus.seen.isValid() &&
            (standbyStatus.gone() ||
             (standbyStatus.sshReachable && !standbyStatus.postgresRunning.value_or(false)))) {
            health = Health::Bad;
            label = tr("no replication: %1 is down").arg(standby->name);
        }
        if (!m_status.contains(primary->name)) {
            health = Health::Unknown;
            label = tr("replication not seen yet");
        }
        m_replicationText = label;
        const QPointF from = places.value(primary->name) + QPointF(kBoxWidth, kBoxHeight / 2);
        const QPointF to = places.value(standby->name) + QPointF(0, kBoxHeight / 2);
        addArrow(s, from, to, healthColor(health), label, text);
    }
    if (orchestrator) {
        const NodeStatus st = m_status.value(orchestrator->name);
        const Node *target = nullptr;
        for (const Node &node : std::as_const(m_cluster.nodes)) {
            if (node.postgres && !st.apiDatabaseHost.isEmpty() &&
                (node.address == st.apiDatabaseHost || node.name == st.apiDatabaseHost))
                target = &node;
        }
        if (!target)
            target = primary;
        if (target) {
            const bool healthy = st.apiHealthy.value_or(false) && target == primary;
            m_orchestratorText = st.apiDatabaseHost.isEmpty()
                                     ? tr("database unknown")
                                     : tr("uses the database on %1").arg(target->name);
            const QPointF from =
                places.value(orchestrator->name) + QPointF(kBoxWidth / 2, kBoxHeight);
            const QPointF to = places.value(target->name) + QPointF(kBoxWidth / 2, 0);
            addArrow(s, from, to,
                     healthColor(st.seen.isValid() ? (healthy ? Health::Good : Health::Bad)
                                                   : Health::Unknown),
                     m_orchestratorText, text);
        }
    }
    // What a screen reader says of the diagram: every box, then the two arrows.
    QStringList description;
    for (const Node &node : std::as_const(m_cluster.nodes))
        description << QString(m_nodeTexts.value(node.name))
                           .replace(QLatin1Char('\n'), QLatin1String(", "));
    description << m_replicationText.simplified() << m_orchestratorText;
    description.removeAll(QString());
    setAccessibleDescription(description.join(QLatin1String(". ")));
    s->setSceneRect(s->itemsBoundingRect().adjusted(-20, -20, 20, 20));
    fitInView(s->sceneRect(), Qt::KeepAspectRatio);
}

} // namespace iha
