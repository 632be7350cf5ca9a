#include "widgets/HostKeyDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace iha {

namespace {

QLabel *selectable(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    if (objectName.contains(QLatin1String("Fingerprint")))
        label->setFont(mono);
    return label;
}

} // namespace

HostKeyDialog::HostKeyDialog(const Question &question, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    const bool changed = question.verdict != KnownHosts::Verdict::Unknown;
    setWindowTitle(changed ? tr("Host key changed: connection refused") : tr("Unknown host key"));

    auto *icon = new QLabel;
    const QStyle::StandardPixmap pixmap =
        changed ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxQuestion;
    icon->setPixmap(style()->standardIcon(pixmap).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);

    auto *intro = new QLabel(
        changed ? tr("<b>The host key of %1 has changed.</b> This may be an attack, or the host "
                     "was reinstalled. "
                     "Nothing was sent to it, and it cannot be accepted here. If the change is "
                     "expected, remove the "
                     "old entry from %2 and connect again.")
                      .arg(question.host.toHtmlEscaped(), question.source.toHtmlEscaped())
                : tr("<b>%1 is not known yet.</b> Compare the fingerprint below with the host's "
                     "own (run "
                     "<tt>ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub</tt> on it, or ask its "
                     "administrator) "
                     "before you accept it.")
                      .arg(question.host.toHtmlEscaped()));
    intro->setObjectName(QStringLiteral("hostKeyIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    auto *form = new QFormLayout;
    form->addRow(tr("Host:"), selectable(question.host, QStringLiteral("hostKeyHost")));
    form->addRow(tr("Key type:"), selectable(question.key.type, QStringLiteral("hostKeyType")));
    form->addRow(changed ? tr("Presented now:") : tr("Fingerprint:"),
                 selectable(question.key.fingerprint(), QStringLiteral("hostKeyFingerprint")));
    if (changed)
        form->addRow(tr("On record:"),
                     selectable(question.knownFingerprints.join(QLatin1Char('\n')),
                                QStringLiteral("hostKeyKnownFingerprints")));

    auto *buttons = new QDialogButtonBox;
    if (changed) {
        buttons->addButton(QDialogButtonBox::Close);
    } else {
        QPushButton *accept =
            buttons->addButton(tr("&Accept and Remember"), QDialogButtonBox::AcceptRole);
        accept->setObjectName(QStringLiteral("acceptHostKeyButton"));
        accept->setAutoDefault(false);
        m_reject = buttons->addButton(tr("&Reject"), QDialogButtonBox::RejectRole);
        m_reject->setObjectName(QStringLiteral("rejectHostKeyButton"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(intro);
    text->addSpacing(8);
    text->addLayout(form);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void HostKeyDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // After the button box has picked its own default: Enter must not accept a key by accident.
    if (m_reject)
        m_reject->setDefault(true);
}

} // namespace iha
