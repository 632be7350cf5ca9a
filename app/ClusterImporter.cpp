#include "app/ClusterImporter.h"

#include "app/SshTargets.h"
#include "models/RemoteOps.h"

#include <QTimer>

namespace iha {

ClusterImporter::ClusterImporter(SshPolicy policy, QObject *parent)
    : ImportService(parent)
    , m_policy(std::move(policy))
{}

ClusterImporter::~ClusterImporter()
{
    cancel();
}

void ClusterImporter::start(const ImportOrder &order)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_order = order;
    const auto add = [this](const QString &address, bool database) {
        Reading reading;
        reading.facts.address = address;
        reading.facts.database = database;
        Node node;
        node.name = address; // its name comes from the host itself
        node.address = address;
        node.ssh = m_order.ssh;
        SshTarget target = sshTargetFor(node);
        target.sudoPassword = m_order.sudoPassword;
        reading.host = new SshHost(target, m_policy);
        m_readings.push_back(reading);
    };
    for (const QString &address : order.databaseHosts)
        add(address, true);
    for (const QString &address : order.orchestratorHosts)
        add(address, false);
    m_order.sudoPassword.clear(); // held by the hosts' targets only, for this reading
    if (m_readings.empty()) {
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                emit finished(ClusterImport::assemble(m_order.clusterName, {}, m_order.ssh), {});
        });
        return;
    }
    for (std::size_t i = 0; i < m_readings.size(); ++i) {
        Reading &reading = m_readings[i];
        SshHost *host = reading.host;
        connect(host, &SshHost::connectionAttempted, this, [this](const ConnectReport &report) {
            if (report.failure == ConnectReport::Failure::HostKeyUnknown)
                emit hostKeyUnknown(report);
        });
        connect(host, &RemoteShell::finished, this,
                [this, i, host, generation](quint64 request, const CommandResult &result) {
                    if (generation == m_generation && i < m_readings.size() &&
                        m_readings[i].host == host && m_readings[i].request == request)
                        onFinished(i, result);
                });
        reading.request =
            host->execute(reading.facts.database ? ClusterImport::databaseFactsCommand()
                                                 : ClusterImport::orchestratorFactsCommand());
    }
}

void ClusterImporter::cancel()
{
    ++m_generation;
    for (Reading &reading : m_readings) {
        if (!reading.host)
            continue;
        // Deleting it now would wait on the network (its thread is joined): its command is
        // cancelled and it goes once its thread ended (at the latest at exit).
        disconnect(reading.host, nullptr, this, nullptr);
        reading.host->deleteWhenEnded();
    }
    m_readings.clear();
}

void ClusterImporter::onFinished(std::size_t index, const CommandResult &result)
{
    ClusterImport::HostFacts &facts = m_readings[index].facts;
    SshHost *host = std::exchange(m_readings[index].host, nullptr);
    host->deleteWhenEnded(); // idle now: closing its connection is not waited for either
    bool ok = result.succeeded();
    if (!ok) {
        facts.error = RemoteOps::describeFailure(facts.address, tr("reading the host"), result);
    } else if (facts.database) {
        ClusterImport::parseDatabaseFacts(result.out, &facts);
    } else {
        ClusterImport::parseOrchestratorFacts(result.out, &facts);
    }
    const QString address = facts.address;
    const QString message =
        ok ? (facts.hostname.isEmpty() ? address : facts.hostname) : facts.error;
    const quint64 generation = m_generation;
    emit hostRead(address, ok, message);
    if (generation != m_generation)
        return; // started again or cancelled by a receiver
    QList<ClusterImport::HostFacts> hosts;
    QStringList failed;
    for (const Reading &r : m_readings) {
        if (r.host)
            return; // still reading
        hosts << r.facts;
        if (!r.facts.error.isEmpty())
            failed << r.facts.address;
    }
    m_readings.clear();
    emit finished(ClusterImport::assemble(m_order.clusterName, hosts, m_order.ssh), failed);
}

} // namespace iha
