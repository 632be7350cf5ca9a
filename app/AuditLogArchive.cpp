#include "app/AuditLogArchive.h"

#include "app/AuditExport.h"
#include "app/AuditKeys.h"

#include <utility>

namespace iha {

std::unique_ptr<AuditLogArchive> AuditLogArchive::open(const QString &path, SecretStore &store,
                                                       QString *error)
{
    std::unique_ptr<AuditLog> log = AuditLog::open(path, error);
    if (!log)
        return nullptr;
    return std::unique_ptr<AuditLogArchive>(new AuditLogArchive(std::move(log), store));
}

// Reads the log for verifications and reports with a connection of its own, on its thread.
class AuditLogArchive::Reader : public QObject
{
public:
    explicit Reader(QString path)
        : m_path(std::move(path))
    {}

    const AuditLog *log(const QByteArray &key, QString *error)
    {
        if (!m_log)
            m_log = AuditLog::open(m_path, error);
        if (m_log)
            m_log->setKey(key);
        return m_log.get();
    }

private:
    QString m_path;
    std::unique_ptr<AuditLog> m_log; // opened, used and closed on the reader's thread
};

class AuditLogArchive::SampleWriter : public QObject
{
public:
    explicit SampleWriter(QString path)
        : m_path(std::move(path))
    {}

    void write(const QString &cluster, const QList<ReplicationSample> &samples)
    {
        QString error;
        if (!m_log)
            m_log = AuditLog::open(m_path, &error);
        if (!m_log || !m_log->recordSamples(cluster, samples))
            qWarning("the replication samples of %s are not kept in %s %s", qPrintable(cluster),
                     qPrintable(m_path), qPrintable(error));
    }

private:
    QString m_path;
    std::unique_ptr<AuditLog> m_log; // opened, used and closed on the writer's thread
};

AuditLogArchive::AuditLogArchive(std::unique_ptr<AuditLog> log, SecretStore &store)
    : m_log(std::move(log))
    , m_store(store)
    , m_sampleThread(new QThread)
    , m_sampleWriter(new SampleWriter(m_log->path()))
    , m_resultContext(std::make_unique<QObject>())
    , m_readerThread(new QThread)
    , m_reader(new Reader(m_log->path()))
{
    m_sampleThread->setObjectName(QStringLiteral("audit-samples"));
    m_sampleWriter->moveToThread(m_sampleThread.get());
    QObject::connect(m_sampleThread.get(), &QThread::finished, m_sampleWriter,
                     &QObject::deleteLater);
    m_sampleThread->start();
    m_readerThread->setObjectName(QStringLiteral("audit-reader"));
    m_reader->moveToThread(m_readerThread.get());
    QObject::connect(m_readerThread.get(), &QThread::finished, m_reader, &QObject::deleteLater);
    m_readerThread->start();
}

AuditLogArchive::~AuditLogArchive()
{
    m_stopping = true;
}

void AuditLogArchive::recordSamples(const QString &cluster, const QList<ReplicationSample> &samples)
{
    if (samples.isEmpty())
        return;
    QMetaObject::invokeMethod(m_sampleWriter, [writer = m_sampleWriter, cluster, samples] {
        writer->write(cluster, samples);
    });
}

void AuditLogArchive::withKey(std::function<void(const QString &problem)> done)
{
    if (m_keyProblem)
        return done(*m_keyProblem);
    // One look for the key at a time: two lookups of a new log's key would each create one,
    // and entries hashed with the key the keychain did not keep would never verify.
    m_waitingForKey.push_back(std::move(done));
    if (m_waitingForKey.size() > 1)
        return;
    AuditKeys::loadKey(m_store, *m_log, [this](const std::optional<SecretResult> &problem) {
        m_keyProblem = problem ? problem->message : QString();
        const std::vector<std::function<void(const QString &)>> waiting =
            std::exchange(m_waitingForKey, {});
        const QString found = *m_keyProblem; // a callback may end this archive
        for (const auto &callback : waiting)
            callback(found);
    });
}

void AuditLogArchive::record(AuditEntry entry, std::function<void(const QString &error)> done)
{
    withKey([this, entry, done](const QString &problem) mutable {
        if (!problem.isEmpty())
            return done(problem);
        QString error;
        if (!m_log->append(entry, &error))
            return done(error);
        AuditKeys::storeHead(m_store, *m_log, [done](const SecretResult &r) {
            done(r.ok() ? QString() : r.message);
        });
    });
}

void AuditLogArchive::onReader(
    std::function<std::function<void()>(const AuditLog *log, const QString &error)> work)
{
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, key = m_log->key(), work, context = m_resultContext.get()] {
            QString error;
            const AuditLog *log = reader->log(key, &error);
            QMetaObject::invokeMethod(context, work(log, error));
        });
}

