#include "widgets/AuditViewDialog.h"

#include "models/AuditEntryModel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace iha {

AuditViewDialog::AuditViewDialog(AuditArchive *archive, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_archive(archive)
    , m_model(new AuditEntryModel(this))
{
    setObjectName(QStringLiteral("auditViewDialog"));
    setWindowTitle(tr("Audit Log"));
    resize(1000, 640);

    m_cluster = new QComboBox;
    m_cluster->setObjectName(QStringLiteral("clusterFilter"));
    m_cluster->setAccessibleName(tr("Cluster filter"));
    m_run = new QComboBox;
    m_run->setObjectName(QStringLiteral("runFilter"));
    m_run->setAccessibleName(tr("Run filter"));
    m_host = new QComboBox;
    m_host->setObjectName(QStringLiteral("hostFilter"));
    m_host->setAccessibleName(tr("Host filter"));
    m_outcome = new QComboBox;
    m_outcome->setObjectName(QStringLiteral("outcomeFilter"));
    m_outcome->setAccessibleName(tr("Outcome filter"));
    m_from = new QDateTimeEdit;
    m_from->setObjectName(QStringLiteral("fromFilter"));
    m_from->setAccessibleName(tr("Entries from"));
    m_from->setCalendarPopup(true);
    m_to = new QDateTimeEdit;
    m_to->setObjectName(QStringLiteral("toFilter"));
    m_to->setAccessibleName(tr("Entries until"));
    m_to->setCalendarPopup(true);
    for (QDateTimeEdit *edit : {m_from, m_to})
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    auto *filters = new QHBoxLayout;
    const auto addFilter = [filters](const QString &label, QWidget *widget) {
        auto *text = new QLabel(label);
        text->setBuddy(widget);
        filters->addWidget(text);
        filters->addWidget(widget, 1);
    };
    addFilter(tr("&Cluster:"), m_cluster);
    addFilter(tr("&Run:"), m_run);
    addFilter(tr("&Host:"), m_host);
    addFilter(tr("&Outcome:"), m_outcome);
    addFilter(tr("&From:"), m_from);
    addFilter(tr("&Until:"), m_to);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit entries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AuditEntryModel::StepColumn,
                                                      QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditViewDialog::showSelected);

    m_detail = new QPlainTextEdit;
    m_detail->setObjectName(QStringLiteral("auditEntryDetail"));
    m_detail->setAccessibleName(tr("The selected entry in full"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("auditResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_verify = buttons->addButton(tr("&Verify Chain"), QDialogButtonBox::ActionRole);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(tr("Re-compute every entry's HMAC and compare the end of the log with "
                            "the head the keychain remembers"));
    m_export = buttons->addButton(tr("&Export..."), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportAuditButton"));
    m_export->setToolTip(tr("Write the entries shown to an HTML, PDF or JSON report"));
    connect(m_verify, &QPushButton::clicked, this, &AuditViewDialog::verify);
    connect(m_export, &QPushButton::clicked, this, &AuditViewDialog::chooseExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    if (!m_archive) {
        m_result->setText(problem.isEmpty() ? tr("The audit log is not available.") : problem);
        for (QWidget *w : std::initializer_list<QWidget *>{m_cluster, m_run, m_host, m_outcome,
                                                           m_from, m_to, m_verify, m_export})
            w->setEnabled(false);
        return;
    }
    setWindowTitle(tr("Audit Log - %1").arg(QDir::toNativeSeparators(m_archive->location())));
    reload();
    connect(m_cluster, &QComboBox::currentIndexChanged, this, [this] {
        fillRunFilter();
        applyFilters();
    });
    connect(m_run, &QComboBox::currentIndexChanged, this, &AuditViewDialog::applyFilters);
    connect(m_host, &QComboBox::currentIndexChanged, this, &AuditViewDialog::applyFilters);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &AuditViewDialog::applyFilters);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &AuditViewDialog::applyFilters);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &AuditViewDialog::applyFilters);
}

