#include "app/KeychainSecretStore.h"

#include "models/Cluster.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QThread>
#include <qt6keychain/keychain.h>

namespace iha {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)
};

SecretResult resultOf(const QKeychain::Job &job)
{
    SecretResult result;
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        result.message = Tr::tr("%1 is not set").arg(job.key());
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretResult::Status::Denied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretResult::Status::Unavailable;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        // libsecret reports a missing D-Bus session or Secret Service, and a locked
        // collection, as "other" errors: tell them apart by what it says.
        if (detail.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
            detail.contains(QLatin1String("prompt"), Qt::CaseInsensitive))
            result.status = SecretResult::Status::Denied;
        else if (detail.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
                 detail.contains(QLatin1String("DBus"), Qt::CaseInsensitive) ||
                 detail.contains(QLatin1String("secrets"), Qt::CaseInsensitive) ||
                 detail.contains(QLatin1String("No such"), Qt::CaseInsensitive) ||
                 detail.contains(QLatin1String("not provided"), Qt::CaseInsensitive))
            result.status = SecretResult::Status::Unavailable;
        else
            result.status = SecretResult::Status::Failed;
        break;
    }
    switch (result.status) {
    case SecretResult::Status::Unavailable:
        result.message = Tr::tr("No keychain is available (%1). Install and start a Secret Service "
                                "provider, such as "
                                "gnome-keyring or KWallet, in a desktop or D-Bus session, then try "
                                "again. Secrets are "
                                "never stored in plain text instead.")
                             .arg(detail);
        break;
    case SecretResult::Status::Denied:
        result.message =
            Tr::tr(
                "The keychain is locked or refused access (%1). Unlock it (log in to the desktop "
                "session, or run gnome-keyring-daemon --unlock) and try again.")
                .arg(detail);
        break;
    default:
        result.message = Tr::tr("The keychain failed: %1").arg(detail);
        break;
    }
    return result;
}

template<typename JobType> JobType *makeJob(const QString &key)
{
    auto *job = new JobType(KeychainSecretStore::serviceFor(key));
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of the keychain
    job->setKey(key);
    return job;
}

// libsecret answers a lookup in a locked collection as "not found". Before an operator is told
// a secret is not set (and types it again, or a status is read without it), the Secret
// Service is asked whether its default collection is locked; without a Secret Service
// (KWallet, say) the answer stays "not found".
void tellLockedFromNotFound(QObject *receiver, SecretResult notFound, SecretStore::Callback done)
{
    QDBusMessage get = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(get, 3000), receiver);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, receiver,
                     [notFound, done = std::move(done)](QDBusPendingCallWatcher *call) {
                         const QDBusPendingReply<QDBusVariant> reply = *call;
                         call->deleteLater();
                         if (!reply.isValid() || !reply.value().variant().toBool())
                             return done(notFound);
                         SecretResult locked;
                         locked.status = SecretResult::Status::Denied;
                         locked.message = Tr::tr("The keychain is locked. Unlock it (log in to the "
                                                 "desktop session, or run gnome-keyring-daemon "
                                                 "--unlock) and try again.");
                         done(locked);
                     });
}

} // namespace

QString KeychainSecretStore::serviceFor(const QString &key)
{
    return key.startsWith(kPracticeClusterName + QLatin1Char('/')) ? kPracticeService : kService;
}

void KeychainSecretStore::read(const QString &key, Callback done)
{
    Q_ASSERT(QThread::currentThread() == m_receiver->thread());
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key);
    QObject::connect(
        job, &QKeychain::Job::finished, m_receiver.get(),
        [receiver = m_receiver.get(), done = std::move(done)](QKeychain::Job *finished) {
            SecretResult result = resultOf(*finished);
            if (result.status == SecretResult::Status::NotFound)
                return tellLockedFromNotFound(receiver, result, done);
            if (result.ok())
                result.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            done(result);
        });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &value, Callback done)
{
    Q_ASSERT(QThread::currentThread() == m_receiver->thread());
    auto *job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(value);
    QObject::connect(
        job, &QKeychain::Job::finished, m_receiver.get(),
        [done = std::move(done)](QKeychain::Job *finished) { done(resultOf(*finished)); });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    Q_ASSERT(QThread::currentThread() == m_receiver->thread());
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key);
    QObject::connect(
        job, &QKeychain::Job::finished, m_receiver.get(),
        [done = std::move(done)](QKeychain::Job *finished) { done(resultOf(*finished)); });
    job->start();
}

} // namespace iha
