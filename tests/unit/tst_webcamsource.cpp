// Local cameras. There is no webcam and no v4l2loopback on the machines that run these tests, so what needs a
// device that delivers pictures (going live, MJPEG pass-through, a busy device, unplugging) is skipped with QSKIP
// and runs wherever a camera is present. Everything else runs against real device nodes: missing ones, /dev/null,
// a regular file and a directory.

#include "camera/camera.h"
#include "camera/camerafeed.h"
#include "media/jpegcodec.h"
#include "sources/sourcefactory.h"
#include "sources/sourceurl.h"
#include "sources/webcamdevices.h"
#include "sources/webcamsource.h"
#include "testcameras.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

CameraConfig webcam(const QString &url)
{
    return TestCameras::config(QStringLiteral("desk"), QUrl(url));
}

// The picture without its Huffman table segments, as USB cameras send MJPEG.
QByteArray withoutHuffmanTables(const QByteArray &jpeg)
{
    QByteArray out = jpeg.left(2);
    qsizetype pos = 2;
    while (pos + 4 <= jpeg.size() && uchar(jpeg[pos + 1]) != 0xda) {
        const qsizetype length = 2 + ((qsizetype(uchar(jpeg[pos + 2])) << 8) | uchar(jpeg[pos + 3]));
        if (uchar(jpeg[pos + 1]) != 0xc4)
            out += jpeg.mid(pos, length);
        pos += length;
    }
    return out + jpeg.mid(pos);
}

// A node no camera can be at here: the tests that need it missing check that it is.
const QString MissingNode = QStringLiteral("/dev/video7");

} // namespace