void AuditViewDialog::reload()
{
    m_all = m_archive->entries();
    QSet<QString> clusterSet;
    QSet<QString> hostSet;
    QSet<QString> outcomeSet;
    QDateTime first = QDateTime::currentDateTime();
    QDateTime last = first;
    for (const AuditEntry &e : std::as_const(m_all)) {
        clusterSet.insert(e.cluster);
        hostSet.insert(e.host);
        outcomeSet.insert(e.outcome);
        first = std::min(first, e.time.toLocalTime());
    }
    const auto sorted = [](const QSet<QString> &set) {
        QStringList list(set.cbegin(), set.cend());
        list.removeAll(QString());
        list.sort();
        return list;
    };
    const QStringList clusters = sorted(clusterSet);
    // Hosts and outcomes: what a post-mortem narrows to ("what failed on db2?").
    for (const auto &[combo, all, values] :
         {std::tuple{m_host, tr("All hosts"), sorted(hostSet)},
          std::tuple{m_outcome, tr("All outcomes"), sorted(outcomeSet)}}) {
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const QString &value : values)
            combo->addItem(value, value);
    }
    const QSignalBlocker blockCluster(m_cluster);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_cluster->clear();
    m_cluster->addItem(tr("All clusters"), QString());
    for (const QString &cluster : std::as_const(clusters))
        m_cluster->addItem(cluster, cluster);
    // Whole seconds: an entry stamped with milliseconds at the very edge stays in.
    m_from->setDateTime(first.addMSecs(-first.time().msec()));
    m_to->setDateTime(last.addSecs(60));
    fillRunFilter();
    applyFilters();
}

void AuditViewDialog::setClusterFilter(const QString &cluster)
{
    const int index = m_cluster->findData(cluster);
    if (index >= 0)
        m_cluster->setCurrentIndex(index);
}

void AuditViewDialog::fillRunFilter()
{
    const QString cluster = m_cluster->currentData().toString();
    const QSignalBlocker block(m_run);
    m_run->clear();
    m_run->addItem(tr("All runs"), QString());
    QStringList seen;
    for (const AuditEntry &e : std::as_const(m_all)) {
        if (e.runId.isEmpty() || seen.contains(e.runId) ||
            (!cluster.isEmpty() && e.cluster != cluster))
            continue;
        seen << e.runId;
        m_run->addItem(QStringLiteral("%1 · %2 · %3")
                           .arg(e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                e.procedure, e.runId.left(8)),
                       e.runId);
    }
}

void AuditViewDialog::applyFilters()
{
    const QString cluster = m_cluster->currentData().toString();
    const QString run = m_run->currentData().toString();
    const QString host = m_host->currentData().toString();
    const QString outcome = m_outcome->currentData().toString();
    const QDateTime from = m_from->dateTime();
    const QDateTime to = m_to->dateTime();
    QList<AuditEntry> shown;
    for (const AuditEntry &e : std::as_const(m_all)) {
        if ((cluster.isEmpty() || e.cluster == cluster) && (run.isEmpty() || e.runId == run) &&
            (host.isEmpty() || e.host == host) && (outcome.isEmpty() || e.outcome == outcome) &&
            e.time >= from && e.time <= to)
            shown << e;
    }
    m_model->setEntries(shown);
    m_result->setText(tr("%n of %1 entries shown.", nullptr, int(shown.size())).arg(m_all.size()));
    m_detail->clear();
}

QList<AuditEntry> AuditViewDialog::shownEntries() const
{
    return m_model->entries();
}

