#include "app/CommandLine.h"
#include "app/CommandLineSupport.h"
#include "app/ExitCode.h"
#include "app/PracticeCluster.h"

#include <QTextStream>

namespace iha {

using cli::SubcommandParser;
using cli::Tr;

// `practice up|status|down`: the local practice cluster. `up` prints the path of its cluster
// file on stdout (for scripts: inmanta-ha-cli --cluster "$(inmanta-ha-cli practice up)" ...),
// everything else goes to stderr.
int CommandLine::practice(const GlobalOptions &global, const QStringList &args)
{
    SubcommandParser sub(QStringLiteral("practice"));
    if (const QString error = sub.parse(args, 1, 1); !error.isEmpty())
        return usageError(error);
    const QString action = sub.parser().positionalArguments().constFirst();
    if (action != QLatin1String("up") && action != QLatin1String("status") &&
        action != QLatin1String("down"))
        return usageError(Tr::tr("practice up | practice status | practice down"));
    if (!global.clusterFile.isEmpty())
        return usageError(Tr::tr("practice: --cluster is not for the practice cluster, which "
                                 "has its own file"));

    m_practice =
        std::make_unique<PracticeCluster>(secretStore(), PracticeCluster::elevationFor(false));
    // Said before sudo asks for the password on the terminal.
    connect(m_practice.get(), &PracticeCluster::rootNeeded, this, [this](const QString &notice) {
        m_err << notice << '\n';
        m_err.flush();
        m_practice->continueAsRoot();
    });
    connect(m_practice.get(), &PracticeCluster::progress, this, [this](const QString &message) {
        m_err << message << "...\n";
        m_err.flush();
    });
    connect(m_practice.get(), &PracticeCluster::output, this,
            [this](const QString &text) { m_out << text; });
    connect(m_practice.get(), &PracticeCluster::finished, this,
            [this, action](bool ok, const QString &message) {
                if (!ok) {
                    if (!message.isEmpty())
                        m_err << "inmanta-ha-cli: " << message << '\n';
                    return emit finished(ExitStepFailed);
                }
                if (!message.isEmpty())
                    m_err << Tr::tr("warning: %1").arg(message) << '\n';
                if (action == QLatin1String("up")) {
                    m_out << PracticeCluster::clusterFile() << '\n';
                    m_err << Tr::tr("The practice cluster is up (marked PRACTICE; nothing in it "
                                    "is real). Open it with: inmanta-ha-admin --practice")
                          << '\n';
                } else if (action == QLatin1String("down")) {
                    m_err << (message.isEmpty() ? Tr::tr("The practice cluster is gone: its "
                                                         "hosts, files and keychain entries.")
                                                : Tr::tr("The practice cluster's hosts and files "
                                                         "are gone."))
                          << '\n';
                }
                emit finished(ExitSuccess);
            });
    if (action == QLatin1String("up"))
        m_practice->up();
    else if (action == QLatin1String("down"))
        m_practice->down();
    else
        m_practice->status();
    return Pending;
}

} // namespace iha
