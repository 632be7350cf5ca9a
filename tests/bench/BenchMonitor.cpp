// Benchmark (not a test): the main window watching 200 nodes (50 clusters of a primary, a
// standby, a spare and an orchestrator) at the product's 5 s interval, each cluster's monitor
// on a thread of its own as the application runs it (BackgroundMonitor), against a baseline
// measured in the same run: the same window with the same clusters, not watched.
// Prints the GUI thread's CPU use and its longest event-loop stall (goal: < 16 ms). Then the
// exporter's HTTP server answering scrapes of one cluster of 200 nodes (goal: < 50 ms), against
// the same server answering a path without metrics.
//
// The endpoints are simulated, as the issue allows: each database node's remote shell answers
// the status probe with a healthy node's output after 10-40 ms (as SshHost's queued signals
// would), and one local HTTP server on its own thread plays every Inmanta API and accepts
// every TCP reachability probe. Everything else is the product's code: StatusMonitor, the
// verdicts, MainWindow with its cluster list, diagram and details.
#include "app/BackgroundMonitor.h"
#include "app/MetricsServer.h"
#include "app/StatusMonitor.h"
#include "common/CannedShell.h"
#include "models/MonitoringOutput.h"
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

StatusMonitor::Options simulatedOptions(const Cluster &cluster, quint16 port)
{
    StatusMonitor::Options options;
    options.intervalMs = 5000;
    for (const Node &node : cluster.nodes) {
        SshTarget target;
        target.nodeName = node.name;
        target.address = node.address;
        target.port = port;
        options.targets.insert(node.name, target);
    }
    options.shellFactory = [](const SshTarget &target, QObject *parent) -> RemoteShell * {
        return new CannedShell(
            probeOutput(target.nodeName),
            [] { return QRandomGenerator::global()->bounded(10, 40); }, parent);
    };
    return options;
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
    std::vector<std::unique_ptr<BackgroundMonitor>> monitors;
    ClusterVerdict sample;
    for (int i = 0; i < clusters.size(); ++i) {
        auto monitor = std::make_unique<BackgroundMonitor>(clusters.at(i),
                                                           simulatedOptions(clusters.at(i), port));
        BackgroundMonitor *raw = monitor.get();
        const QString path = QStringLiteral("/bench/sim%1.json").arg(i);
        QObject::connect(raw, &BackgroundMonitor::updated, &window,
                         [&window, &updates, &sample, raw, path](const ClusterVerdict &verdict) {
                             window.showStatus(path, raw->status(), verdict);
                             sample = verdict;
                             ++updates;
                         });
        // Spread over the interval, as clusters opened one after another are.
        QTimer::singleShot(i * 100, raw, &BackgroundMonitor::start);
        monitors.push_back(std::move(monitor));
    }
    const Phase watched = measure(seconds, [&updates] { return updates; });

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

    // The exporter: one cluster of 200 nodes (a primary, a standby, 197 spares and the
    // orchestrator), its monitor's round served; a scrape is timed from another thread, as
    // Prometheus makes it, against a path the same server answers without metrics.
    Cluster big = simulatedCluster(0, port);
    big.name = QStringLiteral("big");
    for (int n = 4; n < 200; ++n) {
        Node spare = big.nodes.at(2);
        spare.name = QStringLiteral("db%1").arg(n);
        big.nodes.insert(big.nodes.size() - 1, spare);
    }
    StatusMonitor bigMonitor(big, simulatedOptions(big, port));
    std::optional<ClusterVerdict> round;
    QObject::connect(&bigMonitor, &StatusMonitor::updated,
                     [&round](const ClusterVerdict &verdict) { round = verdict; });
    bigMonitor.pollNow();
    QElapsedTimer wait;
    wait.start();
    while (!round && wait.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const QDateTime roundTime = QDateTime::currentDateTimeUtc();
    MetricsServer exporter([&] {
        return round ? Monitoring::prometheus(big, bigMonitor.status(), *round, {}, roundTime,
                                              roundTime.msecsTo(QDateTime::currentDateTimeUtc()) /
                                                  1000.0)
                           .toUtf8()
                     : QByteArray();
    });
    QString listenError;
    exporter.listen(QHostAddress::LocalHost, 0, &listenError);
    const auto scrapes = [&exporter](const QByteArray &path) {
        QList<double> ms;
        qsizetype bytes = 0;
        QThread *client = QThread::create([&] {
            for (int i = 0; i < 200; ++i) {
                QElapsedTimer clock;
                clock.start();
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, exporter.port());
                socket.waitForConnected(5000);
                socket.write("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
                QByteArray response;
                while (socket.state() == QAbstractSocket::ConnectedState &&
                       socket.waitForReadyRead(5000))
                    response += socket.readAll();
                response += socket.readAll();
                ms << clock.nsecsElapsed() / 1e6;
                bytes = response.size();
            }
        });
        client->start();
        while (!client->isFinished())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        client->wait();
        delete client;
        std::sort(ms.begin(), ms.end());
        return std::tuple{ms.at(ms.size() / 2), ms.last(), bytes};
    };
    const auto [emptyMedian, emptyMax, emptyBytes] = scrapes("/none");
    const auto [median, longest, bytes] = scrapes("/metrics");
    std::printf("exporter: one cluster of %lld nodes (%s), 200 scrapes each\n",
                qlonglong(big.nodes.size()),
                round ? qPrintable(verdictName(round->kind)) : "no round");
    std::printf("  baseline (a path without metrics, %lld bytes): median %.2f ms, longest %.2f "
                "ms\n",
                qlonglong(emptyBytes), emptyMedian, emptyMax);
    std::printf("  /metrics (%lld bytes): median %.2f ms, longest %.2f ms (goal < 50 ms); "
                "ratio of medians %.2f\n",
                qlonglong(bytes), median, longest, emptyMedian > 0 ? median / emptyMedian : 0.0);
    QMetaObject::invokeMethod(server, &QObject::deleteLater);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
