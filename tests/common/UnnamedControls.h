#pragma once

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QStringList>

// The controls of `page` an operator can reach (buttons, fields, lists) that have no name a
// screen reader can say; `walked` counts the controls looked at, so that a test can tell it
// looked at some.
inline QStringList unnamedControls(QWidget *page, int *walked = nullptr)
{
    QStringList unnamed;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(page) || widget->focusPolicy() == Qt::NoFocus ||
            widget->objectName().startsWith(QLatin1String("qt_"))) // a spin box's own editor
            continue;
        if (!qobject_cast<QAbstractButton *>(widget) && !qobject_cast<QLineEdit *>(widget) &&
            !qobject_cast<QComboBox *>(widget) && !qobject_cast<QAbstractScrollArea *>(widget) &&
            !qobject_cast<QAbstractSpinBox *>(widget))
            continue;
        if (walked)
            ++*walked;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(widget);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QLatin1String(widget->metaObject()->className()) + QLatin1Char(' ') +
                           widget->objectName();
    }
    return unnamed;
}
