#include "models/SecretBinding.h"

#include "models/SecretBatch.h"
#include "models/SecretNames.h"
#include "models/ShellQuote.h"

#include <QCoreApplication>
#include <QUrl>

namespace iha::SecretBinding {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecretBinding)
};

// A '#' appears in no cluster or node name (ClusterValidator), so no secret's key ends so.
const QLatin1String kSuffix("#may-go-to");

QString hostPort(const QString &address, int port)
{
    const bool v6 = address.contains(QLatin1Char(':'));
    return (v6 ? QLatin1Char('[') + address + QLatin1Char(']') : address) + QLatin1Char(':') +
           QString::number(port);
}

// With what vouches for the server: a copy that pins another host key, or names another CA,
// sends the secret to whoever that vouches for.
QString sshEndpoint(const Node &node)
{
    QString endpoint = QStringLiteral("ssh %1@%2")
                           .arg(node.ssh.effectiveUser(), hostPort(node.address, node.ssh.port));
    if (!node.ssh.hostKey.isEmpty())
        endpoint += QStringLiteral(" key ") + node.ssh.hostKey;
    return endpoint;
}

// Only where a CA is named: nothing else sends a secret to a database port (the SQL probe
// logs in over verified TLS or not at all).
std::optional<QString> postgresEndpoint(const Node &node)
{
    const PostgresSettings pg = node.postgresOrDefault();
    if (pg.caFile.isEmpty())
        return std::nullopt;
    return QStringLiteral("postgresql %1 ca %2").arg(hostPort(node.address, pg.port), pg.caFile);
}

// The API's origin: where the token travels, whatever the path.
QString apiOrigin(const Node &node)
{
    const QUrl url(node.effectiveApiUrl());
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return url.scheme() + QLatin1String("://") + hostPort(url.host(), url.port(defaultPort));
}

QString nameOfKey(const Cluster &cluster, const QString &key)
{
    return key.mid(cluster.name.size() + 1);
}

QStringList sortedUnique(QStringList list)
{
    list.sort();
    list.removeDuplicates();
    return list;
}

} // namespace

QStringList endpoints(const Cluster &cluster, const QString &name)
{
    for (const Node &node : cluster.nodes) {
        if (name == SecretNames::sshPassword(node.name) ||
            name == SecretNames::sudoPassword(node.name) ||
            name == SecretNames::keyPassphrase(node.name))
            return {sshEndpoint(node)};
    }
    QStringList all;
    for (const Node &node : cluster.nodes) {
        // Every node's, whatever its role or the settings its role brings (the reader fills
        // them in by role): procedures change roles, and must not change where secrets may go.
        all << sshEndpoint(node) << apiOrigin(node);
        if (const auto postgres = postgresEndpoint(node))
            all << *postgres;
    }
    return sortedUnique(all);
}

QString keyOf(const QString &secretKey)
{
    return secretKey + kSuffix;
}

bool isBindingKey(const QString &key)
{
    return key.endsWith(kSuffix);
}

QString secretKeyOf(const QString &bindingKey)
{
    return bindingKey.chopped(kSuffix.size());
}

QStringList notAllowed(const QStringList &boundTo, const QStringList &wanted)
{
    QStringList missing;
    for (const QString &endpoint : wanted) {
        if (!boundTo.contains(endpoint))
            missing << endpoint;
    }
    return missing;
}

QString describe(const Withheld &withheld)
{
    const QString what = SecretNames::purpose(withheld.name);
    const QString where = withheld.newEndpoints.join(QLatin1String(", "));
    if (withheld.boundTo.isEmpty())
        return Tr::tr("%1 (%2) was stored without the places it may go to; this file would send "
                      "it to %3")
            .arg(withheld.name, what, where);
    return Tr::tr("%1 (%2) was not set for %3, where this file would send it")
        .arg(withheld.name, what, where);
}

QString confirmHint(const QString &clusterFile, const Withheld &withheld)
{
    return Tr::tr("if that is right: inmanta-ha-cli --cluster %1 secret confirm %2")
        .arg(shellQuote(clusterFile), withheld.name);
}

