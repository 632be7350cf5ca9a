#include "widgets/EmptyState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace iha {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);

    auto *title = new QLabel(tr("No cluster loaded"));
    title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *help = new QLabel(
        tr("New here? <b>Try it on a practice cluster</b>: five hosts on this machine with real "
           "PostgreSQL 15 and OpenSSH servers, marked PRACTICE, to run every procedure and a "
           "failover drill on without risk.<br><br>"
           "A cluster file describes your PostgreSQL primary, its standby and the Inmanta "
           "orchestrator: "
           "their addresses, SSH logins and where PostgreSQL keeps its data.<br><br>"
           "<b>Import</b> a cluster that already runs (everything is read from its hosts), "
           "<b>open</b> a cluster file you already have, or create a <b>new one from the "
           "template</b> (the runbook's defaults) and replace the example addresses with your "
           "hosts' addresses."));
    help->setObjectName(QStringLiteral("emptyStateHelp"));
    help->setWordWrap(true);
    help->setAlignment(Qt::AlignCenter);
    help->setTextFormat(Qt::RichText);
    // A fixed width lets the label compute its height for wrapped text; a maximum alone
    // collapses it to one short column and clips the second paragraph.
    help->setFixedWidth(560);

    auto *openButton = new QPushButton(tr("Open Cluster File..."));
    openButton->setObjectName(QStringLiteral("openClusterButton"));
    openButton->setDefault(true);
    connect(openButton, &QPushButton::clicked, this, &EmptyState::openRequested);
    auto *templateButton = new QPushButton(tr("New from Template..."));
    templateButton->setObjectName(QStringLiteral("newClusterButton"));
    connect(templateButton, &QPushButton::clicked, this, &EmptyState::templateRequested);

    auto *importButton = new QPushButton(tr("Import Running Cluster..."));
    importButton->setObjectName(QStringLiteral("importClusterButton"));
    connect(importButton, &QPushButton::clicked, this, &EmptyState::importRequested);

    auto *practiceButton = new QPushButton(tr("Try It on a Practice Cluster..."));
    practiceButton->setObjectName(QStringLiteral("practiceButton"));
    connect(practiceButton, &QPushButton::clicked, this, &EmptyState::practiceRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(practiceButton);
    buttons->addWidget(importButton);
    buttons->addWidget(openButton);
    buttons->addWidget(templateButton);
    buttons->addStretch();

    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(help, 0, Qt::AlignHCenter);
    layout->addSpacing(18);
    layout->addLayout(buttons);
    layout->addStretch(3);
}

} // namespace iha
