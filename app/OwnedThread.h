#pragma once

#include <QThread>
#include <memory>

namespace iha {

// A QThread owned by the object that started it: on destruction it is asked to quit and
// joined, as qBittorrent's Utils::Thread::UniquePtr does.
struct QuitAndWait
{
    void operator()(QThread *thread) const
    {
        thread->quit();
        thread->wait();
        delete thread;
    }
};

using OwnedThread = std::unique_ptr<QThread, QuitAndWait>;

} // namespace iha
