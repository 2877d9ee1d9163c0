// Pictures whose header claims a giant size, through every way a JPEG comes in: an HTTP camera, a WebSocket camera,
// a folder of files, and a sender pushing to the share server. A 1 KB JPEG that says 30000×30000 would take 3.6 GB
// once decoded (65535×65535: 16 GB); each entry point refuses it before anything is allocated, the camera says
// "picture too large: W×H", and this process's memory stays flat while such pictures keep arriving. A webcam's
// MJPEG goes through the same check in WebcamSource; there is no webcam here to send one.

#include "camera/camera.h"
#include "camera/camerafeed.h"
#include "httpcameraserver.h"
#include "jpegfiles.h"
#include "media/jpegcodec.h"
#include "mjpegreader.h"
#include "processmemory.h"
#include "pythonpeer.h"
#include "share/shareserver.h"
#include "sources/pushhub.h"
#include "testcameras.h"

#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

namespace {

const QSize Claimed(30000, 30000);
const QString TooLarge = QStringLiteral("picture too large: 30000×30000");

} // namespace

class tst_PictureLimits : public QObject
{
    Q_OBJECT

private:
    QByteArray m_bomb;
    QTemporaryDir m_bombDir; // one file: the bomb
    std::shared_ptr<PushHub> m_hub = std::make_shared<PushHub>();
    ShareServer m_share; // with the push hub: seed 000's senders may push to it

    QUrl senderPath(const QString &name) const
    {
        QUrl path = m_share.url().resolved(QUrl(QStringLiteral("ws/video/%1/").arg(name)));
        path.setScheme(QStringLiteral("ws"));
        return path;
    }