void AuditLogArchive::checkIdentity(std::function<void(const QString &problem)> done)
{
    // With or without the log's key: a log put in another's place may come without one.
    AuditKeys::checkIdentity(m_store, *m_log, std::move(done));
}

void AuditLogArchive::readRecentRuns(
    const QString &cluster, int limit,
    std::function<void(const QList<AuditRun> &runs, const QString &error)> done)
{
    onReader(
        [cluster, limit, done](const AuditLog *log, const QString &error) -> std::function<void()> {
            return [done, error, runs = log ? log->recentRuns(cluster, limit) : QList<AuditRun>()] {
                done(runs, error);
            };
        });
}

void AuditLogArchive::whoIsRunning(const QString &cluster,
                                   std::function<void(const QString &running)> done)
{
    if (!isShared())
        return done({});
    onReader([cluster, done](const AuditLog *log, const QString &) -> std::function<void()> {
        const std::optional<TeamLock> holder = log ? log->teamLockHolder(cluster) : std::nullopt;
        return [done, running = holder ? holder->describe() : QString()] {
            done(running);
        };
    });
}

void AuditLogArchive::verify(std::function<void(bool intact, const QString &message)> done)
{
    withKey([this, done](const QString &problem) {
        if (!problem.isEmpty())
            return done(false, problem);
        AuditKeys::checkIdentity(m_store, *m_log, [this, done](const QString &identity) {
            AuditKeys::readHead(
                m_store, *m_log,
                [this, done, identity](const std::optional<AuditHead> &head,
                                       const std::optional<SecretResult> &headProblem) {
                    if (headProblem)
                        return done(false, headProblem->message);
                    onReader([head, done, identity,
                              stop = &m_stopping](const AuditLog *log,
                                                  const QString &error) -> std::function<void()> {
                        if (!log)
                            return [done, error] {
                                done(false, error);
                            };
                        const AuditLog::Verification v = log->verify(head, stop);
                        return [done, v, identity] {
                            done(v.intact && identity.isEmpty(),
                                 identity.isEmpty() ? v.message
                                                    : v.message + QStringLiteral("; ") + identity);
                        };
                    });
                });
        });
    });
}

void AuditLogArchive::exportTo(Format format, const QString &path, const QList<AuditEntry> &entries,
                               const QString &filter,
                               std::function<void(const QString &error)> done)
{
    writeReport(
        format, path, filter,
        [entries](const AuditLog &, const std::atomic_bool *) {
            return std::make_unique<AuditEntryList>(entries);
        },
        std::move(done));
}

void AuditLogArchive::exportRun(Format format, const QString &path, const QString &runId,
                                std::function<void(const QString &error)> done)
{
    writeReport(
        format, path, runId,
        [runId](const AuditLog &log, const std::atomic_bool *stop) {
            return std::make_unique<AuditLogEntries>(log, runId, stop);
        },
        std::move(done));
}

void AuditLogArchive::writeReport(
    Format format, const QString &path, const QString &filter,
    std::function<std::unique_ptr<AuditEntrySource>(const AuditLog &, const std::atomic_bool *)>
        entries,
    std::function<void(const QString &error)> done)
{
    withKey([=](const QString &keyProblem) {
        AuditKeys::readHead(
            m_store, *m_log,
            [=, stop = &m_stopping](const std::optional<AuditHead> &head,
                                    const std::optional<SecretResult> &headProblem) {
                // Without the key, or the head it is checked against, the report says why it is
                // not verified.
                const QString problem =
                    keyProblem.isEmpty() && headProblem ? headProblem->message : keyProblem;
                onReader([=](const AuditLog *log, const QString &error) -> std::function<void()> {
                    if (!log)
                        return [done, error] {
                            done(error);
                        };
                    // The chain verified and the report's entries read in one snapshot: an entry
                    // appended meanwhile is neither reported unverified nor half-reported.
                    QString written;
                    const QString snapshotProblem = log->inOneSnapshot([&] {
                        const AuditReportInfo info =
                            AuditExport::describe(*log, head, filter, problem);
                        written = AuditExport::write(format, info, *entries(*log, stop), path);
                    });
                    return [done, result = snapshotProblem.isEmpty() ? written : snapshotProblem] {
                        done(result);
                    };
                });
            });
    });
}

} // namespace iha
