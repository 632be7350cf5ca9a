// Benchmark (not a test): the main window watching 200 nodes (50 clusters of a primary, a
// standby, a spare and an orchestrator) at the product's 5 s interval, against a baseline
// measured in the same run: the same window with the same clusters, not watched.
// Prints the GUI thread's CPU use and its longest event-loop stall (goal: < 16 ms).
//
// The endpoints are simulated, as the issue allows: each database node's remote shell answers
// the status probe with a healthy node's output after 10-40 ms (as SshHost's queued signals
// would), and one local HTTP server on its own thread plays every Inmanta API and accepts
// every TCP reachability probe. Everything else is the product's code: StatusMonitor, the
// verdicts, MainWindow with its cluster list, diagram and details.
#include "app/StatusMonitor.h"
#include "common/CannedShell.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <sys/resource.h>

using namespace iha;

namespace {

// Answers every request with the Inmanta server's health or serverstatus.
class ApiStandIn : public QTcpServer
{
public:
    ApiStandIn()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    const QByteArray request = socket->readAll();
                    const QByteArray body =
                        request.contains("serverstatus")
                            ? R"({"data": {"slices": [{"name": "core.database", "status": )"
                              R"({"host": "127.0.0.1", "connected": true}}]}})"
                            : "{}";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

Cluster simulatedCluster(int index, quint16 port)
{
    Cluster cluster;
    cluster.name = QStringLiteral("sim%1").arg(index, 2, 10, QLatin1Char('0'));
    const QList<QPair<const char *, NodeRole>> nodes = {{"db1", NodeRole::Primary},
                                                        {"db2", NodeRole::Standby},
                                                        {"db3", NodeRole::Spare},
                                                        {"orch1", NodeRole::Orchestrator}};
    for (const auto &[name, role] : nodes) {
        Node node;
        node.name = QLatin1String(name);
        node.role = role;
        node.address = QStringLiteral("127.0.0.1");
        node.ssh.port = port;
        if (role == NodeRole::Orchestrator) {
            node.inmanta = InmantaSettings{};
            node.inmanta->apiUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
        } else {
            node.postgres = PostgresSettings{};
            node.postgres->port = port;
        }
        cluster.nodes << node;
    }
    return cluster;
}

QByteArray probeOutput(const QString &node)
{
    if (node == QLatin1String("db1"))
        return "running=1\nstandby_signal=0\ncontrol_state=in production\ntimeline=1\n"
               "sql=recovery|f\nsql=replica|inmanta|127.0.0.1|streaming|sync|0\n"
               "sql=slot|replication|t|0\n";
    if (node == QLatin1String("db2"))
        return "running=1\nstandby_signal=1\ncontrol_state=in archive recovery\ntimeline=1\n";
    return "running=1\nstandby_signal=0\ncontrol_state=in production\ntimeline=1\n"
           "sql=recovery|f\n";
}

double threadCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

struct Phase
{
    double cpuPercent = 0;
    double longestStallMs = 0;
    double p99StallMs = 0;
    int updates = 0;
};

// Runs the event loop for `seconds` with a 1 ms heartbeat: a late beat is a stall.
Phase measure(int seconds, const std::function<int()> &updates)
{
    QList<double> gaps;
    QElapsedTimer clock;
    QTimer beat;
    beat.setTimerType(Qt::PreciseTimer);
    beat.setInterval(1);
    qint64 last = 0;
    QObject::connect(&beat, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps << (now - last) / 1e6 - 1.0;
        last = now;
    });
    const double cpuBefore = threadCpuMs();
    const int updatesBefore = updates();
    clock.start();
    beat.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    Phase phase;
    phase.cpuPercent = (threadCpuMs() - cpuBefore) / (clock.nsecsElapsed() / 1e6) * 100;
    phase.updates = updates() - updatesBefore;
    std::sort(gaps.begin(), gaps.end());
    phase.longestStallMs = std::max(0.0, gaps.isEmpty() ? 0 : gaps.last());
    phase.p99StallMs = std::max(0.0, gaps.isEmpty() ? 0 : gaps.at(int(gaps.size() * 0.99)));
    return phase;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? QByteArray(argv[1]).toInt() : 30;

    QThread serverThread;
    auto *server = new ApiStandIn;
    server->moveToThread(&serverThread);
    serverThread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        server,
        [server] {
            server->listen(QHostAddress::LocalHost);
            return server->serverPort();
        },
        Qt::BlockingQueuedConnection, &port);

    MainWindow window;
    window.resize(1100, 680);
    window.show();
    QList<Cluster> clusters;
    for (int i = 0; i < 50; ++i) {
        clusters << simulatedCluster(i, port);
        window.showCluster(clusters.last(), QStringLiteral("/bench/sim%1.json").arg(i), {});
    }
    QCoreApplication::processEvents();

    const Phase idle = measure(seconds, [] { return 0; });

    int updates = 0;
    std::vector<std::unique_ptr<StatusMonitor>> monitors;
    for (int i = 0; i < clusters.size(); ++i) {
        StatusMonitor::Options options;
        options.intervalMs = 5000;
        for (const Node &node : std::as_const(clusters.at(i).nodes))
            options.targets.insert(node.name,
                                   SshTarget{node.name, node.address, port, {}, {}, {}, {}, {}});
        options.shellFactory = [](const SshTarget &target, QObject *parent) -> RemoteShell * {
            return new CannedShell(
                probeOutput(target.nodeName),
                [] { return QRandomGenerator::global()->bounded(10, 40); }, parent);
        };
        auto monitor = std::make_unique<StatusMonitor>(clusters.at(i), options);
        StatusMonitor *raw = monitor.get();
        const QString path = QStringLiteral("/bench/sim%1.json").arg(i);
        QObject::connect(raw, &StatusMonitor::updated, &window,
                         [&window, &updates, raw, path](const ClusterVerdict &verdict) {
                             window.showStatus(path, raw->status(), verdict);
                             ++updates;
                         });
        // Spread over the interval, as clusters opened one after another are.
        QTimer::singleShot(i * 100, raw, &StatusMonitor::start);
        monitors.push_back(std::move(monitor));
    }
    const Phase watched = measure(seconds, [&updates] { return updates; });
    const ClusterVerdict sample = monitors.front()->verdict();

    std::printf("main window watching 200 nodes (50 clusters) every 5 s, %d s per phase\n",
                seconds);
    std::printf("  %-28s %9s %14s %14s %9s\n", "", "GUI CPU", "longest stall", "99th pct",
                "verdicts");
    std::printf("  %-28s %8.2f%% %11.2f ms %11.2f ms %9d\n", "baseline: not watched",
                idle.cpuPercent, idle.longestStallMs, idle.p99StallMs, idle.updates);
    std::printf("  %-28s %8.2f%% %11.2f ms %11.2f ms %9d\n", "watched (simulated endpoints)",
                watched.cpuPercent, watched.longestStallMs, watched.p99StallMs, watched.updates);
    std::printf("  longest stall %.2f ms (goal < 16 ms); CPU %.2f percentage points over the "
                "baseline; sample verdict: %s\n",
                watched.longestStallMs, watched.cpuPercent - idle.cpuPercent,
                qPrintable(sample.summary));
    monitors.clear();
    QMetaObject::invokeMethod(server, &QObject::deleteLater);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
