// The painter never waits for a viewer: while a share thread encodes 1080p variants of a frame (each one ~10 ms of
// work), the GUI thread reads that frame's display image, as a tile's paint does, and the read does not wait for
// the encode. Timing-sensitive: runs alone (label `timing`).

#include "media/frame.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

class tst_PaintWait : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readingTheDisplayImageNeverWaitsForAnEncode()
    {
        QImage image(1920, 1080, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        for (int y = 0; y < image.height(); y += 7)
            image.setPixel(y % image.width(), y, 0xffffffff); // something to compress
        const Frame frame = Frame::fromImage(image, 1);
        const QImage shown = frame.displayImage({640, 360}); // the worker, before publishing

        std::atomic<bool> stop {false};
        std::atomic<int> encodes {0};
        std::thread viewers([&] {
            // Past the cached variants every request is a fresh encode of the whole frame.
            for (int width = 1900; !stop.load(); width = width > 400 ? width - 20 : 1900) {
                if (!frame.jpeg(width, 70).isEmpty())
                    encodes.fetch_add(1);
            }
        });

        std::vector<qint64> waits;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 1500 || encodes.load() < 20) {
            QElapsedTimer read;
            read.start();
            const QImage picture = frame.preparedDisplayImage();
            waits.push_back(read.nsecsElapsed());
            QCOMPARE(picture.constBits(), shown.constBits());
            QThread::usleep(500); // a paint every half millisecond: many more than a screen shows
            if (clock.elapsed() > 20000)
                break;
        }
        stop = true;
        viewers.join();

        std::sort(waits.begin(), waits.end());
        const qint64 p99 = waits[waits.size() * 99 / 100];
        qInfo("%zu reads during %d encodes: median %lld ns, p99 %lld ns, max %lld ns", waits.size(), encodes.load(),
              waits[waits.size() / 2], p99, waits.back());
        QVERIFY2(encodes.load() >= 20, "the encoding thread did not run alongside");
        QVERIFY2(p99 < 1'000'000, qPrintable(QStringLiteral("p99 wait %1 ns").arg(p99)));
    }
};

QTEST_GUILESS_MAIN(tst_PaintWait)
#include "tst_paintwait.moc"
