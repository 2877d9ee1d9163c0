#include "camera/camera.h"
#include "camera/cameraregistry.h"
#include "media/framemailbox.h"
#include "sources/pushhub.h"
#include "sources/pushsource.h"
#include "sources/sourcefactory.h"

#include <QSignalSpy>
#include <QTest>

namespace {
const QByteArray Jpeg = QByteArray::fromHex("ffd8ffe000104a464946");
}

class tst_PushHub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void picturesReachTheAttachedReaderNewestFirst()
    {
        PushHub hub;
        FrameMailbox box;
        QVERIFY(hub.addSender(QStringLiteral("yard"), QStringLiteral("Yard")));
        hub.push(QStringLiteral("yard"), Jpeg, {64, 48}); // nobody reads yet: dropped
        hub.attach(QStringLiteral("yard"), &box);
        hub.push(QStringLiteral("yard"), Jpeg + "1", {64, 48});
        hub.push(QStringLiteral("yard"), Jpeg + "2", {64, 48});
        const Frame frame = box.take();
        QCOMPARE(frame.jpeg(), Jpeg + "2");
        QCOMPARE(frame.size(), QSize(64, 48));
        QCOMPARE(box.dropped(), 1u);
        hub.detach(QStringLiteral("yard"), &box);
        hub.push(QStringLiteral("yard"), Jpeg, {64, 48});
        QVERIFY(box.take().isNull());
    }

    void theLastSenderLeavingIsAnnouncedOnce()
    {
        PushHub hub;
        QSignalSpy arrived(&hub, &PushHub::senderArrived);
        QSignalSpy left(&hub, &PushHub::senderLeft);
        QVERIFY(hub.addSender(QStringLiteral("yard"), QStringLiteral("Yard")));
        QVERIFY(hub.addSender(QStringLiteral("yard"), QStringLiteral("Yard")));
        QCOMPARE(arrived.size(), 2);
        QCOMPARE(arrived.at(0).at(1).toString(), QStringLiteral("Yard"));
        hub.removeSender(QStringLiteral("yard"));
        QCOMPARE(left.size(), 0);
        QVERIFY(hub.hasSender(QStringLiteral("yard")));
        hub.removeSender(QStringLiteral("yard"));
        QCOMPARE(left.size(), 1);
        QVERIFY(!hub.hasSender(QStringLiteral("yard")));
        hub.removeSender(QStringLiteral("yard")); // unbalanced: ignored
        QCOMPARE(left.size(), 1);
    }

    void takesAtMostMaxCamerasNames()
    {
        PushHub hub;
        for (int i = 0; i < PushHub::MaxCameras; ++i)
            QVERIFY(hub.addSender(QStringLiteral("cam-%1").arg(i), {}));
        QVERIFY(!hub.addSender(QStringLiteral("one-too-many"), {}));
        QVERIFY(hub.addSender(QStringLiteral("cam-0"), {})); // a known name still takes more senders
    }

    void sourceEndsWhenItsSenderLeaves()
    {
        auto hub = std::make_shared<PushHub>();
        PushSource source(hub, QStringLiteral("yard"));
        QSignalSpy opened(&source, &FrameSource::opened);
        QSignalSpy frames(&source, &FrameSource::frameCaptured);
        QSignalSpy failed(&source, &FrameSource::failed);
        source.open();
        QVERIFY(hub->addSender(QStringLiteral("yard"), {}));
        hub->push(QStringLiteral("yard"), Jpeg, {64, 48});
        QVERIFY(frames.wait(1000));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).value<StreamInfo>().codec, QStringLiteral("mjpeg"));
        QCOMPARE(frames.at(0).at(0).value<Frame>().jpeg(), Jpeg);

        hub->removeSender(QStringLiteral("other")); // not ours
        hub->removeSender(QStringLiteral("yard"));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<SourceError>(), SourceError::StreamEnded);
        hub->push(QStringLiteral("yard"), Jpeg, {64, 48}); // closed: nothing more
        QTest::qWait(50);
        QCOMPARE(frames.size(), 1);
    }

    // A camera registry made with the program's hub reads push cameras from it; one made without a hub says why it
    // cannot, in words.
    void pushCamerasReadFromTheHubTheirRegistryWasGiven()
    {
        auto hub = std::make_shared<PushHub>();
        CameraConfig config;
        config.name = QStringLiteral("Yard");
        config.url = QUrl(QStringLiteral("push:yard"));

        CameraRegistry withHub(std::make_shared<const SourceFactory>(hub));
        Camera *camera = withHub.add(config);
        QVERIFY(hub->addSender(QStringLiteral("yard"), {}));
        // Pushed as a sender does, over and over: the camera's source attaches on its own thread, in its own time.
        for (int i = 0; i < 250 && camera->state() != CameraState::Live; ++i) {
            hub->push(QStringLiteral("yard"), Jpeg, {64, 48});
            QTest::qWait(20);
        }
        QCOMPARE(camera->state(), CameraState::Live);
        QCOMPARE(camera->feed()->frames().latest().jpeg(), Jpeg);

        CameraRegistry withoutHub;
        Camera *orphan = withoutHub.add(config);
        QTRY_COMPARE(orphan->state(), CameraState::Error);
        QCOMPARE(orphan->errorText(), QStringLiteral("nothing can push pictures in this program"));
    }
};

QTEST_GUILESS_MAIN(tst_PushHub)
#include "tst_pushhub.moc"
