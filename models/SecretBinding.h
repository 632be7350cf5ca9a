#pragma once

#include "models/Cluster.h"
#include "models/SecretStore.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace iha {

// A secret is kept by its cluster's name, but it is meant for the hosts it was set for: a
// copied or hostile file named like the cluster, with other addresses, must not receive it.
// Next to each secret the keychain remembers the endpoints it may go to (its binding); a secret
// is handed out only when every endpoint the file would send it to is among them. Setting a
// secret binds it to the file it was set for; otherwise the operator confirms, having read
// where it would go. A secret set before bindings existed counts as bound to nothing.
namespace SecretBinding {

// The endpoints a secret of `cluster` goes to, readable as they are and sorted:
// "ssh USER@ADDRESS:PORT [key SHA256:...]", the API's origin ("http://HOST:PORT") and, where a
// CA is named for a direct SQL login, "postgresql ADDRESS:PORT ca FILE".
// A node's SSH, sudo and key secrets go to that node's SSH server. The cluster-wide ones
// (replication and database passwords, API token) may reach any endpoint of the file, whatever
// the nodes' roles: procedures carry them over SSH to the nodes that need them, and change roles.
QStringList endpoints(const Cluster &cluster, const QString &name);

// The keychain key of the binding of the secret kept at `secretKey` ("cluster/name").
QString keyOf(const QString &secretKey);
bool isBindingKey(const QString &key);
// The secret key a binding key belongs to.
QString secretKeyOf(const QString &bindingKey);

// A secret held back: where it was set to go, and where this file would also send it.
struct Withheld
{
    QString name;
    QStringList boundTo; // empty: set before bindings existed
    QStringList newEndpoints;
};

// Of `wanted`, the endpoints that `boundTo` does not allow.
QStringList notAllowed(const QStringList &boundTo, const QStringList &wanted);
// In plain words, one line: what the secret is, where it was set for, where it would go.
QString describe(const Withheld &withheld);
// What to do about it from the command line.
QString confirmHint(const QString &clusterFile, const Withheld &withheld);

using ReadDone =
    std::function<void(const QHash<QString, QString> &found, const QList<Withheld> &withheld,
                       const std::optional<SecretResult> &problem)>;
// Reads the secrets `names` of `cluster` with their bindings. `found` is keyed by keychain key
// (SecretNames::key) and holds only secrets allowed where this file sends them; the others are
// in `withheld`. Missing secrets are in neither. The first keychain problem stops the batch.
void read(SecretStore &store, const Cluster &cluster, const QStringList &names, ReadDone done);
// The same for keychain keys of `cluster` (as StatusMonitor::secretKeys lists them).
void readKeys(SecretStore &store, const Cluster &cluster, const QStringList &keys, ReadDone done);

using WriteDone =
    std::function<void(const QStringList &written, const std::optional<SecretResult> &problem)>;
// Stores each secret (name -> value) of `cluster` and then binds it to the file's endpoints.
// `written` names the secrets stored and bound; the first keychain problem stops the batch.
void write(SecretStore &store, const Cluster &cluster, const QHash<QString, QString> &values,
           WriteDone done);
// Binds the secrets `names` to the endpoints of `cluster`, as the operator confirmed.
void confirm(SecretStore &store, const Cluster &cluster, const QStringList &names, WriteDone done);

// Deletes the secret `name` of `cluster`, then its binding; `done` gets the secret's outcome.
void remove(SecretStore &store, const Cluster &cluster, const QString &name,
            SecretStore::Callback done);

} // namespace SecretBinding
} // namespace iha
