#pragma once

#include "app/AuditLog.h"
#include "app/SshSession.h"
#include "app/SshTarget.h"
#include "models/AuditedSecretStore.h"
#include "models/Cluster.h"
#include "models/ClusterStatus.h"
#include "models/MonitoringOutput.h"
#include "models/SecretStore.h"
#include "models/procedures/Procedures.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

class QIODevice;
class QTextStream;

namespace iha {

// inmanta-ha-cli: parses the command line and runs one command. Output goes to the given
// streams so that tests drive it in-process. run() returns an ExitCode, or Pending for a
// command that works on the network: it then emits finished() when done (the caller runs the
// event loop meanwhile; nothing here blocks).
class CommandLine : public QObject
{
    Q_OBJECT

public:
    static constexpr int Pending = -1;

    CommandLine(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CommandLine() override;

    // Where `secret set` reads its value (default: standard input).
    void setInput(QIODevice *input) { m_input = input; }
    // The keychain to use (default: the OS keychain through QtKeychain). Not owned.
    void setSecretStore(SecretStore *store) { m_secretStore = store; }

    int run(const QStringList &arguments);
    // Ctrl-C: a run stops at once (its command's channel is closed) and can be resumed.
    // Returns false when nothing is running that could stop cleanly.
    bool cancel();

signals:
    void finished(int exitCode);

private:
    struct GlobalOptions
    {
        QString clusterFile;
        QString auditDb;
        QString store; // --store: a shared PostgreSQL store
        QString knownHosts;
        QStringList hostKeys; // --host-key NODE=SHA256:...
    };

    int validate(const GlobalOptions &global, const QStringList &args);
    int check(const GlobalOptions &global, const QStringList &args);
    int plan(const GlobalOptions &global, const QStringList &args);
    int runProcedure(const GlobalOptions &global, const QStringList &args);
    int status(const GlobalOptions &global, const QStringList &args);
    int exporter(const GlobalOptions &global, const QStringList &args);
    int secret(const GlobalOptions &global, const QStringList &args);
    int audit(const GlobalOptions &global, const QStringList &args);
    int lock(const GlobalOptions &global, const QStringList &args);
    int practice(const GlobalOptions &global, const QStringList &args);
    int team(const GlobalOptions &global, const QStringList &args);
    int teamStatus(const GlobalOptions &global);
    int listPublished(const QString &name);
    int publishCluster(const QString &keyProblem);
    int openPublished(const QString &name, int version, const QString &output);
    int auditKey(const GlobalOptions &global, const QString &action);
    int migrateAudit(const GlobalOptions &global, const QString &to);
    // The copy verified with the original's key, then on record and anchored in the keychain.
    void finishMigration(const std::shared_ptr<AuditLog> &target, qint64 entries,
                         const std::optional<AuditHead> &head);

    int usageError(const QString &message);
    // Applies --host-key to the loaded cluster; the problem with one, else empty.
    QString pinHostKeys(const QStringList &pins);
    // Loads and checks the cluster file; prints every problem. Returns ExitSuccess or ExitUsage.
    int loadCluster(const GlobalOptions &global, bool printSummary);
    void startChecks(const SshPolicy &policy, const QHash<QString, QString> &secrets);
    // With an API token set: names each Inmanta server it would reach over plain http.
    void warnOfPlainHttpApis();

    SecretStore &secretStore();
    // Reads the keychain keys `keys` of the cluster. A secret held back from this file because
    // it would go where it was not set for (SecretBinding) is named on standard error, unless
    // `quiet`, with where and how to confirm; `done` gets the secrets handed out.
    void readClusterSecrets(
        const QStringList &keys, bool quiet,
        std::function<void(const QHash<QString, QString> &, const std::optional<SecretResult> &)>
            done);
    // Where the secret `secretName` of the cluster may go, for people.
    QString endpointsOf(const QString &secretName) const;
    QString auditPath(const GlobalOptions &global) const;
    // Opens the audit log and loads its key; calls `ready` with an empty string, or the reason
    // the log cannot be written (then m_audit may still be readable).
    void openAudit(const GlobalOptions &global, std::function<void(const QString &)> ready,
                   bool warnOfAnotherLog = true);
    void loadAuditKey(std::function<void(const QString &)> ready, bool warnOfAnotherLog);
    void recordHostKeyDecision(const QString &runId, const QString &procedure,
                               const ConnectReport &report);
    void recordCheck(const QString &runId, const SshTarget &target, bool ok,
                     const QStringList &lines, const ConnectReport &report);
    void startRun(const GlobalOptions &global, const QString &procedure, bool yes,
                  bool acceptNewHostKeys, const QString &resumeRunId,
                  const ProcedureInputs &operatorInputs);
    void recordSamples(const GlobalOptions &global);
    void printRun(class ProcedureRun &run);
    void printStatus(const ClusterVerdict &verdict, bool json);
    // The round in Prometheus's text format, to `path` (replaced at once) or standard output.
    bool writeExposition(const ClusterVerdict &verdict, const Monitoring::Thresholds &thresholds,
                         const QString &path);
    int verifyAudit(const GlobalOptions &global);
    int adoptAudit(const GlobalOptions &global);
    void exportAudit(const QString &format, const QString &output, const QString &run,
                     const QString &keyProblem);
    QString readSecretValue(const QString &name);

    Cluster m_cluster;
    QString m_clusterPath;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<class ProcedureRun> m_run;
    bool m_clusterFileFailed = false;
    std::unique_ptr<class StatusMonitor> m_monitor;
    struct Round
    {
        ClusterVerdict verdict;
        QHash<QString, NodeStatus> status;
        QDateTime time;
    };
    std::optional<Round> m_lastRound;               // the exporter's
    std::unique_ptr<class MetricsServer> m_metrics; // the exporter's
    std::unique_ptr<class PracticeCluster> m_practice;
    bool m_auditWritable = false;
    // Why the log is not the one the keychain remembers at its path; empty when it is.
    QString m_auditIdentityProblem;
    QIODevice *m_input = nullptr;
    SecretStore *m_secretStore = nullptr;
    std::unique_ptr<SecretStore> m_ownSecretStore;
    // What `secret set|delete` changes the keychain through: each change recorded first.
    std::unique_ptr<AuditedSecretStore> m_auditedSecrets;

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace iha
