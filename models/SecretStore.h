#pragma once

#include <QString>
#include <functional>

namespace iha {

struct SecretResult
{
    enum class Status
    {
        Ok,
        NotFound,    // no such secret
        Unavailable, // no keychain at all (no Secret Service, no D-Bus session)
        Denied,      // the keychain is locked or refused access
        Failed,      // anything else; see message
    };
    Status status = Status::Failed;
    QString value;   // only for a successful read
    QString message; // for people: what went wrong and what to do

    bool ok() const { return status == Status::Ok; }
};

// The port to the operator's keychain. Every call completes through its callback, on the
// thread that made it (which must run an event loop). There is deliberately no way to fall
// back to storing a secret in plain text.
class SecretStore
{
public:
    using Callback = std::function<void(const SecretResult &)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
};

} // namespace iha
