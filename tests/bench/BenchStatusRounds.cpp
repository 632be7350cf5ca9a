// Benchmark (not a test): rounds of the status monitor over the lab's 5-node cluster (three
// database hosts read over SSH, every port probed, the API asked), with the product's
// persistent shell against a login shell per command (IHA_SSH_PERSISTENT_SHELL=0's way), in
// the same run, with root's login shell costing 0 ms and then 50 ms per start (lab/lab
// login-cost). Prints the median time per round after the first (which connects), and the
// ratio. Needs the test lab: lab/lab up (as root).
#include "app/SshTargets.h"
#include "app/StatusMonitor.h"
#include "common/LabEnvironment.h"
#include "models/ClusterReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace iha;

namespace {

constexpr int kRounds = 15;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// The median time of a round (milliseconds), the first one left out.
double roundsOf(const Cluster &cluster, const SshPolicy &policy)
{
    StatusMonitor::Options options = StatusMonitor::optionsFor(cluster, {}, policy);
    options.intervalMs = 3600 * 1000; // rounds only when asked for
    StatusMonitor monitor(cluster, options);
    QList<double> times;
    QElapsedTimer clock;
    QObject::connect(&monitor, &StatusMonitor::updated, &monitor, [&] {
        times << clock.nsecsElapsed() / 1e6;
        if (times.size() == kRounds + 1) {
            QCoreApplication::quit();
            return;
        }
        clock.restart();
        monitor.pollNow();
    });
    clock.start();
    monitor.start();
    QCoreApplication::exec();
    monitor.stop();
    while (monitor.busy())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    times.removeFirst();
    return median(times);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const LabEnvironment lab = LabEnvironment::load();
    if (!lab.available()) {
        std::fprintf(stderr, "the test lab is not up: run lab/lab up (as root)\n");
        return 2;
    }
    QFile file(lab.value(QStringLiteral("LAB_CLUSTER_FILE")));
    file.open(QIODevice::ReadOnly);
    const ClusterReadResult read = readCluster(file.readAll());
    if (!read.ok()) {
        std::fprintf(stderr, "cannot read the lab's cluster file\n");
        return 2;
    }
    SshPolicy policy;
    policy.knownHostsFile = lab.value(QStringLiteral("LAB_KNOWN_HOSTS"));
    std::printf("status of the lab's %d-node cluster, median of %d rounds after the first:\n",
                int(read.cluster->nodes.size()), kRounds);
    for (const int cost : {0, 50}) {
        QProcess::execute(QStringLiteral(IHA_LAB_SCRIPT),
                          {QStringLiteral("login-cost"), QString::number(cost)});
        policy.persistentShell = true;
        const double persistent = roundsOf(*read.cluster, policy);
        policy.persistentShell = false;
        const double perCommand = roundsOf(*read.cluster, policy);
        std::printf("  login shell %2d ms: persistent shell %.1f ms per round, a login shell per "
                    "command %.1f ms, ratio %.2f\n",
                    cost, persistent, perCommand, persistent / perCommand);
    }
    QProcess::execute(QStringLiteral(IHA_LAB_SCRIPT),
                      {QStringLiteral("login-cost"), QStringLiteral("0")});
    return 0;
}
