#pragma once

#include "app/KeychainSecretStore.h"

#include <QTest>
#include <optional>

// Stores a secret in the test keyring through the product's own adapter and waits for the
// answer (up to `waitMs`). True when it was stored.
inline bool storeInKeychain(const QString &key, const QString &value, int waitMs = 5000)
{
    iha::KeychainSecretStore store;
    std::optional<bool> stored;
    store.write(key, value, [&stored](const iha::SecretResult &r) { stored = r.ok(); });
    return QTest::qWaitFor([&stored] { return stored.has_value(); }, waitMs) && *stored;
}
