#pragma once

#include <QCoreApplication>

namespace iha::Procedures {

// The translation context of what procedures tell the operator: step descriptions, problems
// and notes. They are translated where they are made, so the audit log records them as the
// operator read them. Commands, previews, runbook section titles and markers such as
// kOperatorWordNeeded stay untranslated: the remote shell, the plan fingerprint and the
// wizards read them.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Procedure)
};

} // namespace iha::Procedures
