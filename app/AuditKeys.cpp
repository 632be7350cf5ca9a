#include "app/AuditKeys.h"

#include <QRandomGenerator>

namespace iha::AuditKeys {

void loadKey(SecretStore &store, AuditLog &log,
             std::function<void(const std::optional<SecretResult> &)> done)
{
    store.read(log.keyName(), [&store, &log, done](const SecretResult &result) {
        if (result.ok()) {
            log.setKey(QByteArray::fromBase64(result.value.toLatin1()));
            return done(std::nullopt);
        }
        if (result.status != SecretResult::Status::NotFound)
            return done(result);
        if (log.count() > 0) {
            SecretResult missing;
            missing.status = SecretResult::Status::NotFound;
            missing.message =
                QStringLiteral("the key of the audit log %1 (%2) is not in this keychain: its %3 "
                               "entries can be read but neither verified nor extended")
                    .arg(log.path(), log.keyName())
                    .arg(log.count());
            return done(missing);
        }
        QByteArray key(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()),
                                              key.size() / 4);
        store.write(log.keyName(), QString::fromLatin1(key.toBase64()),
                    [&log, key, done](const SecretResult &written) {
                        if (!written.ok())
                            return done(written);
                        log.setKey(key);
                        done(std::nullopt);
                    });
    });
}

void readHead(
    SecretStore &store, const AuditLog &log,
    std::function<void(const std::optional<AuditHead> &, const std::optional<SecretResult> &)> done)
{
    store.read(log.headName(), [done](const SecretResult &result) {
        if (result.ok())
            return done(AuditHead::fromString(result.value), std::nullopt);
        if (result.status == SecretResult::Status::NotFound)
            return done(std::nullopt, std::nullopt);
        done(std::nullopt, result);
    });
}

void storeHead(SecretStore &store, const AuditLog &log, SecretStore::Callback done)
{
    store.write(log.headName(), log.head().toString(), std::move(done));
}

} // namespace iha::AuditKeys
