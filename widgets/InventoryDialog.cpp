#include "widgets/InventoryDialog.h"

#include "models/ClusterFile.h"
#include "models/ClusterValidator.h"
#include "models/MonitoringOutput.h"
#include "widgets/VerdictColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace iha {
namespace {

QLineEdit *lineEdit(const char *objectName, const QString &placeholder = {})
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QLatin1String(objectName));
    edit->setPlaceholderText(placeholder);
    return edit;
}

QSpinBox *portBox(const char *objectName)
{
    auto *box = new QSpinBox;
    box->setObjectName(QLatin1String(objectName));
    box->setRange(0, 65535);
    return box;
}

// Marks a field with a problem: the palette's own Base mixed with red, and the reason as
// tooltip. Clears the mark when `problem` is empty.
void markField(QWidget *widget, const QString &problem)
{
    QPalette palette = widget->parentWidget() ? widget->parentWidget()->palette() : QPalette();
    if (!problem.isEmpty())
        palette.setColor(QPalette::Base,
                         blend(palette.color(QPalette::Base), healthColor(Health::Bad), 0.3));
    widget->setPalette(palette);
    widget->setToolTip(problem);
}

} // namespace

InventoryDialog::InventoryDialog(const Cluster &cluster, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
{
    setObjectName(QStringLiteral("inventoryDialog"));
    setWindowTitle(tr("Inventory of %1").arg(cluster.name));
    resize(860, 640);

    auto *nodesBox = new QGroupBox(tr("Nodes"));
    m_nodes = new QListWidget;
    m_nodes->setObjectName(QStringLiteral("inventoryNodes"));
    m_nodes->setAccessibleName(tr("Nodes"));
    connect(m_nodes, &QListWidget::currentRowChanged, this, &InventoryDialog::showNode);
    auto *add = new QPushButton(tr("&Add Node"));
    add->setObjectName(QStringLiteral("addNodeButton"));
    connect(add, &QPushButton::clicked, this, &InventoryDialog::addNode);
    m_removeNode = new QPushButton(tr("Re&move Node"));
    m_removeNode->setObjectName(QStringLiteral("removeNodeButton"));
    connect(m_removeNode, &QPushButton::clicked, this, &InventoryDialog::removeNode);
    auto *nodeButtons = new QHBoxLayout;
    nodeButtons->addWidget(add);
    nodeButtons->addWidget(m_removeNode);
    auto *nodesLayout = new QVBoxLayout(nodesBox);
    nodesLayout->addWidget(m_nodes, 1);
    nodesLayout->addLayout(nodeButtons);

    auto *middle = new QHBoxLayout;
    middle->addWidget(nodesBox, 1);
    middle->addWidget(createNodeForm(), 2);

    m_problemList = new QLabel;
    m_problemList->setObjectName(QStringLiteral("inventoryProblems"));
    m_problemList->setWordWrap(true);
    m_problemList->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveInventoryButton"));
    QPushButton *import = buttons->addButton(tr("&Import..."), QDialogButtonBox::ActionRole);
    import->setObjectName(QStringLiteral("importButton"));
    import->setToolTip(tr("Replace what is edited here by the content of another cluster file"));
    QPushButton *exportButton = buttons->addButton(tr("E&xport..."), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("Write what is edited here to another file"));
    connect(import, &QPushButton::clicked, this, &InventoryDialog::chooseImport);
    connect(exportButton, &QPushButton::clicked, this, &InventoryDialog::chooseExport);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createClusterForm());
    layout->addLayout(middle, 1);
    layout->addWidget(m_problemList);
    layout->addWidget(buttons);

    loadCluster(cluster);
}