void readKeys(SecretStore &store, const Cluster &cluster, const QStringList &keys, ReadDone done)
{
    // Binding, value, then the binding again, which must not have changed: a `write` meanwhile
    // (old binding removed, value, new binding) is then never read as a value under a binding
    // it was not set with; such a secret is held back this time.
    QStringList bindingKeys;
    for (const QString &key : keys)
        bindingKeys << keyOf(key);
    readSecrets(
        store, bindingKeys + keys,
        [&store, cluster, keys, bindingKeys, done = std::move(done)](
            const QHash<QString, QString> &read, const std::optional<SecretResult> &problem) {
            if (problem)
                return done({}, {}, problem);
            readSecrets(store, bindingKeys,
                        [cluster, keys, read, done](const QHash<QString, QString> &again,
                                                    const std::optional<SecretResult> &later) {
                            if (later)
                                return done({}, {}, later);
                            QHash<QString, QString> found;
                            QList<Withheld> withheld;
                            for (const QString &key : keys) {
                                const QString binding = read.value(keyOf(key));
                                // Changed while read: neither handed out nor put to the
                                // operator (it is a moment, not a question); read again later.
                                if (!read.contains(key) || binding != again.value(keyOf(key)))
                                    continue;
                                const QString name = nameOfKey(cluster, key);
                                const QStringList boundTo =
                                    binding.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                                const QStringList missing =
                                    notAllowed(boundTo, endpoints(cluster, name));
                                if (missing.isEmpty())
                                    found.insert(key, read.value(key));
                                else
                                    withheld.append({name, boundTo, missing});
                            }
                            done(found, withheld, std::nullopt);
                        });
        });
}

void read(SecretStore &store, const Cluster &cluster, const QStringList &names, ReadDone done)
{
    QStringList keys;
    for (const QString &name : names)
        keys << SecretNames::key(cluster, name);
    readKeys(store, cluster, keys, std::move(done));
}

namespace {

// The bindings of `names` as stored: one endpoint per line.
QHash<QString, QString> bindings(const Cluster &cluster, const QStringList &names)
{
    QHash<QString, QString> values;
    for (const QString &name : names)
        values.insert(keyOf(SecretNames::key(cluster, name)),
                      endpoints(cluster, name).join(QLatin1Char('\n')));
    return values;
}

// Removes each key in turn (a missing one is fine), then `then` with the first failure, if any.
void removeAll(SecretStore &store, QStringList keys,
               std::function<void(const std::optional<SecretResult> &)> then)
{
    if (keys.isEmpty())
        return then(std::nullopt);
    const QString key = keys.takeFirst();
    store.remove(key, [&store, keys, then = std::move(then)](const SecretResult &result) {
        if (!result.ok() && result.status != SecretResult::Status::NotFound)
            return then(result);
        removeAll(store, keys, then);
    });
}

QStringList namesOf(const Cluster &cluster, const QStringList &bindingKeys)
{
    QStringList names;
    for (const QString &key : bindingKeys)
        names << nameOfKey(cluster, secretKeyOf(key));
    names.sort();
    return names;
}

} // namespace

void confirm(SecretStore &store, const Cluster &cluster, const QStringList &names, WriteDone done)
{
    writeSecrets(store, bindings(cluster, names),
                 [cluster, done = std::move(done)](const QStringList &written,
                                                   const std::optional<SecretResult> &problem) {
                     done(namesOf(cluster, written), problem);
                 });
}

void write(SecretStore &store, const Cluster &cluster, const QHash<QString, QString> &values,
           WriteDone done)
{
    QHash<QString, QString> byKey;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        byKey.insert(SecretNames::key(cluster, it.key()), it.value());
    // The old binding goes first, then the value, then its new binding: a reader (see readKeys)
    // never pairs a value with a binding it was not set with, and a failure on the way leaves
    // it held back, which is safe. Two writers of one secret at once are not ordered.
    QStringList bindingKeys;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        bindingKeys << keyOf(it.key());
    removeAll(store, bindingKeys,
              [&store, cluster, byKey,
               done = std::move(done)](const std::optional<SecretResult> &failed) {
                  if (failed) // the old binding stays: no value is written under it
                      return done({}, failed);
                  writeSecrets(store, byKey,
                               [&store, cluster, done](const QStringList &stored,
                                                       const std::optional<SecretResult> &problem) {
                                   QStringList names;
                                   for (const QString &key : stored)
                                       names << nameOfKey(cluster, key);
                                   if (problem)
                                       return done({}, problem);
                                   confirm(store, cluster, names, done);
                               });
              });
}

void remove(SecretStore &store, const Cluster &cluster, const QString &name,
            SecretStore::Callback done)
{
    const QString key = SecretNames::key(cluster, name);
    store.remove(key, [&store, key, done = std::move(done)](const SecretResult &result) {
        // A binding left behind would only be stale: its outcome does not matter.
        store.remove(keyOf(key), [result, done](const SecretResult &) { done(result); });
    });
}

} // namespace iha::SecretBinding