    // Memory before, and after `seconds` of the camera receiving bombs with a viewer asking for re-encoded pictures.
    void verifyMemoryStaysFlat(Camera &camera, int seconds)
    {
        m_share.addCamera(camera.feed());
        const auto forget = qScopeGuard([&] { m_share.removeCamera(camera.id()); });
        camera.setShared(true);
        const qint64 before = ProcessMemory::residentKiB();
        MjpegReader viewer(m_share.url().resolved(
            QUrl(QStringLiteral("cameras/%1/stream.mjpg?quality=50&width=640").arg(camera.id()))));
        viewer.start();
        QTest::qWait(seconds * 1000);
        const qint64 after = ProcessMemory::residentKiB();
        qInfo("RSS %lld -> %lld KiB over %d s of refused pictures", before, after, seconds);
        QVERIFY2(after - before < 32 * 1024, qPrintable(QString::number(after - before)));
        QCOMPARE(viewer.partCount(), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bomb = jpegClaimingSize(Claimed);
        QCOMPARE(JpegCodec::forThisThread().imageSize(m_bomb), Claimed);
        QVERIFY(m_bomb.size() < 2048);
        QVERIFY(writeFile(m_bombDir.filePath(QStringLiteral("frame0.jpg")), m_bomb));
        ShareServer::Settings settings;
        settings.port = 0;
        settings.pushHub = m_hub;
        QString error;
        QVERIFY2(m_share.start(settings, &error), qPrintable(error));
    }

    void theCodecRefusesAndSaysWhy()
    {
        QCOMPARE(JpegCodec::sizeProblem(Claimed).left(TooLarge.size()), TooLarge);
        QVERIFY(JpegCodec::forThisThread().decode(m_bomb).isNull());
        QVERIFY(JpegCodec::forThisThread().decode(jpegClaimingSize({65535, 65535})).isNull());
        QVERIFY(!JpegCodec::sizeProblem({8193, 100}).isEmpty());
        QVERIFY(!JpegCodec::sizeProblem({7000, 7000}).isEmpty()); // 49 megapixels
        QVERIFY(JpegCodec::sizeProblem({8000, 5000}).isEmpty()); // 40 megapixels: an 8K fisheye
        QVERIFY(JpegCodec::sizeProblem({3840, 2160}).isEmpty());
    }

    void anHttpCameraSendingOneIsRefused()
    {
        HttpCameraServer server({m_bomb}, {}, {});
        QVERIFY(server.start());
        Camera camera(TestCameras::config(QStringLiteral("http-bomb"), server.url(QStringLiteral("/stream?fps=25"))));
        QTRY_VERIFY_WITH_TIMEOUT(camera.errorText().contains(TooLarge), 5000);
        QCOMPARE(camera.feed()->frames().latest().isNull(), true);
        verifyMemoryStaysFlat(camera, 3);
    }

    void aWebSocketCameraSendingOneIsRefused()
    {
        PythonPeer peer;
        QVERIFY(peer.start(QStringLiteral("ws_camera_peer.py"),
                           {QStringLiteral("--mode"), QStringLiteral("binary"), QStringLiteral("--fps"),
                            QStringLiteral("25"), QStringLiteral("--frames"), m_bombDir.path()}));
        const quint16 port = peer.waitForPort();
        QVERIFY(port != 0);
        Camera camera(TestCameras::config(QStringLiteral("ws-bomb"),
                                          QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/video/cam/").arg(port))));
        QTRY_VERIFY_WITH_TIMEOUT(camera.errorText().contains(TooLarge), 5000);
        verifyMemoryStaysFlat(camera, 3);
    }

    void aFolderSkipsItAndSaysWhyWhenNothingElseIsLeft()
    {
        Camera only(TestCameras::config(
            QStringLiteral("folder-bomb"),
            QUrl(QUrl::fromLocalFile(m_bombDir.path() + u'/').toString() + QStringLiteral("?fps=25"))));
        QTRY_VERIFY_WITH_TIMEOUT(only.errorText().contains(TooLarge), 5000);
        QVERIFY2(only.errorText().contains(u"frame0.jpg"), qPrintable(only.errorText()));

        // Among good pictures it is passed over: the camera plays the others.
        QTemporaryDir mixed;
        const QList<QByteArray> good = writeJpegFiles(mixed.path(), 3, {320, 240});
        QCOMPARE(good.size(), 3);
        QVERIFY(writeFile(mixed.filePath(QStringLiteral("frame1b.jpg")), m_bomb));
        Camera camera(
            TestCameras::config(QStringLiteral("folder-mixed"),
                                QUrl(QUrl::fromLocalFile(mixed.path() + u'/').toString() + QStringLiteral("?fps=25"))));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(camera.feed()->status().drops >= 2, 5000);
        QCOMPARE(camera.feed()->status().size, QSize(320, 240));
        QVERIFY(good.contains(camera.feed()->frames().latest().jpeg()));
    }

    void aPushedOneClosesTheSenderAndMakesNoCamera()
    {
        QSignalSpy arrived(m_hub.get(), &PushHub::senderArrived);
        const QUrl path = senderPath(QStringLiteral("bomb"));
        const qint64 before = ProcessMemory::residentKiB();
        for (int i = 0; i < 20; ++i) {
            QWebSocket sender;
            QSignalSpy connected(&sender, &QWebSocket::connected);
            QSignalSpy closed(&sender, &QWebSocket::disconnected);
            sender.open(path);
            QVERIFY(connected.wait(3000));
            sender.sendBinaryMessage(m_bomb);
            QVERIFY(closed.wait(3000));
            QVERIFY2(sender.closeReason().contains(TooLarge), qPrintable(sender.closeReason()));
        }
        const qint64 after = ProcessMemory::residentKiB();
        qInfo("RSS %lld -> %lld KiB after 20 pushed bombs", before, after);
        QVERIFY2(after - before < 32 * 1024, qPrintable(QString::number(after - before)));
        QCOMPARE(arrived.count(), 0);
        QVERIFY(!m_hub->hasSender(QStringLiteral("bomb")));
    }

    // A client on a sender's path holds little until it has proven itself: its first message may be 4 MiB (a 4K
    // picture as base64); after a first picture was accepted, 16 MiB.
    void aSenderGetsTheFullAllowanceOnlyAfterAFirstPicture()
    {
        QSignalSpy arrived(m_hub.get(), &PushHub::senderArrived);
        QTemporaryDir dir;
        const QByteArray picture = writeJpegFiles(dir.path(), 1, {320, 240}).value(0);
        QVERIFY(!picture.isEmpty());
        // A picture with 6 MiB after its end: still a picture, of a size only the full allowance takes.
        const QByteArray large = picture + QByteArray(6 * 1024 * 1024, '\0');

        QWebSocket stranger;
        QSignalSpy strangerConnected(&stranger, &QWebSocket::connected);
        QSignalSpy strangerClosed(&stranger, &QWebSocket::disconnected);
        stranger.open(senderPath(QStringLiteral("stranger")));
        QVERIFY(strangerConnected.wait(3000));
        stranger.sendBinaryMessage(large);
        QVERIFY(strangerClosed.wait(5000));
        QCOMPARE(stranger.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
        QCOMPARE(arrived.count(), 0);

        QWebSocket sender;
        QSignalSpy connected(&sender, &QWebSocket::connected);
        QSignalSpy closed(&sender, &QWebSocket::disconnected);
        sender.open(senderPath(QStringLiteral("proven")));
        QVERIFY(connected.wait(3000));
        sender.sendBinaryMessage(picture);
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 1, 3000);
        sender.sendBinaryMessage(large);
        QVERIFY(!closed.wait(1500));
        QCOMPARE(sender.state(), QAbstractSocket::ConnectedState);
    }
};

QTEST_GUILESS_MAIN(tst_PictureLimits)
#include "tst_picturelimits.moc"
