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

} // namespace

void readSecrets(
    SecretStore &store, const QStringList &keys,
    std::function<void(const QHash<QString, QString> &, const std::optional<SecretResult> &)> done)
{
    readNext(std::make_shared<Batch>(Batch{&store, keys, {}, std::move(done)}));
}

} // namespace iha
