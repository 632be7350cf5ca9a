#include "models/AuditEntrySource.h"

#include <QHash>

namespace iha {

AuditEntryList::AuditEntryList(QList<AuditEntry> entries)
    : m_entries(std::move(entries))
{}

QString AuditEntryList::forEach(const Visit &visit) const
{
    for (const AuditEntry &entry : m_entries)
        visit(entry);
    return {};
}

QString AuditEntryList::forEachOfRuns(const QStringList &runIds, const Visit &visit) const
{
    QHash<QString, QList<qsizetype>> byRun;
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        byRun[m_entries.at(i).runId] << i;
    for (const QString &run : runIds) {
        for (const qsizetype i : byRun.value(run))
            visit(m_entries.at(i));
    }
    return {};
}

} // namespace iha
