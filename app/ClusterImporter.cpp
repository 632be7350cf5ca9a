#include "app/ClusterImporter.h"

#include "app/SshHost.h"
#include "app/SshTargets.h"
#include "models/RemoteOps.h"

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
        reading.host = new SshHost(target, m_policy, this);
        m_readings.push_back(reading);
    };
    for (const QString &address : order.databaseHosts)
        add(address, true);
    for (const QString &address : order.orchestratorHosts)
        add(address, false);
    for (std::size_t i = 0; i < m_readings.size(); ++i) {
        Reading &reading = m_readings[i];
        SshHost *host = reading.host;
        connect(host, &SshHost::connectionAttempted, this, [this](const ConnectReport &report) {
            if (report.failure == ConnectReport::Failure::HostKeyUnknown)
                emit hostKeyUnknown(report);
        });
        connect(host, &RemoteShell::finished, this,
                [this, i, host](quint64 request, const CommandResult &result) {
                    if (i < m_readings.size() && m_readings[i].host == host &&
                        m_readings[i].request == request)
                        onFinished(i, result);
                });
        reading.request =
            host->execute(reading.facts.database ? ClusterImport::databaseFactsCommand()
                                                 : ClusterImport::orchestratorFactsCommand());
    }
}

void ClusterImporter::cancel()
{
    for (Reading &reading : m_readings) {
        if (reading.done)
            continue;
        reading.host->cancel(reading.request);
        release(reading.host);
    }
    m_readings.clear();
}

void ClusterImporter::release(SshHost *host)
{
    disconnect(host, nullptr, this, nullptr);
    connect(host, &RemoteShell::finished, host, &QObject::deleteLater);
}

void ClusterImporter::onFinished(std::size_t index, const CommandResult &result)
{
    Reading &reading = m_readings[index];
    reading.done = true;
    ClusterImport::HostFacts &facts = reading.facts;
    if (!result.succeeded()) {
        facts.error = RemoteOps::describeFailure(facts.address, tr("reading the host"), result);
        emit hostRead(facts.address, false, facts.error);
    } else {
        if (facts.database)
            ClusterImport::parseDatabaseFacts(result.out, &facts);
        else
            ClusterImport::parseOrchestratorFacts(result.out, &facts);
        emit hostRead(facts.address, true,
                      facts.hostname.isEmpty() ? facts.address : facts.hostname);
    }
    reading.host->deleteLater();
    reading.host = nullptr;
    for (const Reading &r : m_readings) {
        if (!r.done)
            return;
    }
    QList<ClusterImport::HostFacts> hosts;
    QStringList failed;
    for (const Reading &r : m_readings) {
        hosts << r.facts;
        if (!r.facts.error.isEmpty())
            failed << r.facts.address;
    }
    m_readings.clear();
    emit finished(ClusterImport::assemble(m_order.clusterName, hosts, m_order.ssh), failed);
}

} // namespace iha
