#pragma once

#include "models/SecretBinding.h"
#include "models/SecretNames.h"
#include "models/SecretStore.h"

#include <QHash>
#include <QTimer>

// A fake of the SecretStore port for widget tests: values in memory, answers on the next turn
// of the event loop as a keychain's would. `status` makes every call fail that way (a missing
// or locked keychain). The real keychain is tested with gnome-keyring (label keychain).
class MemorySecretStore : public iha::SecretStore
{
public:
    QHash<QString, QString> values;
    iha::SecretResult::Status status = iha::SecretResult::Status::Ok;

    // Keeps the secret `name` of `cluster` as the product sets it: bound to the file's endpoints.
    void setFor(const iha::Cluster &cluster, const QString &name, const QString &value)
    {
        const QString key = iha::SecretNames::key(cluster, name);
        values.insert(key, value);
        values.insert(iha::SecretBinding::keyOf(key),
                      iha::SecretBinding::endpoints(cluster, name).join(QLatin1Char('\n')));
    }

    void read(const QString &key, Callback done) override
    {
        answer(done, [this, key] {
            return values.contains(key)
                       ? iha::SecretResult{iha::SecretResult::Status::Ok, values.value(key), {}}
                       : iha::SecretResult{iha::SecretResult::Status::NotFound, {}, {}};
        });
    }
    void write(const QString &key, const QString &value, Callback done) override
    {
        answer(done, [this, key, value] {
            values.insert(key, value);
            return iha::SecretResult{iha::SecretResult::Status::Ok, {}, {}};
        });
    }
    void remove(const QString &key, Callback done) override
    {
        answer(done, [this, key] {
            return values.remove(key)
                       ? iha::SecretResult{iha::SecretResult::Status::Ok, {}, {}}
                       : iha::SecretResult{iha::SecretResult::Status::NotFound, {}, {}};
        });
    }

private:
    template<typename Action> void answer(Callback done, Action action)
    {
        QTimer::singleShot(0, [this, done, action] {
            if (status != iha::SecretResult::Status::Ok)
                return done({status, {}, QStringLiteral("No keychain is available (test).")});
            done(action());
        });
    }
};
