#pragma once

#include "models/AuditEntry.h"
#include "models/SecretStore.h"

namespace iha {

// The keychain as the windows and the CLI change it: a cluster's secret set or deleted is
// recorded in the audit log (which secret, of which cluster and node, who, when; never the
// value). Reads pass through. The audit log's own key and head live in the same keychain and
// are not recorded: they change with every entry.
class AuditedSecretStore : public SecretStore
{
public:
    // Appends `entry` to the audit log; `done` gets an empty string or why it was not recorded.
    using Recorder =
        std::function<void(const AuditEntry &entry, std::function<void(const QString &)> done)>;

    AuditedSecretStore(SecretStore &keychain, QString operatorName, Recorder record);

    void read(const QString &key, Callback done) override;
    // A change the audit log could not record is still done (the keychain has it): the result
    // is Ok, and its message says that it was not recorded, and why.
    void write(const QString &key, const QString &value, Callback done) override;
    void remove(const QString &key, Callback done) override;

    // The entry for a change of `key` ("cluster/name"): outcome "secret set" or "secret deleted".
    static AuditEntry changeEntry(const QString &key, bool set, const QString &operatorName);
    // Whether a change of `key` is recorded (a cluster's secret, not the audit log's own).
    static bool isRecorded(const QString &key);

private:
    static void recordChange(const Recorder &record, const AuditEntry &entry,
                             const SecretResult &result, const Callback &done);

    SecretStore &m_keychain;
    QString m_operator;
    Recorder m_record;
};

} // namespace iha
