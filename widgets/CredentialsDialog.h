#pragma once

#include "models/Cluster.h"
#include "models/SecretStore.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace iha {

// Which of a cluster's secrets are in the keychain (never their values), and setting,
// replacing and deleting them. Values are typed twice, never shown, and forgotten once stored.
// Without a keychain it says so and changes nothing: there is no plain-text fallback.
class CredentialsDialog : public QDialog
{
    Q_OBJECT

public:
    // `store` may be null: no keychain adapter at all.
    CredentialsDialog(const Cluster &cluster, SecretStore *store, QWidget *parent = nullptr);

    // What the list says of a secret ("set", "not set", ...), for tests.
    QString stateOf(const QString &name) const;

signals:
    void secretsChanged();

private:
    enum class State
    {
        Checking,
        Set,
        NotSet,
        HeldBack, // set, for other endpoints than this file's (SecretBinding)
        Problem
    };

    void refresh();
    void setState(const QString &name, State state, const QString &problem = {});
    QString selectedName() const;
    void updateButtons();
    void store();
    void confirmDelete();
    void remove(const QString &name);
    void showMessage(const QString &text, bool error);
    void keychainUnusable(const SecretResult &result);

    Cluster m_cluster;
    SecretStore *m_store;
    bool m_usable = true;
    QTreeWidget *m_list = nullptr;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_repeat = nullptr;
    QPushButton *m_set = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace iha
