#include "models/AuditedSecretStore.h"

#include "models/SecretBinding.h"

#include <QCoreApplication>

namespace iha {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditedSecretStore)
};

} // namespace

AuditedSecretStore::AuditedSecretStore(SecretStore &keychain, QString operatorName, Recorder record)
    : m_keychain(keychain)
    , m_operator(std::move(operatorName))
    , m_record(std::move(record))
{}

AuditedSecretStore::~AuditedSecretStore()
{
    *m_alive = false;
}

bool AuditedSecretStore::isRecorded(const QString &key)
{
    // The audit log's own: "audit/<database id>/hmac-key" and ".../head" (a cluster's secret
    // has one slash: a cluster may well be called "audit").
    const bool auditLogs =
        key.startsWith(QLatin1String("audit/")) && key.count(QLatin1Char('/')) == 2;
    return key.contains(QLatin1Char('/')) && !auditLogs;
}

AuditEntry AuditedSecretStore::changeEntry(const QString &key, bool set,
                                           const QString &operatorName, const QString &value)
{
    const bool binding = SecretBinding::isBindingKey(key);
    const QString secretKey = binding ? SecretBinding::secretKeyOf(key) : key;
    const qsizetype slash = secretKey.indexOf(QLatin1Char('/'));
    const QString name = secretKey.mid(slash + 1);
    AuditEntry entry;
    entry.operatorName = operatorName;
    entry.cluster = secretKey.left(slash);
    // A node's own secret (its sudo or SSH password) names the node as the host.
    const qsizetype colon = name.indexOf(QLatin1Char(':'));
    entry.host = colon > 0 ? name.mid(colon + 1) : QString();
    if (binding) {
        // Where a secret may go is no secret: the record says it in full.
        entry.outcome = set ? QStringLiteral("secret bound") : QStringLiteral("secret unbound");
        entry.step = set ? QStringLiteral("%1 of cluster %2 may go to the endpoints below")
                               .arg(name, entry.cluster)
                         : QStringLiteral("%1 of cluster %2 is bound to no endpoint any more")
                               .arg(name, entry.cluster);
        entry.output = value;
        return entry;
    }
    entry.outcome = set ? QStringLiteral("secret set") : QStringLiteral("secret deleted");
    entry.step = QStringLiteral("%1 of cluster %2 %3 the keychain")
                     .arg(name, entry.cluster,
                          set ? QStringLiteral("set in") : QStringLiteral("deleted from"));
    return entry;
}

void AuditedSecretStore::read(const QString &key, Callback done)
{
    m_keychain.read(key, std::move(done));
}

void AuditedSecretStore::write(const QString &key, const QString &value, Callback done)
{
    if (!isRecorded(key))
        return m_keychain.write(key, value, std::move(done));
    recordThenChange(
        key, true, SecretBinding::isBindingKey(key) ? value : QString(),
        [key, value](SecretStore &keychain, Callback changed) {
            keychain.write(key, value, std::move(changed));
        },
        std::move(done));
}

void AuditedSecretStore::remove(const QString &key, Callback done)
{
    if (!isRecorded(key))
        return m_keychain.remove(key, std::move(done));
    // Some keychains (the Secret Service) delete what is not there without a word: looked up
    // first, so that the log never records a deletion that deleted nothing.
    m_keychain.read(key, [this, alive = m_alive, key, done](const SecretResult &found) {
        if (!*alive)
            return done(
                {SecretResult::Status::Failed, {}, Tr::tr("not done: the application ends")});
        if (!found.ok())
            return done(found); // not found (nothing to delete), or the keychain's trouble
        recordThenChange(
            key, false, {},
            [key](SecretStore &keychain, Callback changed) {
                keychain.remove(key, std::move(changed));
            },
            done);
    });
}

void AuditedSecretStore::recordThenChange(const QString &key, bool set, const QString &boundTo,
                                          std::function<void(SecretStore &, Callback)> change,
                                          Callback done)
{
    const AuditEntry entry = changeEntry(key, set, m_operator, boundTo);
    const auto refuse = [done](const QString &why) {
        done({SecretResult::Status::Denied,
              {},
              Tr::tr("not done, as the audit log could not record it: %1").arg(why)});
    };
    if (!m_record)
        return refuse(Tr::tr("there is no audit log"));
    // The callbacks hold what they need: the log and the keychain may answer after this store
    // is gone (then nothing more is changed).
    m_record(entry, [keychain = &m_keychain, alive = m_alive, record = m_record, entry, change,
                     refuse, done](const QString &error) {
        if (!error.isEmpty())
            return refuse(error);
        if (!*alive)
            return done(
                {SecretResult::Status::Failed, {}, Tr::tr("not done: the application ends")});
        change(*keychain, [record, entry, done](const SecretResult &result) {
            if (!result.ok()) { // recorded as asked: say that it did not happen
                AuditEntry failed = entry;
                failed.outcome = QStringLiteral("failed");
                failed.output = result.message;
                record(failed, [](const QString &) {});
            }
            done(result);
        });
    });
}

} // namespace iha
