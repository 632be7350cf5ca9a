#pragma once

#include <QProgressBar>

namespace iha {

// A progress bar drawn flat: a frame, the chunk in the highlight colour, the text centred.
// Horizontal and determinate only (as the Run page uses it): no busy indicator, no vertical or
// inverted bar.
// Fusion draws the groove and chunk with lines that Qt's raster engine (6.4) fills in pieces
// on its thread pool while the window's thread waits. Measured with iha-bench-wizard and perf
// on a busy 2-core machine: each repaint of the Run page's bar kept the window's thread off
// the CPU for 5 to 19 ms (some 36 hand-offs to the pool), for 0.3 ms of drawing.
class PlainProgressBar : public QProgressBar
{
    Q_OBJECT

public:
    using QProgressBar::QProgressBar;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace iha
