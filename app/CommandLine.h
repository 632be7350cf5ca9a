#pragma once

#include <QStringList>

class QTextStream;

namespace iha {

// inmanta-ha-cli: parses the command line and runs one command. Output goes to the given
// streams so that tests drive it in-process; the return value is an ExitCode.
class CommandLine
{
public:
    CommandLine(QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments);

private:
    struct GlobalOptions
    {
        QString clusterFile;
        QString auditDb;
        QString knownHosts;
    };

    int validate(const GlobalOptions &global, const QStringList &args);
    int check(const GlobalOptions &global, const QStringList &args);
    int plan(const GlobalOptions &global, const QStringList &args);
    int runProcedure(const GlobalOptions &global, const QStringList &args);
    int status(const GlobalOptions &global, const QStringList &args);
    int secret(const GlobalOptions &global, const QStringList &args);
    int audit(const GlobalOptions &global, const QStringList &args);

    int usageError(const QString &message);
    int notImplemented(const QString &command);
    // Loads and checks the cluster file; prints every problem. Returns ExitSuccess or ExitUsage.
    int loadCluster(const GlobalOptions &global, bool printSummary);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace iha
