#include "widgets/RunReportExport.h"

#include "models/AuditArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QPointer>

namespace iha {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunReportExport)
};

} // namespace

void exportRunReport(QWidget *parent, AuditArchive *audit, const QString &cluster,
                     const QString &runId, const std::function<void(const QString &)> &status)
{
    if (!audit || runId.isEmpty())
        return;
    auto *dialog =
        new QFileDialog(parent, Tr::tr("Export the Report of Run %1").arg(runId), QDir::homePath(),
                        Tr::tr("HTML report (*.html);;PDF report (*.pdf)"));
    dialog->setObjectName(QStringLiteral("reportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(QStringLiteral("%1-%2.html").arg(cluster, runId));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
        dialog, &QFileDialog::fileSelected, parent,
        [parent = QPointer<QWidget>(parent), audit, runId, status](const QString &path) {
            const auto format = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
                                    ? AuditArchive::Format::Pdf
                                    : AuditArchive::Format::Html;
            status(Tr::tr("Writing the report..."));
            audit->exportRun(format, path, runId, [parent, path, status](const QString &error) {
                if (!parent)
                    return;
                status(error.isEmpty()
                           ? Tr::tr("Report written to %1").arg(QDir::toNativeSeparators(path))
                           : Tr::tr("The report could not be written: %1").arg(error));
            });
        });
    dialog->open();
}

} // namespace iha
