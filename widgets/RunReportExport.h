#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace iha {

class AuditArchive;

// "Export Report" of one run, as the wizard's summary and Recent Runs offer it: asks where
// (HTML or PDF, named after the cluster and the run), writes the run's entries in the
// background, and says how it went through `status` (on the parent's thread; not after the
// parent is gone).
void exportRunReport(QWidget *parent, AuditArchive *audit, const QString &cluster,
                     const QString &runId, const std::function<void(const QString &)> &status);

} // namespace iha
