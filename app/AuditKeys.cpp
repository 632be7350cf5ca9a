#include "app/AuditKeys.h"

#include "app/AuditStoreLocation.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRandomGenerator>

namespace iha::AuditKeys {

void loadKey(SecretStore &store, AuditLog &log,
             std::function<void(const std::optional<SecretResult> &)> done)
{
    store.read(log.keyName(), [&store, &log, done](const SecretResult &result) {
        if (result.ok()) {
            log.setKey(QByteArray::fromBase64(result.value.toLatin1()));
            // A key of its own, made while the team's log was empty, is not the team's.
            if (const QString problem = log.keyProblem(); !problem.isEmpty()) {
                SecretResult wrong;
                wrong.status = SecretResult::Status::Failed;
                wrong.message = problem;
                log.setKey({});
                return done(wrong);
            }
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
    // A head that cannot be read (the team's store is down) is not stored: the keychain would
    // then remember an empty log.
    const std::optional<AuditHead> head = log.readableHead();
    if (!head) {
        SecretResult unread;
        unread.status = SecretResult::Status::Failed;
        unread.message = QStringLiteral("the head of %1 cannot be read now").arg(log.path());
        return done(unread);
    }
    store.write(log.headName(), head->toString(), std::move(done));
}

void loadStorePassword(SecretStore &store, const QString &location,
                       std::function<void(const QString &problem)> done)
{
    AuditStoreLocation where;
    if (const QString problem = AuditStoreLocation::parse(location, &where); !problem.isEmpty())
        return done(problem);
    if (!where.shared)
        return done({});
    const QString key = where.passwordKey();
    store.read(key, [key, done](const SecretResult &result) {
        if (result.ok())
            AuditStoreLocation::setPassword(key, result.value);
        // None stored: the server may not ask for one (a client certificate); if it does, its
        // refusal says so, and the CLI names `team password`.
        if (!result.ok() && result.status != SecretResult::Status::NotFound)
            return done(result.message);
        done({});
    });
}

QString locationName(const QString &auditPath)
{
    const QByteArray where =
        (AuditStoreLocation::isUrl(auditPath) ? auditPath : QFileInfo(auditPath).absoluteFilePath())
            .toUtf8();
    return QStringLiteral("audit-at/%1")
        .arg(QString::fromLatin1(
            QCryptographicHash::hash(where, QCryptographicHash::Sha256).toHex().left(32)));
}

void rememberedAt(
    SecretStore &store, const QString &auditPath,
    std::function<void(const std::optional<QString> &, const std::optional<SecretResult> &)> done)
{
    store.read(locationName(auditPath), [done](const SecretResult &result) {
        if (result.ok())
            return done(result.value, std::nullopt);
        if (result.status == SecretResult::Status::NotFound)
            return done(std::nullopt, std::nullopt);
        done(std::nullopt, result);
    });
}

void checkIdentity(SecretStore &store, const AuditLog &log,
                   std::function<void(const QString &problem)> done)
{
    rememberedAt(
        store, log.path(),
        [&store, &log, done](const std::optional<QString> &remembered,
                             const std::optional<SecretResult> &problem) {
            if (problem)
                return done(QStringLiteral("cannot check which audit log belongs at %1: %2")
                                .arg(log.path(), problem->message));
            if (!remembered)
                return rememberIdentity(store, log, [done](const SecretResult &written) {
                    done(written.ok() ? QString() : written.message);
                });
            if (*remembered == log.databaseId())
                return done(QString());
            done(QStringLiteral("the audit log %1 is not the one this keychain remembers there "
                                "(log %2; this file is log %3): the earlier log was deleted or "
                                "replaced. Keep its copies and reports; once this log is meant to "
                                "stay, run inmanta-ha-cli %4 %1 audit adopt")
                     .arg(log.path(), *remembered, log.databaseId(),
                          log.isShared() ? QStringLiteral("--store")
                                         : QStringLiteral("--audit-db")));
        });
}

void rememberIdentity(SecretStore &store, const AuditLog &log, SecretStore::Callback done)
{
    store.write(locationName(log.path()), log.databaseId(), std::move(done));
}

} // namespace iha::AuditKeys
