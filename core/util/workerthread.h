#pragma once

#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

// A running QThread owned like any other resource: destroying the pointer quits the thread's event loop and
// waits for it, so no thread outlives its owner. QThread::wait() returns once run() has returned, while the system
// thread still runs its libraries' thread-exit cleanups (pthread key destructors); a process that exits meanwhile
// frees the same memory from its exit handlers (seen: "free(): invalid pointer" in __nptl_deallocate_tsd about
// one exit in a hundred). So the stopper also waits for the system thread itself to be gone.
struct WorkerThreadStopper
{
    std::shared_ptr<std::atomic<long>> systemId; // the thread's Linux thread id, once it runs
    void operator()(QThread *thread) const;
};
using WorkerThread = std::unique_ptr<QThread, WorkerThreadStopper>;

// Starts a thread running its own event loop, named for debuggers and `top -H`.
WorkerThread startWorkerThread(const QString &name);

// Runs `work` on `thread` (which must be running) and waits until it is done. For objects that must be made on
// their own thread: a QObject's private members (QAbstractHttpServer's WebSocket server, say) do not follow it
// on moveToThread().
void runOnThread(QThread *thread, const std::function<void()> &work);
