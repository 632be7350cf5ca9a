#include "widgets/wizards/StatusLine.h"

#include <QAccessible>
#include <QEvent>
#include <QPainter>
#include <QTextLayout>

namespace iha {

StatusLine::StatusLine(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StatusLine::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setAccessibleName(text);
    update();
}

QSize StatusLine::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 40, 2 * fontMetrics().lineSpacing()};
}

QSize StatusLine::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 10, 2 * fontMetrics().lineSpacing()};
}

void StatusLine::changeEvent(QEvent *event)
{
    // A new font changes the height of two lines.
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void StatusLine::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    const QFontMetrics metrics = fontMetrics();
    // The first line wraps at a word; the rest goes on the second, elided.
    QTextLayout layout(m_text, font());
    layout.beginLayout();
    QTextLine first = layout.createLine();
    if (first.isValid()) {
        first.setLineWidth(width());
        first.setPosition(QPointF(0, 0));
    }
    layout.endLayout();
    if (!first.isValid())
        return;
    first.draw(&painter, QPointF(0, 0));
    const QString rest = m_text.mid(first.textStart() + first.textLength()).trimmed();
    if (!rest.isEmpty())
        painter.drawText(QPointF(0, metrics.lineSpacing() + metrics.ascent()),
                         metrics.elidedText(rest, Qt::ElideRight, width()));
}

} // namespace iha
