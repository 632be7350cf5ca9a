#include "app/OwnedThread.h"

#include <QCoreApplication>

namespace iha {
namespace {

// Holds a retired thread until it has ended; destroyed with the application at the latest,
// which then joins it.
class RetiredThread : public QObject
{
public:
    explicit RetiredThread(OwnedThread thread)
        : QObject(QCoreApplication::instance())
        , m_thread(std::move(thread))
    {
        connect(m_thread.get(), &QThread::finished, this, &QObject::deleteLater);
        m_thread->quit();
        if (m_thread->isFinished())
            deleteLater();
    }

private:
    OwnedThread m_thread;
};

} // namespace

void retireWhenEnded(OwnedThread thread)
{
    if (!thread || !QCoreApplication::instance())
        return; // joined here, as `thread` goes
    new RetiredThread(std::move(thread));
}

} // namespace iha
