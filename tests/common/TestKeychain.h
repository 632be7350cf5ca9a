#pragma once

#include "app/KeychainSecretStore.h"
#include "models/ClusterFile.h"
#include "models/SecretBinding.h"

#include <QTest>
#include <optional>

// Stores the secret `name` of the cluster in `clusterFile` as `secret set` does: bound to the
// endpoints of that file (SecretBinding), so that the product hands it out for that file.
inline bool storeSecret(const QString &clusterFile, const QString &name, const QString &value,
                        int waitMs = 5000)
{
    const iha::ClusterReadResult file = iha::ClusterFile::load(clusterFile);
    if (!file.cluster)
        return false;
    iha::KeychainSecretStore store;
    std::optional<bool> stored;
    iha::SecretBinding::write(
        store, *file.cluster, {{name, value}},
        [&stored](const QStringList &, const std::optional<iha::SecretResult> &problem) {
            stored = !problem;
        });
    return QTest::qWaitFor([&stored] { return stored.has_value(); }, waitMs) && *stored;
}
