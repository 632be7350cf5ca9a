#include "models/AuditedSecretStore.h"

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

bool AuditedSecretStore::isRecorded(const QString &key)
{
    return key.contains(QLatin1Char('/')) && !key.startsWith(QLatin1String("audit/"));
}

AuditEntry AuditedSecretStore::changeEntry(const QString &key, bool set,
                                           const QString &operatorName)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    const QString name = key.mid(slash + 1);
    AuditEntry entry;
    entry.operatorName = operatorName;
    entry.cluster = key.left(slash);
    // A node's own secret (its sudo or SSH password) names the node as the host.
    const qsizetype colon = name.indexOf(QLatin1Char(':'));
    entry.host = colon > 0 ? name.mid(colon + 1) : QString();
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
    // The callback holds its own copies: it may come after this store is gone.
    m_keychain.write(key, value,
                     [key, done, who = m_operator, record = m_record](const SecretResult &result) {
                         if (!result.ok() || !isRecorded(key))
                             return done(result);
                         recordChange(record, changeEntry(key, true, who), result, done);
                     });
}

void AuditedSecretStore::remove(const QString &key, Callback done)
{
    if (!isRecorded(key))
        return m_keychain.remove(key, std::move(done));
    // Some keychains (the Secret Service) delete what is not there without a word: looked up
    // first, so that the log never records a deletion that deleted nothing.
    SecretStore &keychain = m_keychain;
    m_keychain.read(key, [&keychain, key, done, who = m_operator,
                          record = m_record](const SecretResult &found) {
        if (!found.ok())
            return done(found); // not found (nothing to delete), or the keychain's trouble
        keychain.remove(key, [key, done, who, record](const SecretResult &result) {
            if (!result.ok())
                return done(result);
            recordChange(record, changeEntry(key, false, who), result, done);
        });
    });
}

void AuditedSecretStore::recordChange(const Recorder &record, const AuditEntry &entry,
                                      const SecretResult &result, const Callback &done)
{
    if (!record) {
        SecretResult unrecorded = result;
        unrecorded.message = Tr::tr("the change is not recorded: there is no audit log");
        return done(unrecorded);
    }
    record(entry, [result, done](const QString &error) {
        SecretResult recorded = result;
        if (!error.isEmpty())
            recorded.message = Tr::tr("the change is not recorded in the audit log: %1").arg(error);
        done(recorded);
    });
}

} // namespace iha
