#include "widgets/import/ImportReviewPage.h"

#include "models/ClusterFile.h"
#include "models/ClusterValidator.h"
#include "widgets/import/ImportDraft.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace iha {

ImportReviewPage::ImportReviewPage(ImportDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_nodes(new QTreeWidget)
    , m_warnings(new QLabel)
    , m_problem(new QLabel)
    , m_path(new QLineEdit)
{
    setObjectName(QStringLiteral("importReviewPage"));
    setTitle(tr("What was found"));
    setSubTitle(tr("Check the roles; Finish writes the cluster file and opens it."));
    setButtonText(QWizard::FinishButton, tr("&Write Cluster File"));
    m_nodes->setObjectName(QStringLiteral("importNodes"));
    m_nodes->setAccessibleName(tr("Nodes found, with their roles and settings"));
    m_nodes->setHeaderLabels({tr("Node"), tr("Role"), tr("Address")});
    m_nodes->setRootIsDecorated(false);
    m_nodes->setItemsExpandable(false);
    m_nodes->setWordWrap(true);
    m_nodes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_nodes->header()->setStretchLastSection(true);
    m_warnings->setObjectName(QStringLiteral("importWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_problem->setObjectName(QStringLiteral("importProblem"));
    m_problem->setWordWrap(true);
    m_path->setObjectName(QStringLiteral("importFilePath"));
    m_path->setAccessibleName(tr("Cluster file to write"));
    auto *browse = new QPushButton(tr("&Browse..."));
    browse->setObjectName(QStringLiteral("importPathBrowse"));
    browse->setAccessibleName(tr("Choose where the cluster file goes"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Cluster File"), m_path->text(),
                                                          tr("Cluster files (*.json)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    connect(m_path, &QLineEdit::textChanged, this, &ImportReviewPage::showProblems);

    auto *pathRow = new QHBoxLayout;
    auto *pathLabel = new QLabel(tr("Cluster &file:"));
    pathLabel->setBuddy(m_path);
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_nodes, 1);
    layout->addWidget(m_warnings);
    layout->addLayout(pathRow);
    layout->addWidget(m_problem);
}

void ImportReviewPage::initializePage()
{
    m_cluster = m_draft->result ? m_draft->result->cluster : Cluster{};
    m_nodes->clear();
    for (int i = 0; i < m_cluster.nodes.size(); ++i)
        addNode(i);
    QStringList warnings;
    for (const QString &w : m_draft->result ? m_draft->result->warnings : QStringList())
        warnings << w.toHtmlEscaped();
    m_warnings->setText(
        warnings.isEmpty()
            ? tr("Nothing unusual was found.")
            : tr("<b>Look at this:</b><br>%1").arg(warnings.join(QLatin1String("<br>"))));
    if (m_path->text().isEmpty()) {
        const QString dir =
            QSettings().value(QStringLiteral("lastClusterDir"), QDir::homePath()).toString();
        m_path->setText(QDir(dir).filePath(m_cluster.name + QStringLiteral(".json")));
    }
    showProblems();
}

void ImportReviewPage::addNode(int index)
{
    const Node &node = m_cluster.nodes.at(index);
    auto *item = new QTreeWidgetItem(m_nodes, {node.name, QString(), node.address});
    // What was found, under the node across the columns: long, and worth reading whole.
    auto *found = new QTreeWidgetItem(
        item, {m_draft->result ? m_draft->result->found.value(node.name) : QString()});
    found->setFirstColumnSpanned(true);
    found->setFlags(Qt::ItemIsEnabled);
    item->setExpanded(true);
    auto *role = new QComboBox;
    role->setObjectName(QStringLiteral("importRole-%1").arg(node.name));
    role->setAccessibleName(tr("Role of %1").arg(node.name));
    const QList<NodeRole> roles =
        node.postgres ? QList<NodeRole>{NodeRole::Primary, NodeRole::Standby, NodeRole::Spare}
                      : QList<NodeRole>{NodeRole::Orchestrator, NodeRole::Spare};
    for (NodeRole r : roles)
        role->addItem(roleName(r), static_cast<int>(r));
    role->setCurrentIndex(role->findData(static_cast<int>(node.role)));
    connect(role, &QComboBox::currentIndexChanged, this, [this, index, role] {
        m_cluster.nodes[index].role = static_cast<NodeRole>(role->currentData().toInt());
        showProblems();
    });
    m_nodes->setItemWidget(item, 1, role);
}

QString ImportReviewPage::problem() const
{
    if (!m_draft->result)
        return tr("The hosts were not read.");
    for (const Diagnostic &d : validateCluster(m_cluster)) {
        if (!d.isError())
            continue;
        // "nodes[2].role" means nothing here: the table names nodes.
        static const QRegularExpression index(QStringLiteral("^nodes\\[(\\d+)\\]\\.?"));
        const QRegularExpressionMatch m = index.match(d.field);
        if (m.hasMatch() && m.captured(1).toInt() < m_cluster.nodes.size())
            return tr("%1: %2").arg(m_cluster.nodes.at(m.captured(1).toInt()).name, d.message);
        return d.toString();
    }
    if (!m_cluster.nodeWithRole(NodeRole::Primary))
        return tr("Choose the primary.");
    if (!m_cluster.nodeWithRole(NodeRole::Orchestrator) &&
        !m_draft->order.orchestratorHosts.isEmpty())
        return tr("Choose the orchestrator.");
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return tr("Cluster file: say where it goes.");
    if (!QFileInfo(path).isAbsolute())
        return tr("Cluster file: \"%1\" is a relative path.").arg(path);
    return {};
}

void ImportReviewPage::showProblems()
{
    QString text = problem();
    if (text.isEmpty() && QFileInfo::exists(m_path->text().trimmed()))
        text = tr("%1 exists: it is replaced, and a copy kept as %1.bak.")
                   .arg(m_path->text().trimmed());
    m_problem->setText(text);
    emit completeChanged();
}

bool ImportReviewPage::isComplete() const
{
    return problem().isEmpty();
}

bool ImportReviewPage::validatePage()
{
    const QString path = m_path->text().trimmed();
    if (QFileInfo::exists(path) &&
        QMessageBox::question(this, tr("Replace the Cluster File?"),
                              tr("%1 exists. Replace it with the imported cluster? The old file "
                                 "is kept as %1.bak.")
                                  .arg(path),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
        return false;
    const QString error = ClusterFile::save(m_cluster, path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot write the cluster file"), error);
        return false;
    }
    m_draft->path = path;
    return true;
}

} // namespace iha
