// The team's shared store against the SQLite default, in the same run: appends per second
// from 1, 4 and 16 concurrent writers (each its own connection and thread, one transaction per
// entry, as a run appends), and `audit verify` of 100,000 entries. Run through
// tests/bench/bench-team-store, which starts a PostgreSQL of its own (TLS, loopback).
#include "app/AuditLog.h"
#include "app/AuditStoreLocation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <atomic>
#include <thread>
#include <vector>

using namespace iha;

namespace {

QTextStream out(stdout);

AuditEntry entry(int writer, int i)
{
    AuditEntry e;
    e.operatorName = QStringLiteral("bench-%1@machine").arg(writer);
    e.cluster = QStringLiteral("bench");
    e.runId = QStringLiteral("run-%1").arg(writer);
    e.procedure = QStringLiteral("configure-standby");
    e.step = QStringLiteral("step %1").arg(i);
    e.host = QStringLiteral("db2");
    e.command = QStringLiteral("systemctl is-active postgresql");
    e.outcome = QStringLiteral("command succeeded");
    e.output = QStringLiteral("active\n");
    return e;
}

// Entries per second of `writers` threads appending `total` entries between them; -1 when one
// failed (said on stderr).
double appendsPerSecond(const QString &location, const QByteArray &key, int writers, int total)
{
    std::atomic_bool failed{false};
    std::vector<std::thread> threads;
    std::atomic_int ready{0};
    std::atomic_bool go{false};
    QElapsedTimer clock;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&, w] {
            QString error;
            std::unique_ptr<AuditLog> log = AuditLog::open(location, &error);
            if (log)
                log->setKey(key);
            ++ready;
            while (!go)
                std::this_thread::yield();
            for (int i = 0; log && i < total / writers && !failed; ++i) {
                AuditEntry e = entry(w, i);
                if (!log->append(e, &error))
                    log.reset();
            }
            if (!log) {
                failed = true;
                QTextStream(stderr) << "writer " << w << ": " << error << '\n';
            }
        });
    }
    while (ready < writers)
        std::this_thread::yield();
    clock.start();
    go = true;
    for (std::thread &t : threads)
        t.join();
    return failed ? -1 : total * 1000.0 / qMax<qint64>(1, clock.elapsed());
}

// Seconds to verify the log once it holds `count` entries (filled in batches).
double verifySeconds(const QString &location, const QByteArray &key, qint64 count)
{
    QString error;
    const auto log = AuditLog::open(location, &error);
    if (!log) {
        QTextStream(stderr) << error << '\n';
        return -1;
    }
    log->setKey(key);
    while (log->count() < count) {
        QList<AuditEntry> batch;
        for (int i = 0; i < 1000 && log->count() + batch.size() < count; ++i)
            batch << entry(0, i);
        if (!log->appendAll(batch, &error)) {
            QTextStream(stderr) << error << '\n';
            return -1;
        }
    }
    QElapsedTimer clock;
    clock.start();
    const AuditLog::Verification v = log->verify(std::nullopt);
    const double seconds = clock.elapsed() / 1000.0;
    if (!v.intact || v.checked != count) {
        QTextStream(stderr) << "verify: " << v.message << '\n';
        return -1;
    }
    return seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: iha-bench-team-store POSTGRESQL_URL [ENTRIES_TO_VERIFY] "
                               "(the role's password on stdin)\n";
        return 2;
    }
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    AuditStoreLocation where;
    if (const QString problem = AuditStoreLocation::parse(args.at(1), &where); !problem.isEmpty()) {
        QTextStream(stderr) << problem << '\n';
        return 2;
    }
    AuditStoreLocation::setPassword(where.passwordKey(),
                                    QString::fromUtf8(in.readLine().trimmed()));
    const qint64 toVerify = args.size() > 2 ? args.at(2).toLongLong() : 100000;
    QTemporaryDir dir;
    const QString sqlite = dir.filePath(QStringLiteral("audit.sqlite"));
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);

    constexpr int kTotal = 1600;
    out << "Appends per second (" << kTotal
        << " entries, one transaction each, split between the writers):\n";
    out << "writers   SQLite file   shared PostgreSQL   PostgreSQL / SQLite\n";
    for (const int writers : {1, 4, 16}) {
        const double local = appendsPerSecond(sqlite, key, writers, kTotal);
        const double shared = appendsPerSecond(args.at(1), key, writers, kTotal);
        if (local < 0 || shared < 0)
            return 1;
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(writers, 7)
                   .arg(local, 13, 'f', 0)
                   .arg(shared, 19, 'f', 0)
                   .arg(shared / local, 21, 'f', 2);
        out.flush();
    }
    out << "\naudit verify of " << toVerify << " entries (seconds):\n";
    const double local = verifySeconds(sqlite, key, toVerify);
    const double shared = verifySeconds(args.at(1), key, toVerify);
    if (local < 0 || shared < 0)
        return 1;
    out << QStringLiteral("SQLite file %1 s, shared PostgreSQL %2 s, PostgreSQL / SQLite %3\n")
               .arg(local, 0, 'f', 2)
               .arg(shared, 0, 'f', 2)
               .arg(shared / local, 0, 'f', 2);
    return 0;
}
