#include "app/AuditPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QMap>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>

namespace iha {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditPdf)
};

// Points at 72 per inch; the writer draws at this resolution too, so that the document's
// layout and the page agree without scaling.
constexpr int kDpi = 72;
constexpr qreal kMargin = 42;     // about 15 mm
constexpr qreal kHeaderRoom = 22; // the header line and the gap under it
constexpr qreal kFooterRoom = 20;
constexpr qreal kHeadingTop = 40; // a heading's top margin and then some

// Where each named anchor of the laid-out document is (from its top).
QMap<QString, qreal> anchorPositions(QTextDocument &document)
{
    QMap<QString, qreal> positions;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            for (const QString &name : it.fragment().charFormat().anchorNames()) {
                if (!positions.contains(name))
                    positions.insert(name, layout->blockBoundingRect(block).top());
            }
        }
    }
    return positions;
}

QString withPageNumbers(QString html, const QMap<QString, qreal> &positions, qreal pageHeight)
{
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        html.replace(AuditReport::pagePlaceholder(it.key()),
                     QString::number(int(it.value() / pageHeight) + 1));
    return html;
}

} // namespace

QString writeAuditPdf(const AuditReportInfo &info, const AuditEntrySource &entries,
                      const QString &path)
{
    QString problem;
    const AuditDigest::Digest digest = AuditDigest::make(entries, &problem);
    if (!problem.isEmpty())
        return problem;
    qsizetype count = digest.outsideRunEntries;
    for (const AuditDigest::RunDigest &run : digest.runs)
        count += run.entryCount;
    if (count > kPdfEntryLimit)
        return Tr::tr("a PDF of %1 entries would run to thousands of pages and take minutes to "
                      "lay out (the limit is %2): export it as HTML or JSON, or a PDF of fewer "
                      "runs")
            .arg(count)
            .arg(kPdfEntryLimit);
    const QString cluster = digest.clusters.join(QStringLiteral(", "));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("cannot write %1: %2").arg(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        writer.setTitle(cluster.isEmpty()
                            ? Tr::tr("Inmanta HA Admin audit report")
                            : Tr::tr("Inmanta HA Admin audit report: %1").arg(cluster));
        writer.setCreator(QStringLiteral("Inmanta HA Admin"));
        const QRectF page(QPointF(0, 0), writer.pageLayout().fullRectPoints().size());
        const QRectF body(kMargin, kMargin + kHeaderRoom, page.width() - 2 * kMargin,
                          page.height() - 2 * kMargin - kHeaderRoom - kFooterRoom);

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setPageSize(body.size());
        document.setDocumentMargin(0);
        const QString html =
            AuditReport::html(info, entries, digest, AuditReport::Medium::Print, &problem);
        if (!problem.isEmpty())
            return problem; // the file is not committed
        // Laid out once with room for the page numbers, then with them: the pages stay put.
        QMap<QString, qreal> positions;
        const qreal far = 98 * body.height(); // "99" holds the place of any page number
        positions.insert(AuditReport::kAppendixAnchor, far);
        for (const AuditDigest::RunDigest &run : digest.runs)
            positions.insert(AuditReport::runAnchor(run.runId), far);
        document.setHtml(withPageNumbers(html, positions, body.height()));
        positions = anchorPositions(document);
        document.setHtml(withPageNumbers(html, positions, body.height()));
        positions = anchorPositions(document);

        // What each page is about, for its header: the section its top is in.
        QMap<qreal, QString> sectionFrom; // where a section starts -> its title
        sectionFrom.insert(-1, Tr::tr("Summary"));
        for (const AuditDigest::RunDigest &run : digest.runs)
            sectionFrom.insert(
                positions.value(AuditReport::runAnchor(run.runId)),
                Tr::tr("Run %1 (%2)")
                    .arg(run.runId, run.isCheck() ? Tr::tr("check") : run.procedure));
        sectionFrom.insert(positions.value(AuditReport::kAppendixAnchor),
                           Tr::tr("Appendix: the raw record"));

        const int pageCount = document.pageCount();
        QPainter painter(&writer);
        QFont small(QStringLiteral("DejaVu Sans"));
        small.setPointSizeF(7.5);
        for (int i = 0; i < pageCount; ++i) {
            if (i > 0)
                writer.newPage();
            painter.setFont(small);
            painter.setPen(QColor(0x57, 0x60, 0x6a));
            // A section that begins at the top of the page (after its heading's margin) names it.
            const QString section =
                std::prev(sectionFrom.upperBound(i * body.height() + kHeadingTop)).value();
            const QRectF header(kMargin, kMargin, body.width(), kHeaderRoom - 6);
            painter.drawText(header, Qt::AlignLeft | Qt::AlignTop,
                             Tr::tr("Audit report: %1").arg(cluster));
            painter.drawText(header, Qt::AlignRight | Qt::AlignTop, section);
            painter.drawLine(QPointF(kMargin, header.bottom()),
                             QPointF(kMargin + body.width(), header.bottom()));
            painter.drawText(QRectF(kMargin, body.bottom() + 6, body.width(), kFooterRoom),
                             Qt::AlignRight | Qt::AlignTop,
                             Tr::tr("page %1 of %2").arg(i + 1).arg(pageCount));
            painter.save();
            painter.translate(body.left(), body.top() - i * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, i * body.height(), body.width(), body.height());
            painter.setClipRect(context.clip);
            document.documentLayout()->draw(&painter, context);
            painter.restore();
        }
    }
    if (!file.commit())
        return Tr::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace iha