void AuditViewDialog::showSelected()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return m_detail->clear();
    const AuditEntry &e = m_model->entries().at(index.row());
    QString text = tr("#%1  %2  %3 by %4\n")
                       .arg(e.sequence)
                       .arg(e.time.toString(Qt::ISODateWithMs), e.outcome, e.operatorName);
    if (!e.step.isEmpty())
        text += tr("Step: %1\n").arg(e.step);
    if (!e.host.isEmpty())
        text += tr("Host: %1\n").arg(e.host);
    if (!e.command.isEmpty())
        text += tr("Command:\n%1\n").arg(e.command);
    if (e.hasExitCode)
        text += tr("Exit code: %1\n").arg(e.exitCode);
    if (!e.decision.isEmpty())
        text += tr("Decision: %1\n").arg(e.decision);
    if (!e.output.isEmpty())
        text += tr("Output (%1 bytes):\n%2\n").arg(e.outputSize).arg(e.output);
    m_detail->setPlainText(text);
}

void AuditViewDialog::verify()
{
    m_verify->setEnabled(false);
    m_result->setText(tr("Verifying..."));
    m_archive->verify(
        [self = QPointer<AuditViewDialog>(this)](bool intact, const QString &message) {
            if (!self)
                return;
            self->m_verify->setEnabled(true);
            self->m_result->setText(
                intact ? tr("Chain intact: %1").arg(message)
                       : tr("<b>Chain NOT intact:</b> %1").arg(message.toHtmlEscaped()));
            emit self->verified(intact, message);
        });
}

QString AuditViewDialog::filterDescription() const
{
    QStringList parts;
    if (!m_cluster->currentData().toString().isEmpty())
        parts << tr("cluster %1").arg(m_cluster->currentData().toString());
    if (!m_run->currentData().toString().isEmpty())
        parts << tr("run %1").arg(m_run->currentData().toString());
    if (!m_host->currentData().toString().isEmpty())
        parts << tr("host %1").arg(m_host->currentData().toString());
    if (!m_outcome->currentData().toString().isEmpty())
        parts << tr("outcome %1").arg(m_outcome->currentData().toString());
    parts << tr("from %1 until %2")
                 .arg(m_from->dateTime().toString(Qt::ISODate),
                      m_to->dateTime().toString(Qt::ISODate));
    return parts.join(QLatin1String("; "));
}

void AuditViewDialog::exportTo(AuditArchive::Format format, const QString &path)
{
    m_export->setEnabled(false);
    m_result->setText(tr("Writing %1...").arg(QDir::toNativeSeparators(path)));
    m_archive->exportTo(format, path, shownEntries(), filterDescription(),
                        [self = QPointer<AuditViewDialog>(this), path](const QString &error) {
                            if (!self)
                                return;
                            self->m_export->setEnabled(true);
                            self->m_result->setText(error.isEmpty()
                                                        ? tr("Wrote %1 (%n entries).", nullptr,
                                                             int(self->shownEntries().size()))
                                                              .arg(QDir::toNativeSeparators(path))
                                                        : tr("Not exported: %1").arg(error));
                            emit self->exported(error);
                        });
}

void AuditViewDialog::chooseExport()
{
    const QString html = tr("HTML report (*.html)");
    const QString pdf = tr("PDF report (*.pdf)");
    const QString json = tr("JSON for machines (*.json)");
    QString chosen;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Audit Report"), QDir::home().filePath(QStringLiteral("audit-report.html")),
        QStringList{html, pdf, json}.join(QLatin1String(";;")), &chosen);
    if (path.isEmpty())
        return;
    // The file name's suffix decides when it names a format, else the filter chosen.
    const QString suffix = QFileInfo(path).suffix().toLower();
    AuditArchive::Format format = chosen == pdf    ? AuditArchive::Format::Pdf
                                  : chosen == json ? AuditArchive::Format::Json
                                                   : AuditArchive::Format::Html;
    if (suffix == QLatin1String("html"))
        format = AuditArchive::Format::Html;
    else if (suffix == QLatin1String("pdf"))
        format = AuditArchive::Format::Pdf;
    else if (suffix == QLatin1String("json"))
        format = AuditArchive::Format::Json;
    exportTo(format, path);
}

} // namespace iha
