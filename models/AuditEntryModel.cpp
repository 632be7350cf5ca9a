#include "models/AuditEntryModel.h"

#include <QLocale>

namespace iha {

void AuditEntryModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::TextAlignmentRole &&
        (index.column() == SequenceColumn || index.column() == ExitColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SequenceColumn:
        return e.sequence;
    case TimeColumn:
        return e.time.toLocalTime()
            .toString(Qt::ISODate)
            .replace(QLatin1Char('T'), QLatin1Char(' '));
    case ClusterColumn:
        return e.cluster;
    case RunColumn:
        return e.runId;
    case ProcedureColumn:
        return e.procedure;
    case HostColumn:
        return e.host;
    case StepColumn:
        return e.step;
    case OutcomeColumn:
        return e.outcome;
    case ExitColumn:
        return e.hasExitCode ? QVariant(e.exitCode) : QVariant();
    default:
        return {};
    }
}

QVariant AuditEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SequenceColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case ClusterColumn:
        return tr("Cluster");
    case RunColumn:
        return tr("Run");
    case ProcedureColumn:
        return tr("Procedure");
    case HostColumn:
        return tr("Host");
    case StepColumn:
        return tr("Step");
    case OutcomeColumn:
        return tr("Outcome");
    case ExitColumn:
        return tr("Exit");
    default:
        return {};
    }
}

} // namespace iha
