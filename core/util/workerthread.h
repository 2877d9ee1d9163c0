#pragma once

#include <QString>
#include <QThread>

#include <functional>
#include <memory>

// A running QThread owned like any other resource: destroying the pointer quits the thread's event loop and
// waits for it, so no thread outlives its owner.
struct WorkerThreadStopper
{
    void operator()(QThread *thread) const;
};
using WorkerThread = std::unique_ptr<QThread, WorkerThreadStopper>;

// Starts a thread running its own event loop, named for debuggers and `top -H`.
WorkerThread startWorkerThread(const QString &name);

// Runs `work` on `thread` (which must be running) and waits until it is done. For objects that must be made on
// their own thread: a QObject's private members (QAbstractHttpServer's WebSocket server, say) do not follow it
// on moveToThread().
void runOnThread(QThread *thread, const std::function<void()> &work);
