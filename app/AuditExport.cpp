#include "app/AuditExport.h"

#include "app/AuditPdf.h"
#include "app/CommandLineSupport.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QSaveFile>

namespace iha {

QString AuditLogEntries::forEach(const Visit &visit) const
{
    m_count = 0;
    return m_log.forEachEntry(
        m_runId.isEmpty() ? std::nullopt : std::optional<QString>(m_runId),
        [this, &visit](const AuditEntry &e) {
            ++m_count;
            visit(e);
        },
        m_stop);
}

QString AuditLogEntries::forEachOfRuns(const QStringList &runIds, const Visit &visit) const
{
    if (m_runId.isEmpty())
        return m_log.forEachEntryOfRuns(runIds, visit, m_stop);
    return runIds.contains(m_runId) ? m_log.forEachEntryOfRuns({m_runId}, visit, m_stop)
                                    : QString();
}

namespace AuditExport {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditExport)
};

} // namespace

std::optional<AuditArchive::Format> formatByName(const QString &name)
{
    if (name == QLatin1String("html"))
        return AuditArchive::Format::Html;
    if (name == QLatin1String("pdf"))
        return AuditArchive::Format::Pdf;
    if (name == QLatin1String("json"))
        return AuditArchive::Format::Json;
    return std::nullopt;
}

AuditReportInfo describe(const AuditLog &log, const std::optional<AuditHead> &keychainHead,
                         const QString &filter, const QString &keyProblem)
{
    AuditReportInfo info;
    info.databaseId = log.databaseId();
    info.databasePath = log.path();
    info.exportedAt = QDateTime::currentDateTimeUtc();
    info.exportedBy = cli::operatorName();
    info.runFilter = filter;
    info.logHead = log.head();
    info.keychainHead = keychainHead;
    if (keyProblem.isEmpty()) {
        const AuditLog::Verification v = log.verify(keychainHead);
        info.verification = v.message;
        info.verified = v.intact && keychainHead.has_value();
    } else {
        info.verification = Tr::tr("not verified: %1").arg(keyProblem);
    }
    return info;
}

QString write(AuditArchive::Format format, const AuditReportInfo &info,
              const AuditEntrySource &entries, const QString &path)
{
    if (format == AuditArchive::Format::Pdf) {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return Tr::tr("a PDF needs the graphical part of Qt; run inmanta-ha-cli itself, not "
                          "a library call");
        return writeAuditPdf(info, entries, path);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("cannot write %1: %2").arg(path, file.errorString());
    QString problem;
    if (format == AuditArchive::Format::Json) {
        problem = AuditReport::writeJson(file, info, entries);
    } else {
        const AuditDigest::Digest digest = AuditDigest::make(entries, &problem);
        if (problem.isEmpty())
            problem = AuditReport::writeHtml(file, info, entries, digest);
    }
    if (!problem.isEmpty() || !file.commit()) // a report cut short is not kept
        return Tr::tr("cannot write %1: %2")
            .arg(path, problem.isEmpty() ? file.errorString() : problem);
    return {};
}

} // namespace AuditExport
} // namespace iha
