#include "models/SecretBatch.h"

#include <memory>

namespace iha {
namespace {

struct Batch
{
    SecretStore *store;
    QStringList keys;
    QHash<QString, QString> found;
    std::function<void(const QHash<QString, QString> &, const std::optional<SecretResult> &)> done;
};

void readNext(const std::shared_ptr<Batch> &batch)
{
    if (batch->keys.isEmpty()) {
        batch->done(batch->found, std::nullopt);
        return;
    }
    const QString key = batch->keys.takeFirst();
    batch->store->read(key, [batch, key](const SecretResult &result) {
        if (result.ok())
            batch->found.insert(key, result.value);
        else if (result.status != SecretResult::Status::NotFound)
            return batch->done(batch->found, result);
        readNext(batch);
    });
}

struct WriteBatch
{
    SecretStore *store;
    QStringList keys;
    QHash<QString, QString> values;
    QStringList written;
    std::function<void(const QStringList &, const std::optional<SecretResult> &)> done;
};

void writeNext(const std::shared_ptr<WriteBatch> &batch)
{
    if (batch->keys.isEmpty())
        return batch->done(batch->written, std::nullopt);
    const QString key = batch->keys.takeFirst();
    batch->store->write(key, batch->values.value(key), [batch, key](const SecretResult &result) {
        if (!result.ok())
            return batch->done(batch->written, result);
        batch->written << key;
        writeNext(batch);
    });
}

} // namespace

void writeSecrets(
    SecretStore &store, const QHash<QString, QString> &values,
    std::function<void(const QStringList &, const std::optional<SecretResult> &)> done)
{
    QStringList keys = values.keys();
    keys.sort();
    writeNext(std::make_shared<WriteBatch>(WriteBatch{&store, keys, values, {}, std::move(done)}));
}

void readSecrets(
    SecretStore &store, const QStringList &keys,
    std::function<void(const QHash<QString, QString> &, const std::optional<SecretResult> &)> done)
{
    readNext(std::make_shared<Batch>(Batch{&store, keys, {}, std::move(done)}));
}

} // namespace iha
