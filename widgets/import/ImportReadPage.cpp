#include "widgets/import/ImportReadPage.h"

#include "widgets/import/ImportDraft.h"
#include "widgets/wizards/StepMarks.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace iha {
namespace {
// Column 0's UserRole holds the mark (StepMarks).
constexpr int kAddressRole = Qt::UserRole + 1;
} // namespace

ImportReadPage::ImportReadPage(ImportDraft *draft, ImportService *service, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_service(service)
    , m_hosts(new QTreeWidget)
    , m_summary(new QLabel)
    , m_again(new QPushButton(tr("&Read Again")))
{
    setObjectName(QStringLiteral("importReadPage"));
    setTitle(tr("Reading the hosts"));
    setSubTitle(tr("Over SSH, as root: read-only, nothing changes on the hosts."));
    m_hosts->setObjectName(QStringLiteral("importHosts"));
    m_hosts->setAccessibleName(tr("Hosts and what reading them gave"));
    m_hosts->setHeaderLabels({tr("Host"), tr("Kind")});
    m_hosts->setWordWrap(true);
    m_hosts->header()->setStretchLastSection(false);
    m_hosts->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_hosts->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_summary->setObjectName(QStringLiteral("importReadSummary"));
    m_summary->setWordWrap(true);
    m_again->setObjectName(QStringLiteral("importReadAgain"));
    m_again->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hosts, 1);
    layout->addWidget(m_summary);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_again);
    layout->addLayout(buttons);
    connect(m_again, &QPushButton::clicked, this, &ImportReadPage::read);
    if (!m_service)
        return;
    connect(m_service, &ImportService::hostRead, this,
            [this](const QString &address, bool ok, const QString &message) {
                if (!m_reading)
                    return;
                QTreeWidgetItem *item = itemOf(address);
                if (!item)
                    return;
                StepMarks::set(item, ok ? StepMarks::Done : StepMarks::Failed);
                if (ok)
                    item->setText(0, tr("%1: %2").arg(address, message));
                else
                    StepMarks::addMessage(item, message);
            });
    connect(m_service, &ImportService::finished, this,
            [this](const ClusterImport::Result &result, const QStringList &failed) {
                if (!m_reading)
                    return;
                m_reading = false;
                m_draft->result = result;
                m_draft->failedHosts = failed;
                m_again->setEnabled(true);
                m_summary->setText(
                    failed.isEmpty()
                        ? tr("Every host was read.")
                        : tr("%n host(s) could not be read: fix what is said above (an unknown "
                             "host key is asked about), then Read Again.",
                             nullptr, int(failed.size())));
                emit completeChanged();
            });
}

void ImportReadPage::initializePage()
{
    read();
}

void ImportReadPage::cleanupPage()
{
    if (m_reading && m_service)
        m_service->cancel();
    m_reading = false;
}

bool ImportReadPage::isComplete() const
{
    return !m_reading && m_draft->result && m_draft->failedHosts.isEmpty();
}

QTreeWidgetItem *ImportReadPage::itemOf(const QString &address) const
{
    for (int i = 0; i < m_hosts->topLevelItemCount(); ++i) {
        if (m_hosts->topLevelItem(i)->data(0, kAddressRole).toString() == address)
            return m_hosts->topLevelItem(i);
    }
    return nullptr;
}

void ImportReadPage::read()
{
    m_hosts->clear();
    m_draft->result.reset();
    m_draft->failedHosts.clear();
    const auto add = [this](const QString &address, const QString &kind) {
        auto *item = new QTreeWidgetItem(m_hosts, {address, kind});
        item->setData(0, kAddressRole, address);
        StepMarks::set(item, StepMarks::Running);
    };
    for (const QString &address : std::as_const(m_draft->order.databaseHosts))
        add(address, tr("database"));
    for (const QString &address : std::as_const(m_draft->order.orchestratorHosts))
        add(address, tr("orchestrator"));
    m_summary->setText(tr("Reading %n host(s)...", nullptr, m_hosts->topLevelItemCount()));
    m_again->setEnabled(false);
    m_reading = true;
    emit completeChanged();
    if (m_service)
        m_service->start(m_draft->order);
}

} // namespace iha
