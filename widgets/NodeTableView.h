#pragma once

#include "models/Cluster.h"

#include <QTableView>

namespace iha {

class NodeTableModel;

// The shown cluster's nodes as a table (one row each: name, role, address, login, services);
// selecting a row selects that node everywhere, its context menu is the node's menu.
class NodeTableView : public QTableView
{
    Q_OBJECT

public:
    explicit NodeTableView(QWidget *parent = nullptr);

    void setCluster(const Cluster &cluster);
    // Selects the node's row (without echoing nodeSelected for a row already current).
    void selectNode(const QString &node);

signals:
    void nodeSelected(const QString &node);
    void nodeMenuRequested(const QString &node, const QPoint &globalPos);

private:
    QString nodeAt(int row) const;

    NodeTableModel *m_model;
};

} // namespace iha
