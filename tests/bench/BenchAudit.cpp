// Benchmark (not a test): the audit log with 100,000 entries. Appends them, exports them as
// HTML and JSON, verifies the chain, and prints times and peak memory, each against a
// baseline measured in the same run: reading every row back without doing anything with it.
// Goals (issue): export under 2 s, verify under 1 s.
#include "app/AuditLog.h"
#include "models/AuditReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

using namespace iha;

namespace {

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

AuditEntry sample(int i)
{
    AuditEntry e;
    e.operatorName = QStringLiteral("ops@admin-pc");
    e.cluster = QStringLiteral("prod");
    e.runId = QStringLiteral("run-%1").arg(i / 20);
    e.procedure = QStringLiteral("configure-standby");
    e.stepNumber = i % 20 + 1;
    e.step = QStringLiteral("Replace the data directory of db2 with the base backup");
    e.host = QStringLiteral("db2");
    e.command = QStringLiteral("find /var/lib/pgsql/data -mindepth 1 -delete && cp -a "
                               "/var/tmp/iha-backup/. /var/lib/pgsql/data/");
    e.exitCode = 0;
    e.hasExitCode = true;
    e.output =
        QStringLiteral("copied 1532 files (41 MB) in 0.8 s\nline two of the output %1\n").arg(i);
    e.outcome = QStringLiteral("succeeded");
    return e;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
    QString error;
    auto log = AuditLog::open(path, &error);
    if (!log)
        qFatal("%s", qPrintable(error));
    log->setKey("benchmark key, 32 bytes long....");
    log->redactor().addSecret(QStringLiteral("not-in-the-output"));

    QElapsedTimer clock;
    clock.start();
    const int single = 1000;
    for (int i = 0; i < single; ++i) {
        AuditEntry e = sample(i);
        if (!log->append(e, &error))
            qFatal("%s", qPrintable(error));
    }
    const double singleMs = clock.nsecsElapsed() / 1e6;
    clock.restart();
    for (int i = single; i < total; i += 1000) {
        QList<AuditEntry> batch;
        for (int j = i; j < qMin(total, i + 1000); ++j)
            batch << sample(j);
        if (!log->appendAll(batch, &error))
            qFatal("%s", qPrintable(error));
    }
    const double batchMs = clock.nsecsElapsed() / 1e6;
    std::printf(
        "append: %d entries one by one (each committed with fsync): %.0f ms, %.2f ms each\n",
        single, singleMs, singleMs / single);
    std::printf(
        "append: %d entries in transactions of 1000: %.0f ms, %.1f us each; peak memory %.0f MiB\n",
        total - single, batchMs, batchMs * 1000 / (total - single), peakMiB());

    // Baseline: every row read back, nothing done with it.
    clock.restart();
    const QList<AuditEntry> entries = log->entries();
    const double readMs = clock.nsecsElapsed() / 1e6;

    AuditReportInfo info;
    info.databaseId = log->databaseId();
    info.exportedAt = QDateTime::currentDateTimeUtc();
    info.logHead = log->head();
    clock.restart();
    const AuditLog::Verification v = log->verify(info.logHead);
    const double verifyMs = clock.nsecsElapsed() / 1e6;
    if (!v.intact)
        qFatal("%s", qPrintable(v.message));
    info.verification = v.message;

    clock.restart();
    const QByteArray html = AuditReport::html(info, log->entries()).toUtf8();
    QFile htmlFile(dir.filePath(QStringLiteral("report.html")));
    htmlFile.open(QIODevice::WriteOnly);
    htmlFile.write(html);
    htmlFile.close();
    const double htmlMs = clock.nsecsElapsed() / 1e6;

    clock.restart();
    const QByteArray json = AuditReport::json(info, log->entries());
    QFile jsonFile(dir.filePath(QStringLiteral("report.json")));
    jsonFile.open(QIODevice::WriteOnly);
    jsonFile.write(json);
    jsonFile.close();
    const double jsonMs = clock.nsecsElapsed() / 1e6;

    std::printf("baseline: read %lld rows back: %.0f ms\n", static_cast<long long>(entries.size()),
                readMs);
    std::printf("verify the chain: %.0f ms (%.2fx the baseline; goal < 1000 ms)\n", verifyMs,
                verifyMs / readMs);
    std::printf("export HTML (%.0f MB): %.0f ms (%.2fx the baseline; goal < 2000 ms)\n",
                html.size() / 1e6, htmlMs, htmlMs / readMs);
    std::printf("export JSON (%.0f MB): %.0f ms (%.2fx the baseline; goal < 2000 ms)\n",
                json.size() / 1e6, jsonMs, jsonMs / readMs);
    std::printf("peak memory: %.0f MiB\n", peakMiB());
    return 0;
}
