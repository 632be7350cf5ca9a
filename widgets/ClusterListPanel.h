#pragma once

#include "models/ClusterStatus.h"

#include <QWidget>

class QListWidget;

namespace iha {

// The clusters watched at once, each with its verdict as a coloured dot and in words; Add
// and Remove below them.
class ClusterListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClusterListPanel(QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // Row `row` shows this cluster; `verdict` null: not checked yet; `runningProcedure`: the
    // title of one running on it (its monitor paused).
    void setRow(int row, const QString &cluster, const QString &path, const ClusterVerdict *verdict,
                const QString &runningProcedure = {});

signals:
    void currentRowChanged(int row);
    void addRequested();
    void removeRequested();

private:
    QListWidget *m_list;
};

} // namespace iha
