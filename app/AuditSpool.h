#pragma once

#include "models/AuditEntry.h"

#include <QList>
#include <QString>
#include <functional>

namespace iha {

// Where a shared store's entries wait while the store cannot be reached: a SQLite file of
// this user's (0600), per store, beside the default audit log. Entries are kept redacted and
// unchained: they are chained, in order, when the store takes them.
class AuditSpool
{
public:
    explicit AuditSpool(QString path);
    ~AuditSpool();
    AuditSpool(const AuditSpool &) = delete;
    AuditSpool &operator=(const AuditSpool &) = delete;

    QString path() const { return m_path; }
    bool keep(const QList<AuditEntry> &entries, QString *error);
    qint64 count() const;
    // Hands every kept entry, in order, to `append` in one transaction of the spool's (so two
    // clients of the same user never hand over the same entries); they are dropped when it
    // returns true.
    bool handOver(const std::function<bool(QList<AuditEntry> &)> &append, QString *error);

private:
    bool open(QString *error);
    QString m_path;
    QString m_connection;
    bool m_open = false;
};

} // namespace iha