QWidget *InventoryDialog::createClusterForm()
{
    auto *box = new QGroupBox(tr("Cluster"));
    m_name = lineEdit("clusterName");
    m_replicationUser = lineEdit("replicationUser");
    m_slot = lineEdit("replicationSlot");
    m_applicationName = lineEdit("applicationName");
    m_authMethod = new QComboBox;
    m_authMethod->setObjectName(QStringLiteral("authMethod"));
    m_authMethod->addItem(tr("scram-sha-256 (PostgreSQL 15's default)"),
                          QStringLiteral("scram-sha-256"));
    m_authMethod->addItem(tr("md5 (what the runbook writes)"), QStringLiteral("md5"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Name:"), m_name);
    auto *replication = new QHBoxLayout;
    replication->addWidget(m_replicationUser);
    replication->addWidget(new QLabel(tr("slot:")));
    replication->addWidget(m_slot);
    replication->addWidget(new QLabel(tr("application name:")));
    replication->addWidget(m_applicationName);
    auto *replicationLabel = new QLabel(tr("&Replication user:"));
    replicationLabel->setBuddy(m_replicationUser);
    form->addRow(replicationLabel, replication);
    form->addRow(tr("Replication &authentication:"), m_authMethod);
    // The alert thresholds of the Nagios check and the Prometheus rules.
    const Monitoring::Thresholds defaults;
    const auto threshold = [this](const char *name,
                                  std::optional<qint64> MonitoringSettings::*field, const char *key,
                                  qint64 byDefault, const QString &accessible) {
        QLineEdit *edit =
            lineEdit(name, tr("%1 (default)").arg(Monitoring::byteSizeText(byDefault)));
        edit->setAccessibleName(accessible);
        edit->setToolTip(tr("Bytes, or with kB, MB, GB or TB (1024-based); empty: the default."));
        m_thresholds.append({edit, field, key});
        m_fieldWidgets.insert(QStringLiteral("monitoring.") + QLatin1String(key), edit);
        connect(edit, &QLineEdit::textEdited, this, &InventoryDialog::readClusterForm);
        return edit;
    };
    auto *lag = new QHBoxLayout;
    lag->addWidget(new QLabel(tr("warning from")));
    lag->addWidget(threshold("warnLag", &MonitoringSettings::warnLagBytes, "warnLagBytes",
                             defaults.warnLagBytes, tr("Replay lag warning threshold")));
    lag->addWidget(new QLabel(tr("critical from")));
    lag->addWidget(threshold("critLag", &MonitoringSettings::critLagBytes, "critLagBytes",
                             defaults.critLagBytes, tr("Replay lag critical threshold")));
    auto *lagLabel = new QLabel(tr("Replay &lag alerts:"));
    lagLabel->setBuddy(m_thresholds.at(0).edit);
    form->addRow(lagLabel, lag);
    auto *retained = new QHBoxLayout;
    retained->addWidget(new QLabel(tr("warning from")));
    retained->addWidget(threshold("warnRetainedWal", &MonitoringSettings::warnRetainedWalBytes,
                                  "warnRetainedWalBytes", defaults.warnRetainedWalBytes,
                                  tr("Retained WAL warning threshold")));
    retained->addWidget(new QLabel(tr("critical from")));
    retained->addWidget(threshold("critRetainedWal", &MonitoringSettings::critRetainedWalBytes,
                                  "critRetainedWalBytes", defaults.critRetainedWalBytes,
                                  tr("Retained WAL critical threshold")));
    auto *retainedLabel = new QLabel(tr("Retained &WAL alerts:"));
    retainedLabel->setBuddy(m_thresholds.at(2).edit);
    form->addRow(retainedLabel, retained);
    m_replicationUser->setAccessibleName(tr("Replication user"));
    m_slot->setAccessibleName(tr("Replication slot"));
    m_applicationName->setAccessibleName(tr("Application name"));
    m_fieldWidgets.insert({{QStringLiteral("name"), m_name},
                           {QStringLiteral("replication.user"), m_replicationUser},
                           {QStringLiteral("replication.slot"), m_slot},
                           {QStringLiteral("replication.applicationName"), m_applicationName},
                           {QStringLiteral("replication.authMethod"), m_authMethod}});
    for (QLineEdit *edit : {m_name, m_replicationUser, m_slot, m_applicationName})
        connect(edit, &QLineEdit::textEdited, this, &InventoryDialog::readClusterForm);
    connect(m_authMethod, &QComboBox::currentIndexChanged, this, &InventoryDialog::readClusterForm);
    return box;
}

QWidget *InventoryDialog::createNodeForm()
{
    m_nodeForm = new QGroupBox(tr("Selected node"));
    m_nodeName = lineEdit("nodeName");
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("nodeRole"));
    for (const QString &role : allRoleNames())
        m_role->addItem(role, role);
    m_address = lineEdit("nodeAddress", tr("IP address or host name"));
    m_sshUser = lineEdit("sshUser", tr("as OpenSSH: your local user name"));
    m_sshPort = portBox("sshPort");
    m_identityFile = lineEdit("identityFile", tr("empty: ssh-agent and the default keys"));
    m_hasPostgres = new QCheckBox(tr("Runs &PostgreSQL"));
    m_hasPostgres->setObjectName(QStringLiteral("hasPostgres"));
    m_pgPort = portBox("postgresPort");
    m_dataDir = lineEdit("dataDir");
    m_configDir = lineEdit("configDir", tr("empty: in the data directory"));
    m_pgService = lineEdit("postgresService");
    m_binDir = lineEdit("binDir", tr("empty: found on the host"));
    m_hasInmanta = new QCheckBox(tr("Runs an &Inmanta server"));
    m_hasInmanta->setObjectName(QStringLiteral("hasInmanta"));
    m_apiUrl = lineEdit("apiUrl", tr("empty: http://<address>:8888"));
    m_inmantaConfig = lineEdit("inmantaConfig");

    auto *form = new QFormLayout(m_nodeForm);
    form->addRow(tr("N&ame:"), m_nodeName);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("A&ddress:"), m_address);
    form->addRow(tr("SSH &user:"), m_sshUser);
    form->addRow(tr("SSH p&ort:"), m_sshPort);
    form->addRow(tr("SSH &key file:"), m_identityFile);
    form->addRow(m_hasPostgres);
    form->addRow(tr("PostgreSQL port:"), m_pgPort);
    form->addRow(tr("Data directory:"), m_dataDir);
    form->addRow(tr("Configuration directory:"), m_configDir);
    form->addRow(tr("Service:"), m_pgService);
    form->addRow(tr("Programs directory:"), m_binDir);
    form->addRow(m_hasInmanta);
    form->addRow(tr("API URL:"), m_apiUrl);
    form->addRow(tr("Database settings file:"), m_inmantaConfig);
    const QList<QPair<QWidget *, QString>> fields = {
        {m_pgPort, tr("PostgreSQL port")},
        {m_dataDir, tr("Data directory")},
        {m_configDir, tr("Configuration directory")},
        {m_pgService, tr("PostgreSQL service")},
        {m_binDir, tr("Programs directory")},
        {m_apiUrl, tr("API URL")},
        {m_inmantaConfig, tr("Database settings file")}};
    for (const auto &[widget, name] : fields)
        widget->setAccessibleName(name);
    m_fieldWidgets.insert({{QStringLiteral("nodes[].name"), m_nodeName},
                           {QStringLiteral("nodes[].role"), m_role},
                           {QStringLiteral("nodes[].address"), m_address},
                           {QStringLiteral("nodes[].ssh.user"), m_sshUser},
                           {QStringLiteral("nodes[].ssh.port"), m_sshPort},
                           {QStringLiteral("nodes[].ssh.identityFile"), m_identityFile},
                           {QStringLiteral("nodes[].postgres.port"), m_pgPort},
                           {QStringLiteral("nodes[].postgres.dataDir"), m_dataDir},
                           {QStringLiteral("nodes[].postgres.configDir"), m_configDir},
                           {QStringLiteral("nodes[].postgres.service"), m_pgService},
                           {QStringLiteral("nodes[].postgres.binDir"), m_binDir},
                           {QStringLiteral("nodes[].inmanta.apiUrl"), m_apiUrl},
                           {QStringLiteral("nodes[].inmanta.configFile"), m_inmantaConfig}});
    for (QLineEdit *edit : {m_nodeName, m_address, m_sshUser, m_identityFile, m_dataDir,
                            m_configDir, m_pgService, m_binDir, m_apiUrl, m_inmantaConfig})
        connect(edit, &QLineEdit::textEdited, this, &InventoryDialog::readNodeForm);
    for (QSpinBox *box : {m_sshPort, m_pgPort})
        connect(box, &QSpinBox::valueChanged, this, &InventoryDialog::readNodeForm);
    connect(m_role, &QComboBox::currentIndexChanged, this, &InventoryDialog::readNodeForm);
    connect(m_hasPostgres, &QCheckBox::toggled, this, &InventoryDialog::readNodeForm);
    connect(m_hasInmanta, &QCheckBox::toggled, this, &InventoryDialog::readNodeForm);
    return m_nodeForm;
}

