#pragma once

#include <QWidget>

namespace iha {

// Two lines of text that change often (the step a run is at) without resizing anything: a
// QLabel asks its window to lay itself out again at each new text, and a QWizard then
// measures every page, which stalls the window for tens of milliseconds. Its height is two
// lines; longer text is elided.
class StatusLine : public QWidget
{
    Q_OBJECT

public:
    explicit StatusLine(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};

} // namespace iha
