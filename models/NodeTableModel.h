#pragma once

#include "models/Cluster.h"

#include <QAbstractTableModel>

namespace iha {

// The nodes of one cluster as a table: name, role, address, SSH login, service endpoint.
class NodeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        AddressColumn,
        SshColumn,
        ServiceColumn,
        ColumnCount
    };

    explicit NodeTableModel(QObject *parent = nullptr);

    void setCluster(const Cluster &cluster);
    const Cluster &cluster() const { return m_cluster; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Cluster m_cluster;
};

} // namespace iha
