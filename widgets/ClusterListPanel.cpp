#include "widgets/ClusterListPanel.h"

#include "widgets/VerdictColors.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace iha {

ClusterListPanel::ClusterListPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Clusters"));
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    m_list->setObjectName(QStringLiteral("clusterList"));
    m_list->setAccessibleName(tr("Clusters"));
    m_list->setIconSize(QSize(16, 16));
    m_list->setSpacing(2);
    label->setBuddy(m_list);
    connect(m_list, &QListWidget::currentRowChanged, this, &ClusterListPanel::currentRowChanged);

    auto *add = new QToolButton;
    add->setObjectName(QStringLiteral("addClusterButton"));
    add->setText(tr("Add..."));
    add->setToolTip(tr("Open another cluster file"));
    add->setAccessibleName(tr("Add a cluster"));
    connect(add, &QToolButton::clicked, this, &ClusterListPanel::addRequested);
    auto *remove = new QToolButton;
    remove->setObjectName(QStringLiteral("removeClusterButton"));
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Stop watching the selected cluster (its file is kept)"));
    remove->setAccessibleName(tr("Remove the selected cluster from the list"));
    connect(remove, &QToolButton::clicked, this, &ClusterListPanel::removeRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();

    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
}

void ClusterListPanel::setRow(int row, const QString &cluster, const QString &path,
                              const ClusterVerdict *verdict, const QString &runningProcedure)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item)
        return;
    const QString state = !runningProcedure.isEmpty() ? tr("%1 running").arg(runningProcedure)
                          : verdict                   ? verdictWords(verdict->kind)
                                                      : tr("not checked yet");
    item->setText(QStringLiteral("%1\n%2").arg(cluster, state));
    item->setIcon(verdictDot(verdict ? verdictColor(verdict->kind, palette())
                                     : palette().color(QPalette::Mid),
                             devicePixelRatioF()));
    item->setToolTip(QStringLiteral("%1\n%2").arg(
        QDir::toNativeSeparators(path),
        verdict && runningProcedure.isEmpty() ? verdict->summary : state));
    item->setData(Qt::AccessibleTextRole, tr("Cluster %1: %2").arg(cluster, state));
}

} // namespace iha
