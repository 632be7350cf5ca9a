#include "widgets/CredentialsDialog.h"

#include "models/SecretBinding.h"
#include "models/SecretNames.h"
#include "widgets/VerdictColors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace iha {
namespace {

enum Column
{
    NameColumn,
    StateColumn,
    PurposeColumn
};

} // namespace

CredentialsDialog::CredentialsDialog(const Cluster &cluster, SecretStore *store, QWidget *parent)
    : QDialog(parent)
    , m_cluster(cluster)
    , m_store(store)
{
    setObjectName(QStringLiteral("credentialsDialog"));
    setWindowTitle(tr("Credentials of %1").arg(cluster.name));
    resize(720, 460);

    auto *intro = new QLabel(
        tr("The secrets of cluster %1 live in your keychain, never in files. Their values are "
           "never shown: select one to set, replace or delete it.")
            .arg(cluster.name));
    intro->setWordWrap(true);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("secretList"));
    m_list->setAccessibleName(tr("Secrets of the cluster"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Secret"), tr("State"), tr("Used for")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const QString &name : SecretNames::allFor(cluster)) {
        auto *item = new QTreeWidgetItem(m_list, {name, {}, SecretNames::purpose(name)});
        item->setData(NameColumn, Qt::UserRole, name);
    }
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CredentialsDialog::updateButtons);

    m_value = new QLineEdit;
    m_value->setObjectName(QStringLiteral("secretValue"));
    m_value->setEchoMode(QLineEdit::Password);
    m_value->setAccessibleName(tr("New value"));
    m_repeat = new QLineEdit;
    m_repeat->setObjectName(QStringLiteral("secretRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("New value, again"));
    connect(m_value, &QLineEdit::textChanged, this, &CredentialsDialog::updateButtons);
    connect(m_repeat, &QLineEdit::textChanged, this, &CredentialsDialog::updateButtons);
    auto *form = new QFormLayout;
    form->addRow(tr("New &value:"), m_value);
    form->addRow(tr("&Again:"), m_repeat);

    m_set = new QPushButton(tr("&Set"));
    m_set->setObjectName(QStringLiteral("setSecretButton"));
    connect(m_set, &QPushButton::clicked, this, &CredentialsDialog::store);
    m_delete = new QPushButton(tr("&Delete..."));
    m_delete->setObjectName(QStringLiteral("deleteSecretButton"));
    connect(m_delete, &QPushButton::clicked, this, &CredentialsDialog::confirmDelete);
    auto *editButtons = new QHBoxLayout;
    editButtons->addStretch();
    editButtons->addWidget(m_set);
    editButtons->addWidget(m_delete);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("credentialsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addLayout(editButtons);
    layout->addWidget(m_message);
    layout->addWidget(close);

    m_list->setCurrentItem(m_list->topLevelItem(0));
    refresh();
}

QString CredentialsDialog::stateOf(const QString &name) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->text(NameColumn) == name)
            return m_list->topLevelItem(i)->text(StateColumn);
    }
    return {};
}

void CredentialsDialog::refresh()
{
    if (!m_store) {
        keychainUnusable({SecretResult::Status::Unavailable,
                          {},
                          tr("No keychain is available to this program.")});
        return;
    }
    for (const QString &name : SecretNames::allFor(m_cluster)) {
        setState(name, State::Checking);
        // The value is read only to learn whether it exists; it is dropped at once.
        SecretBinding::read(
            *m_store, m_cluster, {name},
            [self = QPointer<CredentialsDialog>(this),
             name](const QHash<QString, QString> &found,
                   const QList<SecretBinding::Withheld> &withheld,
                   const std::optional<SecretResult> &problem) {
                if (!self)
                    return;
                if (problem && (problem->status == SecretResult::Status::Unavailable ||
                                problem->status == SecretResult::Status::Denied))
                    self->keychainUnusable(*problem);
                else if (problem)
                    self->setState(name, State::Problem, problem->message);
                else if (!withheld.isEmpty())
                    self->setState(name, State::HeldBack,
                                   SecretBinding::describe(withheld.constFirst()) +
                                       tr(". Replace it to let it go where this file sends it."));
                else
                    self->setState(name, found.isEmpty() ? State::NotSet : State::Set);
            });
    }
}

