#pragma once

#include "models/AuditEntry.h"

#include <QAbstractTableModel>

namespace iha {

// Audit entries as a table: sequence, time, cluster, run, procedure, host, step, outcome,
// exit code. Commands and outputs are too long for a cell; the audit view shows them below.
class AuditEntryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SequenceColumn,
        TimeColumn,
        ClusterColumn,
        RunColumn,
        ProcedureColumn,
        HostColumn,
        StepColumn,
        OutcomeColumn,
        ExitColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<AuditEntry> entries);
    const QList<AuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace iha
