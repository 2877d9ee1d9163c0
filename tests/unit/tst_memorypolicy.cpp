#include "processmemory.h"
#include "util/memorypolicy.h"

#include <QTest>
#include <QThread>

#include <sys/resource.h>

#include <array>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

namespace {
// Minor page faults of the calling thread so far: each is a fresh page the kernel had to find and clear.
long pageFaultsOfThisThread()
{
    rusage usage {};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_minflt;
}

struct Faults
{
    double perPicture = 0;
    double pagesPerPicture = 0; // what each picture writes: a fresh page for each would be one fault each
};

// A camera's worker at work: each picture needs a few big buffers at once (the decoded picture, the tile's picture
// made from it, a viewer's JPEG: here three of 1280x720 RGB32, 3.6 MB each), written, then all let go, as happens
// whenever the pictures in flight are all released together. Runs on its own thread, as the cameras' workers do.
Faults picturesWithBuffersInFlight()
{
    constexpr size_t Buffer = 1280 * 720 * 4;
    constexpr int InFlight = 3;
    constexpr int WarmUp = 3;
    constexpr int Pictures = 30;
    long faults = 0;
    const std::unique_ptr<QThread> worker(QThread::create([&faults] {
        long afterWarmUp = 0;
        for (int i = 0; i < Pictures; ++i) {
            if (i == WarmUp)
                afterWarmUp = pageFaultsOfThisThread();
            std::array<char *, InFlight> buffers {};
            for (char *&buffer : buffers) {
                buffer = static_cast<char *>(std::malloc(Buffer));
                if (!buffer)
                    qFatal("out of memory");
                std::memset(buffer, i, Buffer);
            }
            for (char *buffer : buffers)
                std::free(buffer);
        }
        faults = pageFaultsOfThisThread() - afterWarmUp;
    }));
    worker->start();
    worker->wait();
    return {double(faults) / (Pictures - WarmUp), double(Buffer * InFlight) / 4096};
}
} // namespace

class tst_MemoryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const bool told = MemoryPolicy::keepPictureBuffers();
        if (ProcessMemory::underAddressSanitizer())
            QSKIP("AddressSanitizer's allocator takes no such settings and maps big blocks afresh by design; the ci "
                  "build runs this test");
#ifdef __GLIBC__
        QVERIFY(told);
#else
        QSKIP("only glibc's allocator is tuned");
#endif
    }

    // A picture's buffers are found again in the heap: a camera at 25 fps does not pay for fresh pages with every
    // picture (on this machine's virtual CPU 12 ms per 3.6 MB of fresh pages, against 0.07 ms to write them again;
    // the delay from capture to paint of a JPEG camera in a large tile had a p99 of 14-27 ms, 5 ms with this policy).
    void picturesReuseTheMemoryOfThePicturesBefore()
    {
        const Faults faults = picturesWithBuffersInFlight();
        qInfo("%.1f page faults per picture writing %.0f pages", faults.perPicture, faults.pagesPerPicture);
        QVERIFY2(faults.perPicture < faults.pagesPerPicture / 100,
                 qPrintable(QStringLiteral("%1 page faults per picture").arg(faults.perPicture)));
    }

    // Freed memory still goes back to the system when asked (after a camera fails): nothing is held forever.
    void freedMemoryGoesBackWhenAsked()
    {
        constexpr size_t Size = 64 * 1024 * 1024;
        const qint64 before = ProcessMemory::residentKiB();
        std::vector<char *> blocks;
        for (int i = 0; i < 4; ++i) {
            blocks.push_back(static_cast<char *>(std::malloc(Size / 4)));
            QVERIFY(blocks.back());
            std::memset(blocks.back(), 1, Size / 4);
        }
        const qint64 held = ProcessMemory::residentKiB();
        for (char *block : blocks)
            std::free(block);
        const qint64 kept = ProcessMemory::residentKiB();
        MemoryPolicy::returnFreedMemory();
        const qint64 after = ProcessMemory::residentKiB();
        qInfo("RSS %lld KiB, with 64 MiB of pictures %lld, freed %lld, given back %lld", before, held, kept, after);
        QVERIFY(held - before > 60 * 1024);
        QVERIFY2(kept - before > 60 * 1024, "kept for the next pictures");
        QVERIFY2(after - before < 4 * 1024, "given back when asked");
    }
};

QTEST_GUILESS_MAIN(tst_MemoryPolicy)
#include "tst_memorypolicy.moc"
