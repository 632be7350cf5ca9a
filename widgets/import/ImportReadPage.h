#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace iha {

class ImportService;
struct ImportDraft;

// Every host read at once, one line and a mark each; a host that cannot be read says why
// (an unknown host key is asked about in the host key dialog), with Read Again.
class ImportReadPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportReadPage(ImportDraft *draft, ImportService *service, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void read();
    QTreeWidgetItem *itemOf(const QString &address) const;

    ImportDraft *m_draft;
    ImportService *m_service;
    QTreeWidget *m_hosts;
    QLabel *m_summary;
    QPushButton *m_again;
    bool m_reading = false;
};

} // namespace iha
