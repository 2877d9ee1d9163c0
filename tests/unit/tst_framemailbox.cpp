#include "media/framemailbox.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

namespace {
Frame frameNumber(quint64 n)
{
    return Frame::fromImage(QImage(16, 16, QImage::Format_RGB32), n);
}
} // namespace

class tst_FrameMailbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsOnlyTheNewestFrame()
    {
        FrameMailbox box;
        for (quint64 n = 1; n <= 5; ++n)
            box.put(frameNumber(n));
        QCOMPARE(box.take().sequence(), 5u);
        QCOMPARE(box.dropped(), 4u);
        QVERIFY(box.take().isNull());
    }

    void tellsTheReaderOnceUntilItTakes()
    {
        FrameMailbox box;
        QSignalSpy available(&box, &FrameMailbox::frameAvailable);
        box.put(frameNumber(1));
        box.put(frameNumber(2));
        box.put(frameNumber(3));
        QCOMPARE(available.count(), 1);
        box.take();
        box.put(frameNumber(4));
        QCOMPARE(available.count(), 2);
    }

    void aFramePutTwiceReachesTheReaderOnce()
    {
        // A viewer that starts with the camera's latest frame while the camera delivers that same frame.
        FrameMailbox box;
        QSignalSpy available(&box, &FrameMailbox::frameAvailable);
        const Frame latest = frameNumber(7);
        box.put(latest);
        QCOMPARE(box.take().sequence(), 7u);
        box.put(latest);
        QVERIFY(box.take().isNull());
        QCOMPARE(available.count(), 1);
        QCOMPARE(box.dropped(), 0u);

        // The next frame goes through, and so does one with the same number from a reconnected source.
        box.put(frameNumber(8));
        QCOMPARE(box.take().sequence(), 8u);
        box.put(frameNumber(8));
        QCOMPARE(box.take().sequence(), 8u);
    }

    void aBusyReaderGetsOneQueuedNotificationNotABacklog()
    {
        FrameMailbox box;
        int notifications = 0;
        connect(
            &box, &FrameMailbox::frameAvailable, this, [&] { ++notifications; }, Qt::QueuedConnection);

        // A producer thread outpaces a reader that does not look until it is done.
        QThread *producer = QThread::create([&box] {
            for (quint64 n = 1; n <= 1000; ++n)
                box.put(frameNumber(n));
        });
        producer->start();
        producer->wait();
        delete producer;

        QCoreApplication::processEvents();
        QCOMPARE(notifications, 1);
        QCOMPARE(box.take().sequence(), 1000u);
    }
};

QTEST_GUILESS_MAIN(tst_FrameMailbox)
#include "tst_framemailbox.moc"
