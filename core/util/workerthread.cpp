#include "workerthread.h"

#include <chrono>
#include <thread>

#include <sys/syscall.h>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {

// Whether Linux thread `id` of this process still exists (signal 0 only checks).
bool systemThreadAlive(long id)
{
    return syscall(SYS_tgkill, getpid(), id, 0) == 0;
}

} // namespace

void WorkerThreadStopper::operator()(QThread *thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
    // Microseconds in practice; bounded so that a thread stuck in a library's cleanup cannot hold up the caller.
    const long id = systemId ? systemId->load() : 0;
    for (int i = 0; id > 0 && i < 1000 && systemThreadAlive(id); ++i)
        std::this_thread::sleep_for(1ms);
}

WorkerThread startWorkerThread(const QString &name)
{
    WorkerThreadStopper stopper {std::make_shared<std::atomic<long>>(0)};
    WorkerThread thread(new QThread, stopper);
    thread->setObjectName(name);
    // Emitted on the new thread itself, before its event loop starts.
    QObject::connect(
        thread.get(), &QThread::started, thread.get(), [id = stopper.systemId] { id->store(gettid()); },
        Qt::DirectConnection);
    thread->start();
    return thread;
}

void runOnThread(QThread *thread, const std::function<void()> &work)
{
    auto *anchor = new QObject;
    anchor->moveToThread(thread);
    QMetaObject::invokeMethod(
        anchor,
        [anchor, &work] {
            work();
            anchor->deleteLater();
        },
        Qt::BlockingQueuedConnection);
}
