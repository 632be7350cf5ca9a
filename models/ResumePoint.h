#pragma once

#include "models/AuditEntry.h"
#include "models/Step.h"

namespace iha {

// What a plan would do and what it was built from (the cluster file; per step its node and
// exact commands as previewed; no secrets, no descriptions, which are in the operator's
// language): recorded when a run starts, so that a resume can refuse a plan that changed since.
QString planFingerprint(const Plan &plan);

// Where a resumed run goes on, decided from its entries in the audit log (whose chain makes
// them tamper-evident), never from a counter that could be edited: the first step that has
// neither succeeded nor been found done. The run's plan must be the one it started with.
struct ResumePoint
{
    int firstStep = 0; // index into plan.steps
    QString error;     // why the run cannot be resumed; empty when it can
};
ResumePoint resumePoint(const QList<AuditEntry> &runEntries, const Plan &plan);

} // namespace iha