class tst_WebcamSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesTheDeviceNodeOfAnAddress_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("device");
        QTest::newRow("index") << u"webcam:0"_s << u"/dev/video0"_s;
        QTest::newRow("index with mode") << u"webcam:3?size=640x480&fps=15"_s << u"/dev/video3"_s;
        QTest::newRow("v4l2 node") << u"v4l2:///dev/video2"_s << u"/dev/video2"_s;
        QTest::newRow("v4l2 stable name")
            << u"v4l2:///dev/v4l/by-id/usb-cam-video-index0"_s << u"/dev/v4l/by-id/usb-cam-video-index0"_s;
        QTest::newRow("not a number") << u"webcam:front"_s << QString();
        QTest::newRow("negative") << u"webcam:-1"_s << QString();
        QTest::newRow("v4l2 with a host") << u"v4l2://host/dev/video0"_s << QString();
        QTest::newRow("v4l2 without a path") << u"v4l2:"_s << QString();
    }

    void namesTheDeviceNodeOfAnAddress()
    {
        QFETCH(QString, url);
        QFETCH(QString, device);
        QCOMPARE(WebcamSource::devicePath(QUrl(url)), device);
        QString error;
        QCOMPARE(SourceFactory().isSupported(QUrl(url), &error), !device.isEmpty());
        if (device.isEmpty())
            QVERIFY2(error.contains(u"webcam:0"), qPrintable(error)); // says what a good address looks like
    }

    void listingDevicesReturnsUsableAddresses()
    {
        QElapsedTimer clock;
        clock.start();
        const QList<WebcamDevice> devices = WebcamDevices::list();
        qInfo("%lld camera(s) listed in %lld ms", qlonglong(devices.size()), clock.elapsed());
        for (const WebcamDevice &device : devices) {
            QVERIFY(!device.description.isEmpty());
            QString error;
            QVERIFY2(SourceFactory().isSupported(device.url, &error), qPrintable(error));
            QCOMPARE(WebcamSource::devicePath(device.url), device.devicePath);
            for (const WebcamDevice::Mode &mode : device.modes) {
                QVERIFY(mode.size.isValid());
                const QUrl url = device.urlFor(mode.size, mode.maxFps);
                QCOMPARE(SourceUrl::sizeParameter(url, {}), QSize(mode.size.width() & ~1, mode.size.height() & ~1));
                QVERIFY(SourceFactory().isSupported(url, nullptr));
            }
        }
    }

    void mapsDeviceNodesToAddresses_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("url");
        QTest::newRow("video0") << u"/dev/video0"_s << u"webcam:0"_s;
        QTest::newRow("video12") << u"/dev/video12"_s << u"webcam:12"_s;
        QTest::newRow("other node") << u"/dev/v4l/by-path/pci-usb-video-index0"_s
                                    << u"v4l2:///dev/v4l/by-path/pci-usb-video-index0"_s;
        QTest::newRow("not a node") << u"obs-virtual"_s << QString();
    }

    void mapsDeviceNodesToAddresses()
    {
        QFETCH(QString, path);
        QFETCH(QString, url);
        QCOMPARE(WebcamDevices::urlForDevicePath(path).toString(), url);
    }

    void aModeAddressCarriesSizeAndRate()
    {
        WebcamDevice device;
        device.url = QUrl(u"webcam:1"_s);
        const QUrl url = device.urlFor({1280, 720}, 30);
        QCOMPARE(url.toString(), u"webcam:1?size=1280x720&fps=30"_s);
        QCOMPARE(SourceUrl::sizeParameter(url, {}), QSize(1280, 720));
        QCOMPARE(SourceUrl::fpsParameter(url, 0), 30.0);
    }

    void cameraMjpegWithoutHuffmanTablesGetsTheStandardOnes()
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor(200, 40, 90));
        const QByteArray complete = JpegCodec::forThisThread().encode(image, 80);
        const QByteArray bare = withoutHuffmanTables(complete);
        QVERIFY(bare.size() < complete.size());
        QVERIFY(!bare.contains("\xff\xc4"));

        const QByteArray restored = JpegCodec::withHuffmanTables(bare);
        // libjpeg writes the standard tables right before the scan, so putting them back restores every byte.
        QCOMPARE(restored, complete);
        // The luminance DC table of JPEG's Annex K: 1 code of 2 bits, 5 of 3 bits, then one each up to 9 bits.
        QVERIFY(restored.contains(QByteArray::fromHex("ffc4001f00000105010101010101000000000000000001")));
        const QColor decoded = JpegCodec::forThisThread().decode(restored).pixelColor(32, 24);
        QVERIFY2(qAbs(decoded.red() - 200) < 6 && qAbs(decoded.green() - 40) < 6, qPrintable(decoded.name()));

        QCOMPARE(JpegCodec::withHuffmanTables(complete), complete);
        const QByteArray garbage("\xff\xd8\xff\xe0\x00");
        QCOMPARE(JpegCodec::withHuffmanTables(garbage), garbage);
        QCOMPARE(JpegCodec::withHuffmanTables(QByteArray("text")), QByteArray("text"));
    }

    void aWrappedBgrPictureKeepsItsColours()
    {
        // What a webcam that offers no MJPEG delivers: OpenCV's BGR pixels, wrapped without a copy.
        QByteArray pixels;
        for (int i = 0; i < 32 * 16; ++i)
            pixels.append("\x20\x40\xe0", 3); // blue, green, red: a red picture
        const QImage bgr(reinterpret_cast<const uchar *>(pixels.constData()), 32, 16, 32 * 3, QImage::Format_BGR888);
        const Frame frame = Frame::fromImage(bgr, 0);
        QCOMPARE(frame.displayImage({16, 8}).pixelColor(8, 4), QColor(0xe0, 0x40, 0x20));
        const QColor shared = JpegCodec::forThisThread().decode(frame.jpeg()).pixelColor(16, 8);
        QVERIFY2(qAbs(shared.red() - 0xe0) < 8 && qAbs(shared.blue() - 0x20) < 8, qPrintable(shared.name()));
    }

    void aMissingDeviceIsReportedInWordsWithoutATightRetryLoop_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("webcam:7") << u"webcam:7"_s;
        QTest::newRow("v4l2 node") << u"v4l2:///dev/video7"_s;
    }

    void aMissingDeviceIsReportedInWordsWithoutATightRetryLoop()
    {
        QFETCH(QString, url);
        if (QFileInfo::exists(MissingNode))
            QSKIP("/dev/video7 exists on this machine");
        QElapsedTimer clock;
        clock.start();
        Camera camera(webcam(url));
        QTRY_VERIFY_WITH_TIMEOUT(camera.errorText().contains(u"device missing"), 1000);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        qInfo("%s", qPrintable(camera.errorText()));
        QCOMPARE(camera.state(), CameraState::Reconnecting); // it may be plugged in later
        QVERIFY2(camera.errorText().contains(MissingNode), qPrintable(camera.errorText()));
        QCOMPARE(camera.feed()->status().error, camera.errorText());

        // Retries follow the backoff (about 1 s, then 2 s): no more than a few attempts in 2.5 s.
        QTest::qWait(2500);
        const quint64 attempts = camera.feed()->status().reconnects;
        QVERIFY2(attempts >= 1 && attempts <= 3, qPrintable(QString::number(attempts)));
        QVERIFY(camera.errorText().contains(u"device missing"));
    }

    void aNodeThatIsNotACameraIsAFinalError_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");
        QTest::newRow("character device") << u"/dev/null"_s << u"not a video device"_s;
        QTest::newRow("regular file") << u"file"_s << u"not a video device"_s;
        QTest::newRow("directory") << u"directory"_s << u"not a video device"_s;
    }

    void aNodeThatIsNotACameraIsAFinalError()
    {
        QFETCH(QString, path);
        QFETCH(QString, words);
        QTemporaryDir dir;
        if (path == u"file") {
            path = dir.filePath(u"video0"_s);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a camera");
        } else if (path == u"directory") {
            path = dir.path();
        }
        Camera camera(webcam(u"v4l2://"_s + path));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Error, 1000);
        qInfo("%s", qPrintable(camera.errorText()));
        QVERIFY2(camera.errorText().contains(u"unsupported format"), qPrintable(camera.errorText()));
        QVERIFY2(camera.errorText().contains(words), qPrintable(camera.errorText()));
        // Final: retrying cannot turn it into a camera.
        QTest::qWait(1500);
        QCOMPARE(camera.state(), CameraState::Error);
        QCOMPARE(camera.feed()->status().reconnects, 0u);
    }

    void switchingOffWhileRetryingLeavesItStopped()
    {
        if (QFileInfo::exists(MissingNode))
            QSKIP("/dev/video7 exists on this machine");
        Camera camera(webcam(u"webcam:7"_s));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Reconnecting, 1000);
        camera.setEnabled(false);
        QCOMPARE(camera.state(), CameraState::Stopped);
        QCOMPARE(camera.errorText(), QString());
        const quint64 attempts = camera.feed()->status().reconnects;
        // Longer than the first retry would have waited.
        QTest::qWait(2000);
        QCOMPARE(camera.state(), CameraState::Stopped);
        QCOMPARE(camera.feed()->status().reconnects, attempts);
        QCOMPARE(camera.feed()->status().frames, 0u);
    }

    void aRealCameraGoesLiveAndIsReleasedWhenSwitchedOff()
    {
        const QList<WebcamDevice> devices = WebcamDevices::list();
        if (devices.isEmpty())
            QSKIP("needs a webcam or v4l2loopback; this machine has neither");
        Camera camera(webcam(devices.first().url.toString()));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 5000);
        QVERIFY(camera.feed()->status().size.isValid());
        camera.setEnabled(false);
        // Released: a second camera on the same device can take it at once.
        QTest::qWait(500);
        Camera other(webcam(devices.first().url.toString()));
        QTRY_COMPARE_WITH_TIMEOUT(other.state(), CameraState::Live, 5000);
    }

    void aDeviceHeldByAnotherProgramIsReportedBusy()
    {
        const QList<WebcamDevice> devices = WebcamDevices::list();
        if (devices.isEmpty())
            QSKIP("needs a webcam or v4l2loopback; this machine has neither");
        Camera holder(webcam(devices.first().url.toString()));
        QTRY_COMPARE_WITH_TIMEOUT(holder.state(), CameraState::Live, 5000);
        Camera second(webcam(devices.first().url.toString()));
        QTRY_VERIFY_WITH_TIMEOUT(second.errorText().contains(u"device busy") || second.state() == CameraState::Live,
                                 3000);
        if (second.state() == CameraState::Live)
            QSKIP("this device lets two programs stream at once");
    }
};

QTEST_GUILESS_MAIN(tst_WebcamSource)
#include "tst_webcamsource.moc"
