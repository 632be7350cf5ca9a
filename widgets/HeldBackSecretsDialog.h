#pragma once

#include "models/SecretBinding.h"

#include <QMessageBox>

namespace iha {

// Asks whether secrets kept for a cluster of this name may go where this file sends them
// (SecretBinding): each is named with where it was set for and where it would go now. Keeping
// them back is the default and what Escape does; accepted() means "let them go there".
class HeldBackSecretsDialog : public QMessageBox
{
    Q_OBJECT

public:
    HeldBackSecretsDialog(const QString &clusterName, const QString &clusterFile,
                          const QList<SecretBinding::Withheld> &heldBack,
                          QWidget *parent = nullptr);

    QPushButton *letGoButton() const { return m_letGo; }
    QPushButton *keepBackButton() const { return m_keepBack; }

private:
    QPushButton *m_letGo = nullptr;
    QPushButton *m_keepBack = nullptr;
};

} // namespace iha
