#include "app/AuditExport.h"

#include "app/AuditKeys.h"
#include "app/AuditPdf.h"
#include "app/CommandLineSupport.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QSaveFile>

namespace iha::AuditExport {
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

void describe(SecretStore &store, const AuditLog &log, const QString &filter,
              const QString &keyProblem, std::function<void(const AuditReportInfo &)> done)
{
    AuditKeys::readHead(store, log,
                        [&log, filter, keyProblem, done](const std::optional<AuditHead> &head,
                                                         const std::optional<SecretResult> &) {
                            AuditReportInfo info;
                            info.databaseId = log.databaseId();
                            info.databasePath = log.path();
                            info.exportedAt = QDateTime::currentDateTimeUtc();
                            info.exportedBy = cli::operatorName();
                            info.runFilter = filter;
                            info.logHead = log.head();
                            info.keychainHead = head;
                            if (keyProblem.isEmpty()) {
                                const AuditLog::Verification v = log.verify(head);
                                info.verification = v.message;
                                info.verified = v.intact && head.has_value();
                            } else {
                                info.verification = Tr::tr("not verified: %1").arg(keyProblem);
                            }
                            done(info);
                        });
}

QString write(AuditArchive::Format format, const AuditReportInfo &info,
              const QList<AuditEntry> &entries, const QString &path)
{
    if (format == AuditArchive::Format::Pdf) {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return Tr::tr("a PDF needs the graphical part of Qt; run inmanta-ha-cli itself, not "
                          "a library call");
        return writeAuditPdf(info, entries, path);
    }
    const QByteArray data = format == AuditArchive::Format::Json
                                ? AuditReport::json(info, entries)
                                : AuditReport::html(info, entries).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Tr::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace iha::AuditExport
