#pragma once

#include "models/AuditEntry.h"
#include "models/SecretStore.h"

#include <memory>

namespace iha {

// The keychain as the windows and the CLI change it: a cluster's secret set or deleted is
// recorded in the audit log first (which secret, of which cluster and node, who, when; never
// the value), and a change the log cannot record is not made. Reads pass through. The audit
// log's own key and head live in the same keychain and are not recorded: they change with
// every entry.
class AuditedSecretStore : public SecretStore
{
public:
    // Appends `entry` to the audit log; `done` gets an empty string or why it was not recorded.
    using Recorder =
        std::function<void(const AuditEntry &entry, std::function<void(const QString &)> done)>;

    AuditedSecretStore(SecretStore &keychain, QString operatorName, Recorder record);
    // A change still waiting for the log or the keychain is not made once this store is gone.
    ~AuditedSecretStore() override;
    AuditedSecretStore(const AuditedSecretStore &) = delete;
    AuditedSecretStore &operator=(const AuditedSecretStore &) = delete;

    void read(const QString &key, Callback done) override;
    // Refused (Denied, saying why) when the log cannot record the change; a keychain that then
    // fails is recorded too.
    void write(const QString &key, const QString &value, Callback done) override;
    // Deleting what is not there records nothing (NotFound).
    void remove(const QString &key, Callback done) override;

    // The entry for a change of `key` ("cluster/name"): outcome "secret set" or "secret deleted";
    // for a secret's binding (SecretBinding) "secret bound", with the endpoints (`value`) as
    // output, or "secret unbound".
    static AuditEntry changeEntry(const QString &key, bool set, const QString &operatorName,
                                  const QString &value = {});
    // Whether a change of `key` is recorded: a cluster's secret, not the audit log's key or head.
    static bool isRecorded(const QString &key);

private:
    // Records the change, makes it with `change` if recorded, and records a failure after.
    void recordThenChange(const QString &key, bool set, const QString &boundTo,
                          std::function<void(SecretStore &, Callback)> change, Callback done);

    SecretStore &m_keychain;
    QString m_operator;
    Recorder m_record;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace iha
