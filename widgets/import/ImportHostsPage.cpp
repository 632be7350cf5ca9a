#include "widgets/import/ImportHostsPage.h"

#include "models/ClusterValidator.h"
#include "widgets/import/ImportDraft.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>

namespace iha {

ImportHostsPage::ImportHostsPage(ImportDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_name(new QLineEdit)
    , m_databaseHosts(new QLineEdit)
    , m_orchestratorHosts(new QLineEdit)
    , m_user(new QLineEdit)
    , m_port(new QSpinBox)
    , m_identity(new QLineEdit)
    , m_sudoPassword(new QLineEdit)
    , m_keepSudoPassword(new QCheckBox(tr("&Keep it in the keychain for these hosts")))
    , m_problem(new QLabel)
{
    setObjectName(QStringLiteral("importHostsPage"));
    setTitle(tr("The hosts of the running cluster"));
    setSubTitle(tr("Their roles, PostgreSQL's directories, port, service and programs, and the "
                   "orchestrator's database are read from the hosts: nothing is typed, nothing "
                   "changes on them."));
    const auto named = [](QWidget *field, const char *objectName, const QString &accessible) {
        field->setObjectName(QLatin1String(objectName));
        field->setAccessibleName(accessible);
    };
    named(m_name, "importName", tr("Cluster name"));
    m_name->setPlaceholderText(tr("e.g. prod"));
    named(m_databaseHosts, "importDatabaseHosts", tr("Database hosts"));
    m_databaseHosts->setPlaceholderText(tr("addresses, separated by spaces or commas"));
    named(m_orchestratorHosts, "importOrchestratorHosts", tr("Orchestrator hosts"));
    m_orchestratorHosts->setPlaceholderText(tr("the Inmanta server's host, and any spare"));
    named(m_user, "importSshUser", tr("SSH user"));
    m_user->setPlaceholderText(SshSettings{}.effectiveUser());
    named(m_port, "importSshPort", tr("SSH port"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    named(m_identity, "importIdentityFile", tr("SSH key file"));
    m_identity->setPlaceholderText(tr("ssh-agent and the default keys"));
    named(m_sudoPassword, "importSudoPassword", tr("sudo password"));
    m_sudoPassword->setEchoMode(QLineEdit::Password);
    m_sudoPassword->setPlaceholderText(tr("only when the SSH user is not root and sudo asks"));
    // The procedures need it too: typed once, at 3 a.m., rather than again for the first run.
    named(m_keepSudoPassword, "importKeepSudoPassword",
          tr("Keep the sudo password in the keychain for these hosts"));
    m_keepSudoPassword->setChecked(true);
    m_keepSudoPassword->setEnabled(false);
    connect(m_sudoPassword, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_keepSudoPassword->setEnabled(!text.isEmpty()); });
    m_problem->setObjectName(QStringLiteral("importHostsProblem"));
    m_problem->setWordWrap(true);

    auto *browse = new QPushButton(tr("&Browse..."));
    browse->setObjectName(QStringLiteral("importIdentityBrowse"));
    browse->setAccessibleName(tr("Choose the SSH key file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("SSH Key File"), QDir::homePath() + QStringLiteral("/.ssh"));
        if (!file.isEmpty())
            m_identity->setText(file);
    });
    auto *identityRow = new QHBoxLayout;
    identityRow->addWidget(m_identity, 1);
    identityRow->addWidget(browse);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Cluster &name:"), m_name);
    form->addRow(tr("&Database hosts:"), m_databaseHosts);
    form->addRow(tr("&Orchestrator hosts:"), m_orchestratorHosts);
    form->addRow(tr("SSH &user:"), m_user);
    form->addRow(tr("SSH &port:"), m_port);
    auto *identityLabel = new QLabel(tr("SSH &key file:"));
    identityLabel->setBuddy(m_identity);
    form->addRow(identityLabel, identityRow);
    form->addRow(tr("s&udo password:"), m_sudoPassword);
    form->addRow(QString(), m_keepSudoPassword);
    form->addRow(m_problem);

    for (QLineEdit *field : {m_name, m_databaseHosts, m_orchestratorHosts, m_user, m_identity})
        connect(field, &QLineEdit::textChanged, this, [this] {
            m_problem->setText(problem());
            emit completeChanged();
        });
}

QStringList ImportHostsPage::addresses(const QLineEdit *field)
{
    return field->text().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
}

QString ImportHostsPage::problem() const
{
    if (m_name->text().isEmpty())
        return {}; // nothing typed yet: nothing to complain about
    if (const QString error = checkName(m_name->text()); !error.isEmpty())
        return tr("Cluster name: %1").arg(error);
    const QStringList databases = addresses(m_databaseHosts);
    const QStringList orchestrators = addresses(m_orchestratorHosts);
    if (databases.isEmpty())
        return tr("Database hosts: give at least the primary's address.");
    QSet<QString> seen;
    for (const QString &address : databases + orchestrators) {
        if (const QString error = checkAddress(address); !error.isEmpty())
            return tr("Host %1: %2").arg(address, error);
        if (seen.contains(address))
            return tr("Host %1 is listed twice.").arg(address);
        seen.insert(address);
    }
    if (!m_identity->text().isEmpty()) {
        if (const QString error = checkIdentityFile(m_identity->text()); !error.isEmpty())
            return tr("SSH key file: %1").arg(error);
    }
    return {};
}

bool ImportHostsPage::isComplete() const
{
    return !m_name->text().isEmpty() && !m_databaseHosts->text().trimmed().isEmpty() &&
           problem().isEmpty();
}

bool ImportHostsPage::validatePage()
{
    ImportOrder &order = m_draft->order;
    order.clusterName = m_name->text();
    order.databaseHosts = addresses(m_databaseHosts);
    order.orchestratorHosts = addresses(m_orchestratorHosts);
    order.ssh = SshSettings{};
    order.ssh.user = m_user->text().trimmed();
    order.ssh.port = m_port->value();
    order.ssh.portGiven = true; // the imported file says the port it was read through
    order.ssh.identityFile = m_identity->text().trimmed();
    order.sudoPassword = m_sudoPassword->text();
    m_draft->keepSudoPassword = !order.sudoPassword.isEmpty() && m_keepSudoPassword->isChecked();
    return true;
}

} // namespace iha