void InventoryDialog::loadCluster(const Cluster &cluster)
{
    m_cluster = cluster;
    m_loading = true;
    m_name->setText(cluster.name);
    m_replicationUser->setText(cluster.replication.user);
    for (const Threshold &t : std::as_const(m_thresholds)) {
        const std::optional<qint64> &value = cluster.monitoring.*t.field;
        t.edit->setText(value ? Monitoring::byteSizeText(*value) : QString());
    }
    m_formProblems.clear();
    m_slot->setText(cluster.replication.slot);
    m_applicationName->setText(cluster.replication.applicationName);
    m_authMethod->setCurrentIndex(m_authMethod->findData(cluster.replication.authMethod));
    m_nodes->clear();
    for (const Node &node : cluster.nodes)
        m_nodes->addItem(node.name);
    m_loading = false;
    m_row = -1;
    m_nodes->setCurrentRow(cluster.nodes.isEmpty() ? -1 : 0);
    showNode(m_nodes->currentRow());
    revalidate();
}

void InventoryDialog::showNode(int row)
{
    m_row = row;
    const bool any = row >= 0 && row < m_cluster.nodes.size();
    m_nodeForm->setEnabled(any);
    m_removeNode->setEnabled(any);
    const Node node = any ? m_cluster.nodes.at(row) : Node{};
    const PostgresSettings pg = node.postgresOrDefault();
    const InmantaSettings inmanta = node.inmantaOrDefault();
    m_loading = true;
    m_nodeName->setText(node.name);
    m_role->setCurrentIndex(m_role->findData(roleName(node.role)));
    m_address->setText(node.address);
    m_sshUser->setText(node.ssh.user);
    m_sshPort->setValue(node.ssh.port);
    m_identityFile->setText(node.ssh.identityFile);
    m_hasPostgres->setChecked(node.postgres.has_value());
    m_pgPort->setValue(pg.port);
    m_dataDir->setText(pg.dataDir);
    m_configDir->setText(pg.configDir);
    m_pgService->setText(pg.service);
    m_binDir->setText(pg.binDir);
    m_hasInmanta->setChecked(node.inmanta.has_value());
    m_apiUrl->setText(inmanta.apiUrl);
    m_inmantaConfig->setText(inmanta.configFile);
    for (QWidget *w : {static_cast<QWidget *>(m_pgPort), static_cast<QWidget *>(m_dataDir),
                       static_cast<QWidget *>(m_configDir), static_cast<QWidget *>(m_pgService),
                       static_cast<QWidget *>(m_binDir)})
        w->setEnabled(node.postgres.has_value());
    m_apiUrl->setEnabled(node.inmanta.has_value());
    m_inmantaConfig->setEnabled(node.inmanta.has_value());
    m_loading = false;
    revalidate();
}

