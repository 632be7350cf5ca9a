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

// Before a shared store (a postgresql:// URL) is opened: its role's password, from the
// keychain to AuditStoreLocation for this process. Nothing to do for a file. `done` gets an
// empty string, or what is wrong with the location or the keychain.
void loadStorePassword(SecretStore &store, const QString &location,
                       std::function<void(const QString &problem)> done);

// The keychain also remembers which log lives at each path (its database id), so that a log
// deleted, or replaced by another, is noticed: a new log verifies as intact on its own.
QString locationName(const QString &auditPath);
// The database id remembered at `auditPath` (nullopt: none).
void rememberedAt(SecretStore &store, const QString &auditPath,
                  std::function<void(const std::optional<QString> &databaseId,
                                     const std::optional<SecretResult> &problem)>
                      done);
// Empty when the log is the one remembered at its path; a log at a path the keychain knows
// nothing of is remembered there now. Else what is wrong, with the way out (`audit adopt`).
void checkIdentity(SecretStore &store, const AuditLog &log,
                   std::function<void(const QString &problem)> done);
// Remembers the log as the one at its path (after the operator said so: `audit adopt`).
void rememberIdentity(SecretStore &store, const AuditLog &log, SecretStore::Callback done);

} // namespace AuditKeys
} // namespace iha
