#include "app/CommandLine.h"
#include "app/CommandLineSupport.h"
#include "app/ExitCode.h"

namespace iha {

using cli::SubcommandParser;
using cli::Tr;

// `lock status` and `lock release RUN_ID` run as small procedures of their own: over the same
// SSH hosts, recorded in the audit log like any run (a release is an operator's decision).
int CommandLine::lock(const GlobalOptions &global, const QStringList &args)
{
    SubcommandParser sub(QStringLiteral("lock"));
    sub.parser().addOption(
        {QStringLiteral("accept-new-host-keys"), Tr::tr("Accept and remember unknown host keys.")});
    if (const QString error = sub.parse(args, 1, 2); !error.isEmpty())
        return usageError(error);
    const QStringList words = sub.parser().positionalArguments();
    const QString action = words.constFirst();
    const bool status = action == QLatin1String("status") && words.size() == 1;
    const bool release = action == QLatin1String("release") && words.size() == 2;
    if (!status && !release)
        return usageError(Tr::tr("lock status | lock release RUN_ID"));
    ProcedureInputs inputs;
    if (release)
        inputs.lockedRunId = words.at(1);
    if (const int code = loadCluster(global, false); code != ExitSuccess)
        return code;
    startRun(global, QStringLiteral("lock-") + action, false,
             sub.parser().isSet(QStringLiteral("accept-new-host-keys")), {}, inputs);
    return Pending;
}

} // namespace iha
