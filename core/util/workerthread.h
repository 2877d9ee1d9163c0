#pragma once

#include <QString>
#include <QThread>

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
