#pragma once

#include "app/AuditLog.h"
#include "models/SecretStore.h"

#include <functional>
#include <optional>

namespace iha {

// The audit log's anchors in the keychain: its HMAC key and its head.
namespace AuditKeys {

// Loads the log's HMAC key into it. A new, empty log gets a fresh random key; a log with
// entries whose key is missing cannot be extended or verified, and that is the problem
// reported.
void loadKey(SecretStore &store, AuditLog &log,
             std::function<void(const std::optional<SecretResult> &problem)> done);
// The head the keychain remembers (nullopt when none was stored yet).
void readHead(SecretStore &store, const AuditLog &log,
              std::function<void(const std::optional<AuditHead> &head,
                                 const std::optional<SecretResult> &problem)>
                  done);
// Stores the log's current head.
void storeHead(SecretStore &store, const AuditLog &log, SecretStore::Callback done);

} // namespace AuditKeys
} // namespace iha
