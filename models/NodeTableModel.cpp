#include "models/NodeTableModel.h"

namespace iha {
namespace {

QString roleTitle(NodeRole role)
{
    switch (role) {
    case NodeRole::Primary:
        return NodeTableModel::tr("Primary");
    case NodeRole::Standby:
        return NodeTableModel::tr("Standby");
    case NodeRole::Orchestrator:
        return NodeTableModel::tr("Orchestrator");
    case NodeRole::Spare:
        return NodeTableModel::tr("Spare");
    case NodeRole::Retired:
        return NodeTableModel::tr("Retired");
    }
    return {};
}

QString serviceSummary(const Node &node)
{
    QStringList parts;
    if (node.postgres)
        parts << NodeTableModel::tr("PostgreSQL :%1, %2")
                     .arg(node.postgres->port)
                     .arg(node.postgres->dataDir);
    if (node.inmanta)
        parts << NodeTableModel::tr("Inmanta %1").arg(node.effectiveApiUrl());
    return parts.join(QLatin1String("; "));
}

} // namespace

NodeTableModel::NodeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void NodeTableModel::setCluster(const Cluster &cluster)
{
    beginResetModel();
    m_cluster = cluster;
    endResetModel();
}

int NodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cluster.nodes.size());
}

int NodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cluster.nodes.size())
        return {};
    const Node &node = m_cluster.nodes.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case NameColumn:
            return node.name;
        case RoleColumn:
            return roleTitle(node.role);
        case AddressColumn:
            return node.address;
        case SshColumn:
            return QStringLiteral("%1@%2:%3")
                .arg(node.ssh.effectiveUser(), node.address)
                .arg(node.ssh.port);
        case ServiceColumn:
            return serviceSummary(node);
        default:
            break;
        }
    }
    if (role == Qt::UserRole)
        return roleName(node.role);
    return {};
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Node");
    case RoleColumn:
        return tr("Role");
    case AddressColumn:
        return tr("Address");
    case SshColumn:
        return tr("SSH login");
    case ServiceColumn:
        return tr("Services");
    default:
        return {};
    }
}

} // namespace iha
