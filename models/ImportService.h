#pragma once

#include "models/ClusterImport.h"

#include <QObject>

namespace iha {

// What the import wizard asks to read: the hosts, and how to log in to them.
struct ImportOrder
{
    QString clusterName;
    QStringList databaseHosts;     // addresses
    QStringList orchestratorHosts; // addresses
    SshSettings ssh;
    // For a login user whose sudo asks; in memory, and in the keychain only if the operator
    // keeps it there.
    QString sudoPassword;
};

// The port through which the import wizard reads running hosts. The application's adapter
// reads them over SSH on worker threads (host keys through the host key dialog); widgets see
// none of that. Signals come on the GUI thread.
class ImportService : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Reads every host of the order at once; a new call starts over.
    virtual void start(const ImportOrder &order) = 0;
    virtual void cancel() = 0;

signals:
    void hostRead(const QString &address, bool ok, const QString &message);
    void finished(const iha::ClusterImport::Result &result, const QStringList &failedHosts);
};

} // namespace iha
