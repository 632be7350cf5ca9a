// Benchmark (not a test): the audit log with 100,000 entries. Appends them, verifies the chain,
// and exports it in every format, each export in a process of its own so that its peak memory
// is its own. Figures against a baseline measured in the same run: a process that reads every
// row back and does nothing with it. Goals (issue): verify under 1 s; export under 2 s and
// 100 MiB for HTML and JSON.
//   iha-bench-audit [ENTRIES] [PDF_ENTRIES]
// The PDF is timed on its own smaller log (PDF_ENTRIES, 2,000 by default): its layout costs
// per page, and a 100,000-entry PDF is thousands of pages nobody prints.
#include "app/AuditExport.h"
#include "app/AuditLog.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

using namespace iha;

namespace {

const QByteArray kKey = "benchmark key, 32 bytes long....";

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

std::unique_ptr<AuditLog> makeLog(const QString &path, int total, bool report)
{
    QString error;
    auto log = AuditLog::open(path, &error);
    if (!log)
        qFatal("%s", qPrintable(error));
    log->setKey(kKey);
    log->redactor().addSecret(QStringLiteral("not-in-the-output"));
    QElapsedTimer clock;
    clock.start();
    const int single = qMin(total, 1000);
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
    if (report) {
        std::printf("append: %d entries one by one (each committed with fsync): %.0f ms, %.2f ms "
                    "each\n",
                    single, singleMs, singleMs / single);
        std::printf("append: %d entries in transactions of 1000: %.0f ms, %.1f us each\n",
                    total - single, batchMs, batchMs * 1000 / qMax(1, total - single));
    }
    return log;
}

// The child: one export (or the baseline, "read") of the log at `db` to `out`. Prints its
// time in ms and its peak memory in MiB.
int exportOnce(const QString &format, const QString &db, const QString &out)
{
    QElapsedTimer clock;
    clock.start();
    QString error;
    auto log = AuditLog::open(db, &error);
    if (!log)
        qFatal("%s", qPrintable(error));
    if (format == QLatin1String("read")) {
        qint64 rows = 0;
        log->forEachEntry(std::nullopt, [&rows](const AuditEntry &) { ++rows; });
        if (rows != log->count())
            qFatal("read %lld rows of %lld", rows, log->count());
        std::printf("%.1f 0 %.1f\n", clock.nsecsElapsed() / 1e6, peakMiB());
        return 0;
    }
    // As `audit export` does it: the chain verified, then the report written, in one snapshot
    // of the log (the keychain's head is the log's own here).
    log->setKey(kKey);
    double verifyMs = 0;
    error = log->inOneSnapshot([&] {
        QElapsedTimer verifying;
        verifying.start();
        const AuditReportInfo info = AuditExport::describe(*log, log->head(), {}, {});
        verifyMs = verifying.nsecsElapsed() / 1e6;
        if (!info.verified)
            qFatal("%s", qPrintable(info.verification));
        error = AuditExport::write(*AuditExport::formatByName(format), info, AuditLogEntries(*log),
                                   out);
    });
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    std::printf("%.1f %.1f %.1f\n", clock.nsecsElapsed() / 1e6, verifyMs, peakMiB());
    return 0;
}

struct Figures
{
    double ms = 0;       // in all
    double verifyMs = 0; // of which verifying the chain
    double mib = 0;
};

Figures runChild(const QString &format, const QString &db, const QString &out)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--export"), format, db, out});
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        qFatal("the %s export failed", qPrintable(format));
    const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
    return {fields.value(0).toDouble(), fields.value(1).toDouble(), fields.value(2).toDouble()};
}

void printExport(const char *what, const Figures &f, const Figures &base, const QString &out,
                 const char *goal)
{
    const double writeMs = f.ms - f.verifyMs;
    std::printf("%s (%.1f MB): %.0f ms (%.2fx the baseline) to write it, %.0f ms with the chain "
                "verified first as `audit export` does; peak %.0f MiB (%.2fx)%s\n",
                what, QFileInfo(out).size() / 1e6, writeMs, writeMs / base.ms, f.ms, f.mib,
                f.mib / base.mib, goal);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 5 && QByteArray(argv[1]) == "--export") {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv); // the PDF writer needs it
        return exportOnce(QString::fromUtf8(argv[2]), QString::fromUtf8(argv[3]),
                          QString::fromUtf8(argv[4]));
    }
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int pdfTotal = argc > 2 ? QByteArray(argv[2]).toInt() : 2000;
    QTemporaryDir dir;
    // To profile one export by hand: iha-bench-audit --export FORMAT DIR/audit.sqlite OUT
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("IHA_BENCH_KEEP"));
    const QString db = dir.filePath(QStringLiteral("audit.sqlite"));
    {
        const auto log = makeLog(db, total, true);
        QElapsedTimer clock;
        clock.start();
        const AuditLog::Verification v = log->verify(log->head());
        if (!v.intact)
            qFatal("%s", qPrintable(v.message));
        std::printf("verify the chain of %d entries: %.0f ms (goal < 1000 ms)\n", total,
                    clock.nsecsElapsed() / 1e6);
    }
    const QString html = dir.filePath(QStringLiteral("report.html"));
    const QString json = dir.filePath(QStringLiteral("report.json"));
    const Figures base = runChild(QStringLiteral("read"), db, {});
    std::printf("baseline: a process reading the %d rows back: %.0f ms, peak %.0f MiB\n", total,
                base.ms, base.mib);
    printExport("export HTML", runChild(QStringLiteral("html"), db, html), base, html,
                "; goals < 2000 ms, < 100 MiB");
    printExport("export JSON", runChild(QStringLiteral("json"), db, json), base, json,
                "; goals < 2000 ms, < 100 MiB");

    const QString pdfDb = dir.filePath(QStringLiteral("audit-pdf.sqlite"));
    makeLog(pdfDb, pdfTotal, false);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const Figures pdfBase = runChild(QStringLiteral("read"), pdfDb, {});
    const Figures pdfFigures = runChild(QStringLiteral("pdf"), pdfDb, pdf);
    std::printf("export PDF of %d entries (%.1f MB): %.0f ms, %.2f ms per entry, peak %.0f MiB "
                "(baseline reading them: %.0f ms, %.0f MiB)\n",
                pdfTotal, QFileInfo(pdf).size() / 1e6, pdfFigures.ms, pdfFigures.ms / pdfTotal,
                pdfFigures.mib, pdfBase.ms, pdfBase.mib);
    return 0;
}
