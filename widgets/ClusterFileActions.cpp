#include "widgets/ClusterFileActions.h"

#include "models/ClusterFile.h"
#include "models/SecretNames.h"
#include "models/SecretStore.h"
#include "widgets/ClusterTemplate.h"
#include "widgets/import/ImportWizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace iha {
namespace {

QString clusterFileFilter()
{
    return ClusterFileActions::tr("Cluster files (*.json);;All files (*)");
}

} // namespace

ClusterFileActions::ClusterFileActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

QString ClusterFileActions::lastDirectory() const
{
    return QSettings().value(QStringLiteral("lastClusterDir"), QDir::homePath()).toString();
}

void ClusterFileActions::open()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Cluster File"),
                                                      lastDirectory(), clusterFileFilter());
    if (!path.isEmpty())
        emit openRequested(path);
}

void ClusterFileActions::createFromTemplate()
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("New Cluster File"),
        QDir(lastDirectory()).filePath(QStringLiteral("cluster.json")), clusterFileFilter());
    if (path.isEmpty())
        return;
    const Cluster cluster = clusterTemplate(QFileInfo(path).completeBaseName());
    const QString error = ClusterFile::save(cluster, path);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot create cluster file"), error);
        return;
    }
    emit created(cluster, path,
                 tr("Created %1: replace the example addresses (192.0.2.x) with your hosts'.")
                     .arg(QDir::toNativeSeparators(path)));
}

void ClusterFileActions::importRunning()
{
    if (!m_imports) {
        QMessageBox::information(m_window, tr("Import a Running Cluster"),
                                 tr("Hosts cannot be read from this window."));
        return;
    }
    if (auto *open = m_window->findChild<ImportWizard *>()) {
        open->raise();
        return;
    }
    auto *wizard = new ImportWizard(m_imports, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The file as written is opened, as any other: its warnings are shown.
    connect(
        wizard, &ImportWizard::imported, this,
        [this](const QString &path, const Cluster &cluster, const QString &sudoPassword) {
            // Kept before the file opens: its monitor reads the secrets as it starts.
            keepSudoPassword(cluster, sudoPassword, [this, path, cluster] {
                emit openRequested(path);
                emit reported(
                    tr("Imported %1 into %2.").arg(cluster.name, QDir::toNativeSeparators(path)));
            });
        });
    wizard->open();
}

void ClusterFileActions::keepSudoPassword(const Cluster &cluster, const QString &password,
                                          std::function<void()> then)
{
    if (password.isEmpty() || !m_secrets || cluster.nodes.isEmpty())
        return then();
    auto left = std::make_shared<qsizetype>(cluster.nodes.size());
    auto failures = std::make_shared<QStringList>();
    for (const Node &node : cluster.nodes) {
        const QString name = SecretNames::sudoPassword(node.name);
        m_secrets->write(SecretNames::key(cluster, name), password,
                         [this, left, failures, then, node = node.name](const SecretResult &r) {
                             if (!r.ok())
                                 *failures << tr("%1: %2").arg(node, r.message);
                             if (--*left > 0)
                                 return;
                             then();
                             if (failures->isEmpty())
                                 return;
                             auto *box = new QMessageBox(
                                 QMessageBox::Warning, tr("sudo password not kept"),
                                 tr("The sudo password could not be kept in the keychain for "
                                    "every host; it will be asked for when needed.\n%1")
                                     .arg(failures->join(QLatin1Char('\n'))),
                                 QMessageBox::Ok, m_window);
                             box->setAttribute(Qt::WA_DeleteOnClose);
                             box->open();
                         });
    }
}

void ClusterFileActions::exportCluster(const Cluster &cluster, const QString &path)
{
    const QString target = QFileDialog::getSaveFileName(m_window, tr("Export Cluster File"), path,
                                                        clusterFileFilter());
    if (target.isEmpty())
        return;
    const QString error = ClusterFile::save(cluster, target);
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Cannot export cluster file"), error);
    else
        emit reported(tr("Exported to %1").arg(QDir::toNativeSeparators(target)));
}

} // namespace iha
