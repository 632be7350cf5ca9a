#pragma once

#include "models/Cluster.h"
#include "models/ClusterStatus.h"

#include <QGraphicsView>
#include <QHash>

namespace iha {

// The cluster at a glance: a box per node (role, name, address, state in colour), an arrow
// from the primary to the standby labelled with how it replicates, and an arrow from the
// orchestrator to the database it uses. Colours follow the palette, so that a dark theme
// stays readable.
class ClusterDiagram : public QGraphicsView
{
    Q_OBJECT

public:
    explicit ClusterDiagram(QWidget *parent = nullptr);

    void setCluster(const Cluster &cluster);
    void setStatus(const QHash<QString, NodeStatus> &status);
    // Outlines this node's box in the palette's highlight colour (empty: none).
    void setSelectedNode(const QString &node);

    // What each node's box says, for tests and accessibility.
    QString nodeText(const QString &node) const;
    QString replicationText() const { return m_replicationText; }
    QString orchestratorText() const { return m_orchestratorText; }

signals:
    void nodeClicked(const QString &node);
    void nodeMenuRequested(const QString &node, const QPoint &globalPos);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QString nodeAt(const QPoint &viewPos) const;
    QPoint boxCenter(const QString &node) const; // in global coordinates

    Cluster m_cluster;
    QHash<QString, NodeStatus> m_status;
    QString m_selected;
    QHash<QString, QString> m_nodeTexts;
    QHash<QString, QRectF> m_boxes; // scene coordinates
    QString m_replicationText;
    QString m_orchestratorText;
};

} // namespace iha
