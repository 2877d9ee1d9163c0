// A tile moving between a camera's main and sub streams: it never goes without a picture (the old stream's frames
// until the new one's first), the move can be taken back, and each stream's worker is asked for the tile's size
// only while the tile reads that stream. The frames are published into the feed's real hubs, as the workers do.

#include "camera/camerafeed.h"
#include "camera/streamswitch.h"

#include <QImage>
#include <QSignalSpy>
#include <QTest>

namespace {

const QSize MainSize {1920, 1080};
const QSize SubSize {640, 360};

CameraConfig twoStreamCamera()
{
    CameraConfig config = CameraConfig::named(QStringLiteral("Gate"), QUrl(QStringLiteral("rtsp://cam/main")));
    config.subUrl = QUrl(QStringLiteral("rtsp://cam/sub"));
    return config;
}

Frame picture(QSize size, quint64 sequence)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    return Frame::fromImage(image, sequence);
}

// Lets the queued deliveries of frames arrive.
void deliver()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace

class tst_StreamSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheOldStreamUntilTheNewOneHasAPicture()
    {
        auto feed = std::make_shared<CameraFeed>(twoStreamCamera());
        StreamSwitch view(feed, CameraStream::Sub);
        QSignalSpy switched(&view, &StreamSwitch::switched);
        feed->frames(CameraStream::Sub).publish(picture(SubSize, 1));
        deliver();
        QCOMPARE(view.take().size(), SubSize);

        // Maximized: the main stream is opened in the background; the tile goes on with the sub stream's pictures.
        view.show(CameraStream::Main);
        QCOMPARE(view.shown(), CameraStream::Sub);
        QCOMPARE(view.pending(), std::optional(CameraStream::Main));
        for (quint64 sequence = 2; sequence < 5; ++sequence) {
            feed->frames(CameraStream::Sub).publish(picture(SubSize, sequence));
            deliver();
            const Frame frame = view.take();
            QVERIFY(!frame.isNull());
            QCOMPARE(frame.size(), SubSize);
        }
        QCOMPARE(switched.count(), 0);

        // The main stream's first picture: from it on, only main pictures; the sub stream is let go.
        feed->frames(CameraStream::Main).publish(picture(MainSize, 1));
        deliver();
        QCOMPARE(switched.count(), 1);
        QCOMPARE(switched.first().first().value<CameraStream>(), CameraStream::Main);
        QCOMPARE(view.shown(), CameraStream::Main);
        QVERIFY(!view.pending());
        QCOMPARE(view.take().size(), MainSize);
        feed->frames(CameraStream::Sub).publish(picture(SubSize, 9));
        deliver();
        QVERIFY(view.take().isNull());
        feed->frames(CameraStream::Main).publish(picture(MainSize, 2));
        deliver();
        QCOMPARE(view.take().size(), MainSize);
    }

    void aMoveTakenBackBeforeItsFirstPictureLeavesTheTileAsItWas()
    {
        auto feed = std::make_shared<CameraFeed>(twoStreamCamera());
        StreamSwitch view(feed, CameraStream::Sub);
        QSignalSpy switched(&view, &StreamSwitch::switched);
        view.show(CameraStream::Main);
        view.show(CameraStream::Sub); // the window restored within the dwell's margin
        QVERIFY(!view.pending());
        feed->frames(CameraStream::Main).publish(picture(MainSize, 1));
        feed->frames(CameraStream::Sub).publish(picture(SubSize, 1));
        deliver();
        QCOMPARE(view.take().size(), SubSize);
        QCOMPARE(switched.count(), 0);
        QCOMPARE(view.shown(), CameraStream::Sub);
    }

    // The workers make display pictures only for streams someone reads: the main stream's worker stops scaling
    // for a tile that moved to the sub stream, and a moving tile's size is asked of both.
    void eachStreamIsAskedForTheTileSizeOnlyWhileTheTileReadsIt()
    {
        auto feed = std::make_shared<CameraFeed>(twoStreamCamera());
        {
            StreamSwitch view(feed, CameraStream::Sub);
            view.setDisplay({400, 225}, DisplayRequest::Form::Image);
            QCOMPARE(feed->display(CameraStream::Sub).size(), QSize(400, 225));
            QVERIFY(feed->display(CameraStream::Main).size().isEmpty());

            view.show(CameraStream::Main);
            view.setDisplay({1600, 900}, DisplayRequest::Form::Image);
            QCOMPARE(feed->display(CameraStream::Main).size(), QSize(1600, 900));
            QCOMPARE(feed->display(CameraStream::Sub).size(), QSize(1600, 900));

            feed->frames(CameraStream::Main).publish(picture(MainSize, 1));
            deliver();
            QCOMPARE(view.shown(), CameraStream::Main);
            QVERIFY(feed->display(CameraStream::Sub).size().isEmpty());
            QCOMPARE(feed->display(CameraStream::Main).size(), QSize(1600, 900));
        }
        QVERIFY(feed->display(CameraStream::Main).size().isEmpty()); // the tile closed: nobody asks
    }
};

QTEST_GUILESS_MAIN(tst_StreamSwitch)
#include "tst_streamswitch.moc"
