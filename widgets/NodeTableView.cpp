#include "widgets/NodeTableView.h"

#include "models/NodeTableModel.h"

#include <QHeaderView>

namespace iha {

NodeTableView::NodeTableView(QWidget *parent)
    : QTableView(parent)
    , m_model(new NodeTableModel(this))
{
    setObjectName(QStringLiteral("nodeTable"));
    setAccessibleName(tr("Nodes of the cluster"));
    setModel(m_model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(NodeTableModel::ServiceColumn, QHeaderView::Stretch);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) {
                if (index.isValid())
                    emit nodeSelected(nodeAt(index.row()));
            });
    connect(this, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = indexAt(pos);
        if (index.isValid())
            emit nodeMenuRequested(nodeAt(index.row()), viewport()->mapToGlobal(pos));
    });
}

void NodeTableView::setCluster(const Cluster &cluster)
{
    m_model->setCluster(cluster);
}

void NodeTableView::selectNode(const QString &node)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (nodeAt(row) == node && currentIndex().row() != row)
            setCurrentIndex(m_model->index(row, 0));
    }
}

QString NodeTableView::nodeAt(int row) const
{
    return m_model->index(row, NodeTableModel::NameColumn).data().toString();
}

} // namespace iha