void CredentialsDialog::keychainUnusable(const SecretResult &result)
{
    m_usable = false;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        m_list->topLevelItem(i)->setText(StateColumn, tr("unknown"));
    showMessage(tr("%1 Nothing can be read or stored here until it is; secrets are never kept "
                   "in plain text instead.")
                    .arg(result.message),
                true);
    updateButtons();
}

void CredentialsDialog::setState(const QString &name, State state, const QString &problem)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->text(NameColumn) != name)
            continue;
        item->setData(StateColumn, Qt::UserRole, int(state));
        switch (state) {
        case State::Checking:
            item->setText(StateColumn, tr("checking..."));
            break;
        case State::Set:
            item->setText(StateColumn, tr("set"));
            break;
        case State::NotSet:
            item->setText(StateColumn, tr("not set"));
            break;
        case State::HeldBack:
            item->setText(StateColumn, tr("held back"));
            item->setToolTip(StateColumn, problem);
            break;
        case State::Problem:
            item->setText(StateColumn, tr("cannot tell"));
            item->setToolTip(StateColumn, problem);
            break;
        }
    }
    updateButtons();
}

QString CredentialsDialog::selectedName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(NameColumn) : QString();
}

void CredentialsDialog::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const int state = item ? item->data(StateColumn, Qt::UserRole).toInt() : -1;
    const bool isSet = state == int(State::Set) || state == int(State::HeldBack);
    m_set->setText(isSet ? tr("&Replace") : tr("&Set"));
    m_set->setEnabled(m_usable && item && !m_value->text().isEmpty() &&
                      m_value->text() == m_repeat->text());
    m_set->setToolTip(!m_value->text().isEmpty() && m_value->text() != m_repeat->text()
                          ? tr("The two values differ.")
                          : QString());
    m_delete->setEnabled(m_usable && isSet);
    m_value->setEnabled(m_usable);
    m_repeat->setEnabled(m_usable);
}

void CredentialsDialog::store()
{
    const QString name = selectedName();
    if (name.isEmpty() || !m_store)
        return;
    const QString value = m_value->text();
    // Forget the typed value in the widgets right away; the keychain job holds its copy.
    m_value->clear();
    m_repeat->clear();
    m_set->setEnabled(false);
    // Typed for this file: it may go where this file sends it.
    SecretBinding::write(
        *m_store, m_cluster, {{name, value}},
        [self = QPointer<CredentialsDialog>(this), name](const QStringList &,
                                                         const std::optional<SecretResult> &r) {
            if (!self)
                return;
            if (r) {
                self->showMessage(tr("%1 was not stored: %2").arg(name, r->message), true);
                return;
            }
            self->setState(name, State::Set);
            self->showMessage(tr("%1 is stored in the keychain, for this file's hosts.").arg(name),
                              false);
            emit self->secretsChanged();
        });
}

void CredentialsDialog::confirmDelete()
{
    const QString name = selectedName();
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Delete %1?").arg(name),
        tr("Delete %1 of cluster %2 from the keychain? Procedures that need it will ask for it "
           "again.")
            .arg(name, m_cluster.name),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, name](QAbstractButton *button) {
        if (button == yes)
            remove(name);
    });
    box->open();
}

void CredentialsDialog::remove(const QString &name)
{
    SecretBinding::remove(
        *m_store, m_cluster, name,
        [self = QPointer<CredentialsDialog>(this), name](const SecretResult &r) {
            if (!self)
                return;
            if (!r.ok() && r.status != SecretResult::Status::NotFound) {
                self->showMessage(tr("%1 was not deleted: %2").arg(name, r.message), true);
                return;
            }
            self->setState(name, State::NotSet);
            self->showMessage(tr("%1 is deleted from the keychain.").arg(name), false);
            emit self->secretsChanged();
        });
}

void CredentialsDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, healthColor(Health::Bad));
    m_message->setPalette(palette);
}

} // namespace iha
