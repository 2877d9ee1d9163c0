// A worker thread's owner lets go of it only once the system thread is gone, its libraries' thread-exit cleanups
// (pthread key destructors) included: a process that exits while one still runs frees the same memory twice
// (seen as "free(): invalid pointer" in __nptl_deallocate_tsd, about one exit of tst_picturelimits in a hundred).

#include "util/workerthread.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

#include <pthread.h>

using namespace std::chrono_literals;

namespace {

std::atomic<bool> cleanupDone {false};

// A library's per-thread cleanup that takes its time.
void slowCleanup(void *)
{
    std::this_thread::sleep_for(200ms);
    cleanupDone = true;
}

} // namespace

class tst_WorkerThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stoppingWaitsForTheThreadsExitCleanups()
    {
        pthread_key_t key;
        QCOMPARE(pthread_key_create(&key, slowCleanup), 0);
        WorkerThread thread = startWorkerThread(QStringLiteral("worker"));
        static int value = 1;
        runOnThread(thread.get(), [key] { pthread_setspecific(key, &value); });
        cleanupDone = false;
        thread.reset();
        QVERIFY(cleanupDone);
        pthread_key_delete(key);
    }

    void aThreadStoppedAtOnceIsStillWaitedFor()
    {
        for (int i = 0; i < 50; ++i) {
            WorkerThread thread = startWorkerThread(QStringLiteral("brief"));
            thread.reset();
        }
    }
};

QTEST_GUILESS_MAIN(tst_WorkerThread)
#include "tst_workerthread.moc"
