#include "widgets/wizards/PlainProgressBar.h"

#include <QPainter>
#include <algorithm>

namespace iha {

void PlainProgressBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().brush(QPalette::Base));
    const QRect inside = rect().adjusted(1, 1, -1, -1); // within the frame
    QRect chunk;
    const qint64 range = qint64(maximum()) - minimum();
    const qint64 done = qint64(value()) - minimum();
    if (range > 0 && done > 0) {
        const int width = static_cast<int>(inside.width() * std::min(done, range) / range);
        chunk = inside;
        if (layoutDirection() == Qt::RightToLeft)
            chunk.setLeft(inside.right() + 1 - width);
        else
            chunk.setWidth(width);
        painter.fillRect(chunk, palette().brush(QPalette::Highlight));
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    if (!isTextVisible())
        return;
    // The text in the text colour over the groove and in the highlighted text's over the chunk,
    // whatever the style would do.
    const QString shown = text();
    painter.setClipRegion(QRegion(inside).subtracted(chunk));
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(inside, Qt::AlignCenter, shown);
    if (chunk.isEmpty())
        return;
    painter.setClipRect(chunk);
    painter.setPen(palette().color(QPalette::HighlightedText));
    painter.drawText(inside, Qt::AlignCenter, shown);
}

} // namespace iha
