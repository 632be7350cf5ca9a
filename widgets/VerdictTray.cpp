#include "widgets/VerdictTray.h"

#include "widgets/VerdictColors.h"

#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace iha {

VerdictTray::VerdictTray(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_icon = new QSystemTrayIcon(this);
    m_icon->setObjectName(QStringLiteral("verdictTray"));
    const auto bringUp = [window] {
        window->showNormal();
        window->raise();
        window->activateWindow();
    };
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [bringUp](QSystemTrayIcon::ActivationReason r) {
                if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
                    bringUp();
            });
    auto *menu = new QMenu(window);
    menu->addAction(tr("Show the Window"), window, bringUp);
    menu->addAction(tr("Quit"), window, &QWidget::close);
    m_icon->setContextMenu(menu);
}

VerdictTray::Summary VerdictTray::summarize(const QList<Row> &rows)
{
    Summary summary;
    QStringList lines{tr("Inmanta HA Admin")};
    for (const Row &row : rows) {
        // A cluster a procedure runs on has no current verdict: its last one is from before.
        if (row.verdict && row.runningProcedure.isEmpty() &&
            (!summary.worst ||
             verdictSeverity(row.verdict->kind) > verdictSeverity(*summary.worst)))
            summary.worst = row.verdict->kind;
        lines << tr("%1: %2").arg(row.cluster, !row.runningProcedure.isEmpty()
                                                   ? tr("%1 running").arg(row.runningProcedure)
                                               : row.verdict ? verdictWords(row.verdict->kind)
                                                             : tr("not checked yet"));
    }
    summary.toolTip = lines.join(QLatin1Char('\n'));
    return summary;
}

void VerdictTray::show(const QList<Row> &rows)
{
    if (!m_icon)
        return;
    const Summary summary = summarize(rows);
    const QPalette palette = m_window->palette();
    m_icon->setIcon(verdictDot(summary.worst ? verdictColor(*summary.worst, palette)
                                             : palette.color(QPalette::Mid),
                               m_window->devicePixelRatioF()));
    m_icon->setToolTip(summary.toolTip);
    m_icon->setVisible(!rows.isEmpty());
}

} // namespace iha
