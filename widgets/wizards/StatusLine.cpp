#include "widgets/wizards/StatusLine.h"

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

void StatusLine::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    const QFontMetrics metrics = fontMetrics();
    // The first line wraps at a word (or anywhere, for one long word); the rest goes on the
    // second, elided, with the whole text as the tooltip.
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(layoutDirection());
    QTextLayout layout(m_text, font(), this);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    if (first.isValid())
        first.setLineWidth(width());
    layout.endLayout();
    if (!first.isValid())
        return;
    first.draw(&painter, QPointF(0, 0));
    const QString rest = m_text.mid(first.textStart() + first.textLength()).trimmed();
    const QString shown = metrics.elidedText(rest, Qt::ElideRight, width());
    setToolTip(shown == rest ? QString() : m_text);
    if (!rest.isEmpty())
        painter.drawText(QRect(0, metrics.lineSpacing(), width(), metrics.lineSpacing()),
                         Qt::AlignLeading | Qt::AlignVCenter, shown);
}

} // namespace iha
