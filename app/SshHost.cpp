#include "app/SshHost.h"

#include "app/SshWorker.h"

#include <QCoreApplication>

namespace iha {

SshHost::SshHost(const SshTarget &target, const SshPolicy &policy, QObject *parent)
    : RemoteShell(parent)
    , m_target(target)
    , m_cancelBoard(std::make_shared<SshCancelBoard>())
    , m_thread(new QThread)
{
    qRegisterMetaType<iha::RemoteCommand>();
    qRegisterMetaType<iha::CommandResult>();
    qRegisterMetaType<iha::OutputChannel>();
    qRegisterMetaType<iha::ConnectReport>();
    m_thread->setObjectName(QStringLiteral("ssh:") + target.nodeName);
    m_worker = new SshWorker(target, policy, m_cancelBoard);
    m_worker->moveToThread(m_thread.get());
    // Both run on the worker's thread as it ends (QThread deletes deferred objects then): the
    // session is freed where it was used.
    connect(m_thread.get(), &QThread::finished, m_worker, &SshWorker::shutdown,
            Qt::DirectConnection);
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater,
            Qt::DirectConnection);
    connect(m_worker, &SshWorker::outputReceived, this, &RemoteShell::outputReceived,
            Qt::QueuedConnection);
    connect(m_worker, &SshWorker::finished, this, &RemoteShell::finished, Qt::QueuedConnection);
    connect(m_worker, &SshWorker::finished, this, &RemoteShell::resultReady, Qt::DirectConnection);
    connect(m_worker, &SshWorker::opened, this, &SshHost::opened, Qt::QueuedConnection);
    connect(m_worker, &SshWorker::connectionAttempted, this, &SshHost::connectionAttempted,
            Qt::QueuedConnection);
    m_thread->start();
}

SshHost::~SshHost()
{
    beginShutdown();
    m_thread.reset(); // the worker was deleted on its thread as it finished
}

void SshHost::deleteWhenEnded()
{
    setParent(QCoreApplication::instance());
    connect(m_thread.get(), &QThread::finished, this, &QObject::deleteLater);
    beginShutdown();
    if (m_thread->isFinished())
        deleteLater();
}

void SshHost::beginShutdown()
{
    // Stop what runs, so that the thread can end promptly. A command asked for after this
    // never answers: the caller gives the host up.
    m_cancelBoard->shutDown();
    m_thread->quit();
}

quint64 SshHost::nextRequestId()
{
    return ++m_cancelBoard->lastRequestId; // execute() may be called from a runner's thread
}

quint64 SshHost::execute(const RemoteCommand &command)
{
    const quint64 id = nextRequestId();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, command] { worker->execute(id, command); },
        Qt::QueuedConnection);
    return id;
}

void SshHost::cancel(quint64 requestId)
{
    m_cancelBoard->cancel(requestId);
}

quint64 SshHost::open(bool startShellAsRoot)
{
    const quint64 id = nextRequestId();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, startShellAsRoot] { worker->open(id, startShellAsRoot); },
        Qt::QueuedConnection);
    return id;
}

} // namespace iha
