#include "widgets/wizards/StepMarks.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPalette>
#include <QStyle>
#include <QTreeWidgetItem>

namespace iha::StepMarks {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(StepMarks)
};

} // namespace

void set(QTreeWidgetItem *item, Mark mark)
{
    QStyle *style = QApplication::style();
    QIcon icon;
    QString words;
    switch (mark) {
    case Waiting:
        words = Tr::tr("waiting");
        break;
    case Running:
        icon = style->standardIcon(QStyle::SP_BrowserReload);
        words = Tr::tr("running");
        break;
    case Done:
        icon = style->standardIcon(QStyle::SP_DialogApplyButton);
        words = Tr::tr("done");
        break;
    case AlreadyDone:
        icon = style->standardIcon(QStyle::SP_DialogApplyButton);
        words = Tr::tr("already done");
        break;
    case Failed:
        icon = style->standardIcon(QStyle::SP_MessageBoxCritical);
        words = Tr::tr("failed");
        break;
    case NeedsWord:
        icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
        words = Tr::tr("needs your word");
        break;
    }
    item->setIcon(0, icon);
    item->setData(0, Qt::UserRole, static_cast<int>(mark));
    item->setData(0, Qt::AccessibleDescriptionRole, words);
    item->setToolTip(0, words);
}

void addMessage(QTreeWidgetItem *item, const QString &message)
{
    auto *child = new QTreeWidgetItem(item, {message});
    child->setFirstColumnSpanned(true);
    child->setToolTip(0, message);
}

} // namespace iha::StepMarks
