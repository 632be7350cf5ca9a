#pragma once

#include "models/AuditEntry.h"

#include <QList>
#include <QStringList>
#include <functional>

namespace iha {

// Where a report reads its entries from, as often as it needs: in the log's order for its
// digest, then run by run for the raw record. Read from the audit log, a report of any length
// is written as it is read.
class AuditEntrySource
{
public:
    using Visit = std::function<void(const AuditEntry &)>;

    virtual ~AuditEntrySource() = default;
    // Every entry, in the log's order. Empty, or why not all of them could be read.
    virtual QString forEach(const Visit &visit) const = 0;
    // The entries of each run in turn, in the order given (an empty id: those of no run).
    virtual QString forEachOfRuns(const QStringList &runIds, const Visit &visit) const = 0;
};

// Entries already in memory (the audit view's filtered list, tests).
class AuditEntryList : public AuditEntrySource
{
public:
    explicit AuditEntryList(QList<AuditEntry> entries);

    QString forEach(const Visit &visit) const override;
    QString forEachOfRuns(const QStringList &runIds, const Visit &visit) const override;

private:
    QList<AuditEntry> m_entries; // shared, not copied
};

} // namespace iha
