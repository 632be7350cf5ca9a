#pragma once

#include <QWidget>

namespace iha {

// What a new user sees before any cluster is loaded (the first run's welcome): what a cluster
// file is, and the ways to get one: try the product on a practice cluster, import a running
// cluster, open a file, or start from the template.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

signals:
    void practiceRequested();
    void importRequested();
    void openRequested();
    void templateRequested();
};

} // namespace iha
