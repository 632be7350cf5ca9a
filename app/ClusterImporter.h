#pragma once

#include "app/SshHost.h"
#include "models/ImportService.h"

#include <vector>

namespace iha {

// Reads running hosts over SSH for the import wizard: one command per host, every host at
// once, each on its own worker thread (SshHost). A host whose key is not known yet is asked
// about through hostKeyUnknown(); reading again after the key was accepted gets in.
class ClusterImporter : public ImportService
{
    Q_OBJECT

public:
    explicit ClusterImporter(SshPolicy policy, QObject *parent = nullptr);
    ~ClusterImporter() override;

    void start(const ImportOrder &order) override;
    void cancel() override;
    QString clusterName() const { return m_order.clusterName; }

signals:
    void hostKeyUnknown(const iha::ConnectReport &report);

private:
    struct Reading
    {
        SshHost *host = nullptr;
        quint64 request = 0;
        ClusterImport::HostFacts facts;
    };
    void onFinished(std::size_t index, const CommandResult &result);

    SshPolicy m_policy;
    ImportOrder m_order;
    std::vector<Reading> m_readings; // a reading whose host is null has ended
    quint64 m_generation = 0;        // a new start() or cancel() ignores older answers
};

} // namespace iha
