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

// Gives up a thread whose work is over without waiting for it to wind down: it is deleted once
// it has ended. The application owns it meanwhile, so an exit still joins it. For the window's
// thread, which would otherwise wait for a thread on a busy machine to get the CPU back.
void retireWhenEnded(OwnedThread thread);

} // namespace iha
