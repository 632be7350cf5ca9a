#pragma once

#include <QObject>
#include <memory>

namespace iha {

class MainWindow;
class PracticeCluster;
class SecretStore;

// The practice cluster from the application (--practice, the empty state's "Try It" button,
// File > Try It on a Practice Cluster): opens it when it is up, else says what will run as root
// and, once the operator agrees, brings it up and opens it. Never blocks the GUI thread: the
// question is a window-modal dialog, the helper a process.
class GuiPractice : public QObject
{
    Q_OBJECT

public:
    GuiPractice(MainWindow *window, SecretStore &secrets, QObject *parent);
    ~GuiPractice() override;

    void start();

private:
    void bringUp();
    void askForRoot(const QString &notice);

    MainWindow *m_window;
    SecretStore &m_secrets;
    std::unique_ptr<PracticeCluster> m_practice;
};

} // namespace iha
