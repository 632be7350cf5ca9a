#include "widgets/HeldBackSecretsDialog.h"

#include "models/SecretNames.h"

#include <QDir>
#include <QPushButton>

namespace iha {

HeldBackSecretsDialog::HeldBackSecretsDialog(const QString &clusterName, const QString &clusterFile,
                                             const QList<SecretBinding::Withheld> &heldBack,
                                             QWidget *parent)
    : QMessageBox(parent)
{
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Secrets Held Back"));
    setTextFormat(Qt::PlainText);
    setText(tr("%1 is a file of cluster %2, but it would send the cluster's secrets where they "
               "were not set for. They are held back.")
                .arg(QDir::toNativeSeparators(clusterFile), clusterName));
    // The secrets, then every place new to any of them, once.
    QString secrets;
    QStringList places;
    for (const SecretBinding::Withheld &w : heldBack) {
        secrets += QStringLiteral("\u2022 %1 (%2)\n").arg(w.name, SecretNames::purpose(w.name));
        for (const QString &place : w.newEndpoints) {
            if (!places.contains(place))
                places << place;
        }
    }
    setInformativeText(
        secrets + tr("\nwould go to:\n") + places.join(QLatin1Char('\n')) +
        tr("\n\nLet them go there only if you changed these addresses yourself: a copied or "
           "planted file of the same name would collect them. Until then the cluster is watched "
           "without them."));
    m_letGo = addButton(tr("&Let Them Go There"), QMessageBox::AcceptRole);
    m_keepBack = addButton(tr("&Keep Them Back"), QMessageBox::RejectRole);
    setDefaultButton(m_keepBack);
    setEscapeButton(m_keepBack);
    m_letGo->setAccessibleName(tr("Let the secrets go where this file sends them"));
    m_keepBack->setAccessibleName(tr("Keep the secrets back"));
}

} // namespace iha
