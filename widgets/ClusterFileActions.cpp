#include "widgets/ClusterFileActions.h"

#include "models/ClusterFile.h"
#include "models/SecretBatch.h"
#include "models/SecretBinding.h"
#include "models/SecretNames.h"
#include "models/SecretStore.h"
#include "widgets/ClusterTemplate.h"
#include "widgets/import/ImportWizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
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
    QHash<QString, QString> nodeOf; // keychain key -> node
    for (const Node &node : cluster.nodes)
        nodeOf.insert(SecretNames::key(cluster, SecretNames::sudoPassword(node.name)), node.name);
    // Secrets are kept by the cluster's name: one kept for another file of that name is not
    // replaced unasked (its hosts would be sent this password).
    const QPointer<ClusterFileActions> self(this);
    readSecrets(
        *m_secrets, nodeOf.keys(),
        [=](const QHash<QString, QString> &found, const std::optional<SecretResult> &problem) {
            if (!self)
                return;
            if (problem)
                return self->sudoPasswordNotKept(cluster, problem->message, then);
            QHash<QString, QString> toWrite;
            QStringList other;
            for (auto it = nodeOf.cbegin(); it != nodeOf.cend(); ++it) {
                // The same password typed for this file: bound to this file's hosts too.
                if (!found.contains(it.key()) || found.value(it.key()) == password)
                    toWrite.insert(SecretNames::sudoPassword(it.value()), password);
                else if (found.value(it.key()) != password)
                    other << it.value();
            }
            other.sort();
            SecretBinding::write(
                *self->m_secrets, cluster, toWrite,
                [=](const QStringList &, const std::optional<SecretResult> &failed) {
                    if (!self)
                        return;
                    QStringList why;
                    if (!other.isEmpty())
                        why << tr("The keychain already holds another sudo password of "
                                  "cluster %1 for %2 (of another file of that name?); it "
                                  "is left as it was.")
                                   .arg(cluster.name, other.join(QLatin1String(", ")));
                    if (failed)
                        why << failed->message;
                    if (why.isEmpty())
                        return then();
                    self->sudoPasswordNotKept(cluster, why.join(QLatin1Char('\n')), then);
                });
        });
}

void ClusterFileActions::sudoPasswordNotKept(const Cluster &cluster, const QString &why,
                                             const std::function<void()> &then)
{
    then();
    // Not a nested event loop: the window goes on while the box is open.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("sudo password not kept"),
                                tr("The sudo password was not kept in the keychain for every "
                                   "host of %1; it will be asked for when needed.\n%2")
                                    .arg(cluster.name, why),
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("sudoPasswordNotKept"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
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
