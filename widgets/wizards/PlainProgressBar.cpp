#include "widgets/wizards/PlainProgressBar.h"

#include <QPainter>
#include <QStyleOptionProgressBar>
#include <algorithm>

namespace iha {

void PlainProgressBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().brush(QPalette::Base));
    const qint64 range = qint64(maximum()) - minimum();
    const qint64 done = qint64(value()) - minimum();
    if (range > 0 && done > 0) {
        QRect chunk = rect().adjusted(1, 1, -1, -1); // inside the frame
        const int width = static_cast<int>(chunk.width() * std::min(done, range) / range);
        if (layoutDirection() == Qt::RightToLeft)
            chunk.setLeft(chunk.right() + 1 - width);
        else
            chunk.setWidth(width);
        painter.fillRect(chunk, palette().brush(QPalette::Highlight));
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    // The style's text, in the highlighted text's colour where it lies over the chunk.
    QStyleOptionProgressBar option;
    initStyleOption(&option);
    if (option.textVisible)
        style()->drawControl(QStyle::CE_ProgressBarLabel, &option, &painter, this);
}

} // namespace iha
