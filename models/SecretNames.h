#pragma once

#include "models/Cluster.h"

#include <QStringList>

namespace iha {

// The secrets a cluster may have, each kept in the keychain under "<cluster>/<name>":
// replication-password, database-password, api-token, and per node sudo-password:<node>,
// ssh-password:<node>, key-passphrase:<node>.
namespace SecretNames {

inline const QString kReplicationPassword = QStringLiteral("replication-password");
inline const QString kDatabasePassword = QStringLiteral("database-password");
inline const QString kApiToken = QStringLiteral("api-token");

QString sudoPassword(const QString &node);
QString sshPassword(const QString &node);
QString keyPassphrase(const QString &node);

// Every name that applies to the cluster, cluster-wide ones first.
QStringList allFor(const Cluster &cluster);
// Empty when `name` is a secret of this cluster, else why not (naming the valid forms).
QString check(const Cluster &cluster, const QString &name);
// What the secret is for, in words.
QString purpose(const QString &name);
// The keychain key.
QString key(const Cluster &cluster, const QString &name);

} // namespace SecretNames
} // namespace iha
