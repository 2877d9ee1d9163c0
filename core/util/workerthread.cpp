#include "workerthread.h"

void WorkerThreadStopper::operator()(QThread *thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

WorkerThread startWorkerThread(const QString &name)
{
    WorkerThread thread(new QThread);
    thread->setObjectName(name);
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
