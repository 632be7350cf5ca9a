#pragma once

#include "models/AuditEntry.h"

#include <QList>
#include <functional>

namespace iha {

// Where a report reads its entries from, as often as it needs: in the log's order for its
// digest, then run by run for the raw record. A log of any length is read as the report is
// written, never held whole.
class AuditEntrySource
{
public:
    using Visit = std::function<void(const AuditEntry &)>;

    virtual ~AuditEntrySource() = default;
    virtual void forEach(const Visit &visit) const = 0;
    // Every entry again, grouped by run in the order the runs started (each run's in the log's
    // order), the entries of no run last.
    virtual void forEachByRun(const Visit &visit) const = 0;
};

// Entries already in memory (the audit view's filtered list, tests).
class AuditEntryList : public AuditEntrySource
{
public:
    explicit AuditEntryList(const QList<AuditEntry> &entries);

    void forEach(const Visit &visit) const override;
    void forEachByRun(const Visit &visit) const override;

private:
    const QList<AuditEntry> &m_entries;
};

} // namespace iha