void InventoryDialog::readClusterForm()
{
    if (m_loading)
        return;
    m_cluster.name = m_name->text().trimmed();
    m_cluster.replication.user = m_replicationUser->text().trimmed();
    m_cluster.replication.slot = m_slot->text().trimmed();
    m_cluster.replication.applicationName = m_applicationName->text().trimmed();
    m_cluster.replication.authMethod = m_authMethod->currentData().toString();
    m_formProblems.clear();
    for (const Threshold &t : std::as_const(m_thresholds)) {
        const QString text = t.edit->text().trimmed();
        const std::optional<qint64> bytes = Monitoring::parseByteSize(text);
        if (!text.isEmpty() && !bytes)
            m_formProblems.append({Diagnostic::Severity::Error,
                                   QStringLiteral("monitoring.") + QLatin1String(t.key),
                                   tr("\"%1\" is not a size (bytes, or a number with kB, MB, GB "
                                      "or TB)")
                                       .arg(text)});
        m_cluster.monitoring.*t.field = text.isEmpty() ? std::nullopt : bytes;
    }
    revalidate();
}

void InventoryDialog::readNodeForm()
{
    if (m_loading || m_row < 0 || m_row >= m_cluster.nodes.size())
        return;
    Node &node = m_cluster.nodes[m_row];
    node.name = m_nodeName->text().trimmed();
    node.role = roleFromName(m_role->currentData().toString()).value_or(NodeRole::Spare);
    node.address = m_address->text().trimmed();
    node.ssh.user = m_sshUser->text().trimmed();
    // A port the operator changed is the cluster file's from now on (else ~/.ssh/config's
    // Port may still apply).
    node.ssh.portGiven = node.ssh.portGiven || m_sshPort->value() != node.ssh.port;
    node.ssh.port = m_sshPort->value();
    node.ssh.identityFile = m_identityFile->text().trimmed();
    // Database roles always run PostgreSQL, the orchestrator always an Inmanta server.
    if (isDatabaseRole(node.role))
        m_hasPostgres->setChecked(true);
    if (node.role == NodeRole::Orchestrator)
        m_hasInmanta->setChecked(true);
    if (m_hasPostgres->isChecked()) {
        PostgresSettings pg = node.postgresOrDefault();
        pg.port = m_pgPort->value();
        pg.dataDir = m_dataDir->text().trimmed();
        pg.configDir = m_configDir->text().trimmed();
        pg.service = m_pgService->text().trimmed();
        pg.binDir = m_binDir->text().trimmed();
        node.postgres = pg;
    } else {
        node.postgres.reset();
    }
    if (m_hasInmanta->isChecked()) {
        InmantaSettings inmanta = node.inmantaOrDefault();
        inmanta.apiUrl = m_apiUrl->text().trimmed();
        inmanta.configFile = m_inmantaConfig->text().trimmed();
        node.inmanta = inmanta;
    } else {
        node.inmanta.reset();
    }
    m_nodes->item(m_row)->setText(node.name);
    // Checking a box shows its fields with their defaults.
    const bool pgShown = m_dataDir->isEnabled();
    const bool inmantaShown = m_apiUrl->isEnabled();
    if (pgShown != node.postgres.has_value() || inmantaShown != node.inmanta.has_value())
        showNode(m_row);
    else
        revalidate();
}

