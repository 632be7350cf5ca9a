#pragma once

#include "models/SecretStore.h"

#include <QObject>
#include <memory>

namespace iha {

// The OS keychain through QtKeychain (Secret Service on Linux: gnome-keyring, KWallet).
// Jobs run on the calling thread's event loop (the GUI thread in the application); values
// are then handed to workers. Plain-text fallback is switched off.
class KeychainSecretStore : public SecretStore
{
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    KeychainSecretStore() = default;
    ~KeychainSecretStore() override = default;
    static inline const QString kService = QStringLiteral("inmanta-ha-admin");
    // The practice cluster's secrets ("practice/..." keys; no real cluster has that name) live
    // under a service of their own: they can never be taken for a real cluster's, and
    // `practice down` removes them without touching any other.
    static inline const QString kPracticeService = QStringLiteral("inmanta-ha-admin-practice");
    static QString serviceFor(const QString &key);

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &value, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    // Receives the jobs' answers. A job outlives a store destroyed before it ends (a command
    // line given up by its caller), and its callback captures what the store's owner destroys
    // with it: with the store gone, the answer is dropped. Calls come from the thread that made
    // the store (the answers arrive there).
    std::unique_ptr<QObject> m_receiver = std::make_unique<QObject>();
};

} // namespace iha
