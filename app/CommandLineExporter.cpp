#include "app/CommandLine.h"
#include "app/CommandLineSupport.h"
#include "app/ExitCode.h"
#include "app/MetricsServer.h"
#include "app/SshTargets.h"
#include "app/StatusMonitor.h"

namespace iha {

using cli::SubcommandParser;
using cli::Tr;

// A long-running exporter: the monitor polls at its interval (its own threads for SSH and SQL,
// each round bounded by its deadline) and a scrape is answered from the last round, with its
// age, so that a frozen host never holds a scrape.
int CommandLine::exporter(const GlobalOptions &global, const QStringList &args)
{
    SubcommandParser sub(QStringLiteral("exporter"));
    QCommandLineParser &p = sub.parser();
    p.addOption({QStringLiteral("listen"),
                 Tr::tr("Where to serve /metrics: ADDR:PORT, [IPv6]:PORT or :PORT (every "
                        "address)."),
                 Tr::tr("ADDR:PORT")});
    p.addOption({QStringLiteral("interval"), Tr::tr("Seconds between rounds (default 15)."),
                 Tr::tr("SECONDS"), QStringLiteral("15")});
    if (const QString error = sub.parse(args, 0, 0); !error.isEmpty())
        return usageError(error);
    QHostAddress address;
    quint16 port = 0;
    if (!p.isSet(QStringLiteral("listen")) ||
        !MetricsServer::parseListen(p.value(QStringLiteral("listen")), &address, &port))
        return usageError(Tr::tr("exporter: --listen ADDR:PORT is required (e.g. "
                                 "127.0.0.1:9877, [::1]:9877 or :9877)"));
    bool isNumber = false;
    const int interval = p.value(QStringLiteral("interval")).toInt(&isNumber);
    if (!isNumber || interval < 1 || interval > 3600)
        return usageError(Tr::tr("exporter: --interval must be 1 to 3600 seconds"));
    if (const int code = loadCluster(global, false); code != ExitSuccess)
        return code;
    const Monitoring::Thresholds thresholds = Monitoring::Thresholds::of(m_cluster.monitoring);
    m_metrics = std::make_unique<MetricsServer>([this, thresholds]() -> QByteArray {
        if (!m_lastRound)
            return {};
        const double age = m_lastRound->time.msecsTo(QDateTime::currentDateTimeUtc()) / 1000.0;
        return Monitoring::prometheus(m_cluster, m_lastRound->status, m_lastRound->verdict,
                                      thresholds, m_lastRound->time, age)
            .toUtf8();
    });
    QString error;
    if (!m_metrics->listen(address, port, &error)) {
        m_err << Tr::tr("inmanta-ha-cli: exporter: cannot listen on %1: %2")
                     .arg(p.value(QStringLiteral("listen")), error)
              << '\n';
        return ExitStepFailed;
    }
    readClusterSecrets(StatusMonitor::secretKeys(m_cluster), false,
                       [this, global, interval](const QHash<QString, QString> &secrets,
                                                const std::optional<SecretResult> &problem) {
                           if (problem)
                               m_err << Tr::tr("warning: %1 The cluster is watched without stored "
                                               "passwords and passphrases.")
                                            .arg(problem->message)
                                     << '\n';
                           StatusMonitor::Options options = StatusMonitor::optionsFor(
                               m_cluster, secrets, sshPolicyFor(global.knownHosts));
                           options.intervalMs = interval * 1000;
                           m_monitor = std::make_unique<StatusMonitor>(m_cluster, options);
                           connect(m_monitor.get(), &StatusMonitor::updated, this,
                                   [this](const ClusterVerdict &verdict) {
                                       m_lastRound = Round{verdict, m_monitor->status(),
                                                           QDateTime::currentDateTimeUtc()};
                                   });
                           m_monitor->start();
                       });
    m_err << Tr::tr("Serving the metrics of cluster %1 at http://%2/metrics, a round every %3 s.")
                 .arg(m_cluster.name, p.value(QStringLiteral("listen")))
                 .arg(interval)
          << '\n';
    m_err.flush();
    return Pending;
}

} // namespace iha
