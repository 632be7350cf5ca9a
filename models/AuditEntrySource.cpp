#include "models/AuditEntrySource.h"

#include <QHash>
#include <QStringList>

namespace iha {

AuditEntryList::AuditEntryList(const QList<AuditEntry> &entries)
    : m_entries(entries)
{}

void AuditEntryList::forEach(const Visit &visit) const
{
    for (const AuditEntry &entry : m_entries)
        visit(entry);
}

void AuditEntryList::forEachByRun(const Visit &visit) const
{
    QStringList runs; // in the order they started
    QHash<QString, QList<qsizetype>> byRun;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        QList<qsizetype> &indices = byRun[m_entries.at(i).runId];
        if (indices.isEmpty() && !m_entries.at(i).runId.isEmpty())
            runs << m_entries.at(i).runId;
        indices << i;
    }
    runs << QString();
    for (const QString &run : std::as_const(runs)) {
        for (const qsizetype i : byRun.value(run))
            visit(m_entries.at(i));
    }
}

} // namespace iha