void InventoryDialog::addNode()
{
    Node node;
    // A free name, so that the new node is valid as soon as it has an address.
    int n = m_cluster.nodes.size() + 1;
    const auto taken = [this](const QString &name) {
        return m_cluster.findNode(name) != nullptr;
    };
    while (taken(QStringLiteral("node%1").arg(n)))
        ++n;
    node.name = QStringLiteral("node%1").arg(n);
    node.role = NodeRole::Spare;
    node.postgres = PostgresSettings{};
    m_cluster.nodes.append(node);
    m_nodes->addItem(node.name);
    m_nodes->setCurrentRow(m_cluster.nodes.size() - 1);
    m_address->setFocus();
}

void InventoryDialog::removeNode()
{
    if (m_row < 0 || m_row >= m_cluster.nodes.size())
        return;
    const int row = m_row;
    m_cluster.nodes.removeAt(row);
    m_row = -1;
    delete m_nodes->takeItem(row);
    showNode(m_nodes->currentRow());
}

void InventoryDialog::revalidate()
{
    m_problems = m_formProblems + validateCluster(m_cluster);
    QHash<QWidget *, QStringList> marks;
    QStringList lines;
    const QRegularExpression nodeIndex(QStringLiteral("^nodes\\[(\\d+)\\]"));
    for (const Diagnostic &d : std::as_const(m_problems)) {
        // Name the node as well as its position: "nodes[2] (db3).address: ...".
        QString field = d.field;
        const QRegularExpressionMatch match = nodeIndex.match(field);
        QString key = field;
        if (match.hasMatch()) {
            const int index = match.captured(1).toInt();
            if (index < m_cluster.nodes.size() && !m_cluster.nodes.at(index).name.isEmpty())
                field.insert(match.capturedEnd(),
                             QStringLiteral(" (%1)").arg(m_cluster.nodes.at(index).name));
            key = index == m_row ? QStringLiteral("nodes[]") + d.field.mid(match.capturedEnd())
                                 : QString();
        }
        lines << (field.isEmpty() ? d.message : field + QLatin1String(": ") + d.message)
                     .toHtmlEscaped();
        if (QWidget *widget = m_fieldWidgets.value(key))
            marks[widget] << d.message;
    }
    for (QWidget *widget : std::as_const(m_fieldWidgets))
        markField(widget, marks.value(widget).join(QLatin1Char('\n')));
    m_problemList->setText(
        lines.isEmpty()
            ? tr("No problems found.")
            : tr("<b>Fix these before saving:</b><br>%1").arg(lines.join(QLatin1String("<br>"))));
    m_save->setEnabled(!hasErrors(m_problems));
    setWindowTitle(tr("Inventory of %1").arg(m_cluster.name));
}

void InventoryDialog::importFile(const QString &path)
{
    const ClusterReadResult result = ClusterFile::load(path);
    if (!result.cluster) {
        QStringList lines;
        for (const Diagnostic &d : result.diagnostics)
            lines << d.toString();
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Cannot import"),
            tr("%1 cannot be read; nothing was changed.").arg(QDir::toNativeSeparators(path)),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importErrorBox"));
        box->setInformativeText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    // Imported even with problems: they are listed and marked, to be fixed here.
    loadCluster(*result.cluster);
}

bool InventoryDialog::save()
{
    revalidate();
    if (hasErrors(m_problems))
        return false;
    const QString error = ClusterFile::save(m_cluster, m_path);
    if (!error.isEmpty()) {
        m_problemList->setText(error.toHtmlEscaped());
        return false;
    }
    emit clusterSaved(m_cluster, m_path);
    return true;
}

void InventoryDialog::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Cluster File"), m_path,
                                                      tr("Cluster files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void InventoryDialog::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Cluster File"), m_path,
                                                      tr("Cluster files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = ClusterFile::save(m_cluster, path);
    m_problemList->setText(error.isEmpty()
                               ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path))
                               : error.toHtmlEscaped());
}

} // namespace iha
