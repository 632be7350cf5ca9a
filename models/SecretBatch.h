#pragma once

#include "models/SecretStore.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace iha {

// Reads several secrets one after the other. Missing ones are simply absent from the result;
// the first keychain problem (none, locked, failing) stops the batch and is reported.
void readSecrets(SecretStore &store, const QStringList &keys,
                 std::function<void(const QHash<QString, QString> &found,
                                    const std::optional<SecretResult> &problem)>
                     done);

// Writes secrets one after the other, in key order: one unlock prompt at most, and the first
// keychain problem stops the batch (reported, with the keys written before it).
void writeSecrets(
    SecretStore &store, const QHash<QString, QString> &values,
    std::function<void(const QStringList &written, const std::optional<SecretResult> &problem)>
        done);

} // namespace iha
