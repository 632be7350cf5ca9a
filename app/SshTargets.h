#pragma once

#include "app/SshTarget.h"
#include "models/Cluster.h"

#include <QHash>
#include <QNetworkProxy>
#include <QStringList>

namespace iha {

// A local path of a cluster file or an OpenSSH configuration, "~/" taken as the user's home.
QString expandHome(const QString &path);
// The SSH login of a node as its cluster file describes it ("~/" expanded).
SshTarget sshTargetFor(const Node &node);
// Every node's login (by node name): the cluster file's, with what ~/.ssh/config adds (see
// describeSshSettings), the cluster's proxy, and the node's SSH password, key passphrase and
// sudo password taken from `secrets` (keychain key -> value, as readSecrets() returns them).
// The client configuration is read once for them all.
QHash<QString, SshTarget> sshTargetsFor(const Cluster &cluster,
                                        const QHash<QString, QString> &secrets);
// What ~/.ssh/config says of each option, per node, as OpenSSH would read it with the cluster
// file's values winning, one "option value (source)" line each
// (`inmanta-ha-cli check --show-ssh-config`). Problems are lines starting "NOT SUPPORTED".
QHash<QString, QStringList> describeSshSettings(const Cluster &cluster);
// The cluster's "proxy" for Qt's sockets; NoProxy when it has none.
QNetworkProxy clusterNetworkProxy(const Cluster &cluster);
// The keychain keys of every node's SSH password, key passphrase and sudo password.
QStringList sshSecretKeys(const Cluster &cluster);
// Host keys: the product's known_hosts (`knownHostsFile`, or the one in the application data
// folder) and, read only, the user's ~/.ssh/known_hosts.
SshPolicy sshPolicyFor(const QString &knownHostsFile = {});

} // namespace iha
