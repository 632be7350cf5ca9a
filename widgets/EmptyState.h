#pragma once

#include <QWidget>

namespace iha {

// What a new user sees before any cluster is loaded: what a cluster file is, and the two ways
// to get one: import a running cluster, open a file, or start from the template.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

signals:
    void importRequested();
    void openRequested();
    void templateRequested();
};

} // namespace iha
