#pragma once

#include "models/AuditArchive.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace iha {

class AuditEntryModel;

// The audit log for people: every entry in a table, filtered by cluster, run and time; the
// selected entry's command, output and decision in full; the chain verified on demand; and
// the filtered entries exported to HTML, PDF or JSON.
class AuditViewDialog : public QDialog
{
    Q_OBJECT

public:
    // `archive` may be null; `problem` then says why there is no audit log.
    AuditViewDialog(AuditArchive *archive, const QString &problem, QWidget *parent = nullptr);

    void setClusterFilter(const QString &cluster);
    // The entries the filters let through, as shown.
    QList<AuditEntry> shownEntries() const;
    // Writes the shown entries; public for tests (the button asks for the file first).
    void exportTo(AuditArchive::Format format, const QString &path);

signals:
    void verified(bool intact, const QString &message);
    void exported(const QString &error);

private:
    void reload();
    void fillRunFilter();
    void applyFilters();
    void showSelected();
    void verify();
    void chooseExport();
    QString filterDescription() const;

    AuditArchive *m_archive;
    QList<AuditEntry> m_all;
    AuditEntryModel *m_model = nullptr;
    QComboBox *m_cluster = nullptr;
    QComboBox *m_run = nullptr;
    QComboBox *m_host = nullptr;
    QComboBox *m_outcome = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace iha
