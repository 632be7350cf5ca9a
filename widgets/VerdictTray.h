#pragma once

#include "models/ClusterStatus.h"

#include <QObject>
#include <optional>

class QSystemTrayIcon;
class QWidget;

namespace iha {

// The tray icon: a dot in the colour of the worst verdict of the listed clusters, their
// verdicts in its tooltip; a click shows the window. Only where the desktop has a tray.
class VerdictTray : public QObject
{
    Q_OBJECT

public:
    explicit VerdictTray(QWidget *window);

    struct Row
    {
        QString cluster;               // as shown to people: the practice cluster's says PRACTICE
        const ClusterVerdict *verdict; // null: not checked yet
        QString runningProcedure;
    };
    void show(const QList<Row> &rows);
    // What the tray shows: the worst current verdict (none: grey) and the tooltip's lines.
    struct Summary
    {
        std::optional<ClusterVerdict::Kind> worst;
        QString toolTip;
    };
    static Summary summarize(const QList<Row> &rows);
    QSystemTrayIcon *icon() const { return m_icon; }

private:
    QWidget *m_window;
    QSystemTrayIcon *m_icon = nullptr;
};

} // namespace iha
