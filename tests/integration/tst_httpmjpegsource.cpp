// HTTP MJPEG cameras against real peers on loopback: the Python camera of tests/support (awkward stream shapes,
// Basic and Digest authentication, failures) and FFmpeg's own MJPEG server. What is checked is what a user sees:
// the camera goes live at the server's rate and size, viewers get the camera's JPEG bytes untouched, failures are
// told in words, and the password never shows.

#include "camera/camera.h"
#include "camera/camerafeed.h"
#include "httpcameraserver.h"
#include "logrecorder.h"
#include "media/jpegcodec.h"
#include "mjpegreader.h"
#include "share/shareserver.h"
#include "sources/certificatetrust.h"
#include "sources/httpmjpegsource.h"
#include "sources/sourcefactory.h"
#include "testcameras.h"
#include "testcertificate.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QPainter>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono;

namespace {

const QString User = QStringLiteral("viewer");
const QString Password = QStringLiteral("pa55:w0rd!");
const QString WrongPassword = QStringLiteral("wr0ng-s3cret");

QList<QByteArray> makeFrames(QSize size, int count)
{
    QList<QByteArray> frames;
    for (int i = 0; i < count; ++i) {
        QImage image(size, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(i * 360 / count, 200, 200));
        QPainter(&image).fillRect(i * 20, 20, 40, 40, Qt::white);
        frames.append(JpegCodec::forThisThread().encode(image, 80));
    }
    return frames;
}

CameraConfig cameraAt(const QUrl &url, const QString &id = QStringLiteral("http"))
{
    return TestCameras::config(id, url, true);
}

} // namespace

class tst_HttpMjpegSource : public QObject
{
    Q_OBJECT

private:
    QList<QByteArray> m_frames;
    std::unique_ptr<HttpCameraServer> m_server;
    std::unique_ptr<LogRecorder> m_log;

    bool isServedFrame(const QByteArray &jpeg) const { return m_frames.contains(jpeg); }

    void verifyNoPassword(const Camera &camera)
    {
        QVERIFY2(!camera.errorText().contains(Password) && !camera.errorText().contains(WrongPassword),
                 qPrintable(camera.errorText()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_log = std::make_unique<LogRecorder>();
        QLoggingCategory::setFilterRules(QStringLiteral("cctv.*.debug=true"));
        m_frames = makeFrames({320, 240}, 5);
        m_server = std::make_unique<HttpCameraServer>(m_frames, User, Password);
        QVERIFY2(m_server->start(), "the Python camera did not start");
    }

    void cleanupTestCase()
    {
        m_server.reset();
        const QStringList messages = m_log->lines();
        m_log.reset();
        QVERIFY(!messages.isEmpty()); // failures were logged: the check below looked at something
        for (const QString &message : messages)
            QVERIFY2(!message.contains(Password) && !message.contains(WrongPassword), qPrintable(message));
    }

    void goesLiveAtTheServersRateWithItsBytes_data()
    {
        QTest::addColumn<QString>("shape");
        for (const char *shape :
             {"standard", "quoted", "dashes", "lf", "nolength", "lfnolength", "extraheaders", "preamble", "noblank"})
            QTest::newRow(shape) << QString::fromLatin1(shape);
    }

    void goesLiveAtTheServersRateWithItsBytes()
    {
        QFETCH(QString, shape);
        Camera camera(cameraAt(m_server->url(QStringLiteral("/stream?fps=25&shape=") + shape)));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(camera.feed()->status().frames >= 30, 3000);
        const CameraStatus status = camera.feed()->status();
        QCOMPARE(status.size, QSize(320, 240));
        QCOMPARE(status.codec, QStringLiteral("mjpeg"));
        qInfo("%s: %.1f fps", qPrintable(shape), status.fps);
        QVERIFY2(status.fps > 20 && status.fps < 30, qPrintable(QString::number(status.fps)));
        QVERIFY(isServedFrame(camera.feed()->frames().latest().jpeg()));
    }

    void damagedPicturesAreCountedAsDroppedAndTheStreamGoesOn()
    {
        // Every fourth part is random bytes: a camera whose link corrupts some pictures.
        Camera camera(cameraAt(m_server->url(QStringLiteral("/stream?fps=20&shape=damaged"))));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(camera.feed()->status().frames >= 30, 5000);
        const CameraStatus status = camera.feed()->status();
        QCOMPARE(camera.state(), CameraState::Live);
        // One damaged part for every three pictures shown, give or take the parts in flight.
        const double ratio = double(status.drops) / double(status.frames);
        QVERIFY2(ratio > 0.2 && ratio < 0.45,
                 qPrintable(QStringLiteral("%1 dropped, %2 shown").arg(status.drops).arg(status.frames)));
        QVERIFY(isServedFrame(camera.feed()->frames().latest().jpeg()));
    }

    void viewersGetTheCamerasJpegBytesUntouched()
    {
        Camera camera(cameraAt(m_server->url(QStringLiteral("/stream?fps=25")), QStringLiteral("yard")));
        ShareServer share;
        ShareServer::Settings settings;
        settings.port = 0;
        QString error;
        QVERIFY2(share.start(settings, &error), qPrintable(error));
        share.addCamera(camera.feed());
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 5000);
        MjpegReader reader(share.url().resolved(QUrl(QStringLiteral("cameras/yard/stream.mjpg"))));
        reader.start();
        QTRY_VERIFY_WITH_TIMEOUT(reader.partCount() >= 10 || !reader.protocolError().isEmpty(), 5000);
        QVERIFY2(reader.protocolError().isEmpty(), qPrintable(reader.protocolError()));
        for (const MjpegReader::Part &part : reader.recentParts())
            QVERIFY(isServedFrame(part.jpeg)); // byte for byte what the camera sent: no re-encode
        reader.stop();
    }

    void readsFfmpegsMjpegServer()
    {
        const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
        if (ffmpeg.isEmpty())
            QSKIP("ffmpeg is not installed");
        const quint16 port = TestCameras::unusedPort();
        QProcess server;
        server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        server.start(ffmpeg,
                     {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                      QStringLiteral("-re"), QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                      QStringLiteral("testsrc=size=640x360:rate=25"), QStringLiteral("-q:v"), QStringLiteral("5"),
                      QStringLiteral("-f"), QStringLiteral("mpjpeg"), QStringLiteral("-listen"), QStringLiteral("1"),
                      QStringLiteral("http://127.0.0.1:%1/").arg(port)});
        QVERIFY(server.waitForStarted(5000));
        // FFmpeg takes a moment to listen: until then the camera is refused and retries, as with a real one.
        Camera camera(cameraAt(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(camera.feed()->status().frames >= 40, 4000);
        const CameraStatus status = camera.feed()->status();
        qInfo("ffmpeg 640x360 at 25 fps: %.1f fps", status.fps);
        QCOMPARE(status.size, QSize(640, 360));
        QCOMPARE(status.codec, QStringLiteral("mjpeg"));
        QVERIFY2(status.fps > 20 && status.fps < 30, qPrintable(QString::number(status.fps)));
        server.kill();
        server.waitForFinished(3000);
    }

    void readsAnHttpsCameraWhoseCertificateIsTrusted()
    {
        TestCertificate tls;
        if (!tls.make())
            QSKIP("the openssl command is missing or failed: no certificate for the HTTPS camera");
        const QString certificate = tls.certificateFile();
        const QString key = tls.keyFile();
        HttpCameraServer server(m_frames, {}, {});
        server.setTls(certificate, key);
        QVERIFY(server.start());
        const QUrl url = server.url(QStringLiteral("/stream?fps=25"));
        QCOMPARE(url.scheme(), QStringLiteral("https"));

        // A certificate nobody vouches for: refused, and said so, with the fingerprint to trust it by.
        const QString fingerprint = tls.fingerprint();
        {
            Camera camera(cameraAt(url));
            QTRY_VERIFY_WITH_TIMEOUT(camera.errorText().contains(u"secure connection failed"), 5000);
            QCOMPARE(camera.state(), CameraState::Reconnecting);
            QVERIFY2(camera.errorText().contains(QStringLiteral("?trust=") + fingerprint),
                     qPrintable(camera.errorText()));
        }
        // That one certificate pinned in the address: live, and the pin never reaches the camera.
        {
            QUrl pinned = url;
            pinned.setQuery(pinned.query() + QStringLiteral("&trust=") + fingerprint);
            Camera camera(cameraAt(pinned));
            QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 5000);
            QString wrong = fingerprint;
            wrong[8] = wrong[8] == u'0' ? u'1' : u'0';
            pinned.setQuery(url.query() + QStringLiteral("&trust=") + wrong);
            Camera other(cameraAt(pinned, QStringLiteral("other")));
            QTRY_VERIFY_WITH_TIMEOUT(other.errorText().contains(u"secure connection failed"), 5000);
        }
        // Trusted (as a user would by installing the camera's certificate): live over TLS.
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });
        QSslConfiguration trusting = original;
        trusting.addCaCertificates(certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
        Camera camera(cameraAt(url));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 5000);
        QCOMPARE(camera.feed()->status().size, QSize(320, 240));
        QVERIFY(isServedFrame(camera.feed()->frames().latest().jpeg()));
    }

    void theRightPasswordLetsTheCameraIn_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("basic") << QStringLiteral("/basic/stream");
        QTest::newRow("digest") << QStringLiteral("/digest/stream");
    }

    void theRightPasswordLetsTheCameraIn()
    {
        QFETCH(QString, path);
        Camera camera(cameraAt(m_server->url(path, User + u':' + Password)));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 5000);
        QVERIFY(isServedFrame(camera.feed()->frames().latest().jpeg()));
        // The credentials went in the Authorization header, never in the request line.
        QCOMPARE(m_server->stats().value(QStringLiteral("passwordInRequestLine")).toBool(), false);
    }

    // A camera that redirects to another host: that host may ask for a password as often as it likes, it never
    // gets the camera's. A redirect within the camera's own address keeps working with the credentials.
    void credentialsNeverFollowARedirectToAnotherHost()
    {
        HttpCameraServer thief(m_frames, User, Password);
        QVERIFY(thief.start());
        const QUrl elsewhere = thief.url(QStringLiteral("/basic/stream"));
        QUrl redirecting = m_server->url(QStringLiteral("/redirect"), User + u':' + Password);
        redirecting.setQuery(QStringLiteral("to=")
                             + QString::fromLatin1(QUrl::toPercentEncoding(elsewhere.toString())));
        Camera camera(cameraAt(redirecting));
        QTRY_VERIFY_WITH_TIMEOUT(camera.errorText().contains(u"redirected"), 5000);
        const QString where = QStringLiteral("127.0.0.1:%1").arg(thief.port());
        QVERIFY2(camera.errorText().contains(where), qPrintable(camera.errorText()));
        QCOMPARE(camera.state(), CameraState::Reconnecting);
        QVERIFY(
            thief.stats().value(QStringLiteral("requests")).toObject().value(QStringLiteral("/basic/stream")).toInt()
            >= 1);
        QCOMPARE(thief.stats().value(QStringLiteral("authorizationSeen")).toInt(), 0);
        verifyNoPassword(camera);

        Camera sameHost(cameraAt(m_server->url(QStringLiteral("/redirect?to=/basic/stream"), User + u':' + Password),
                                 QStringLiteral("same")));
        QTRY_COMPARE_WITH_TIMEOUT(sameHost.state(), CameraState::Live, 5000);
    }

    void aWrongPasswordIsToldAndNotHammered()
    {
        const QJsonObject before = m_server->stats().value(QStringLiteral("requests")).toObject();
        QElapsedTimer clock;
        clock.start();
        Camera basic(cameraAt(m_server->url(QStringLiteral("/basic/stream"), User + u':' + WrongPassword)));
        Camera digest(cameraAt(m_server->url(QStringLiteral("/digest/stream"), User + u':' + WrongPassword)));
        for (Camera *camera : {&basic, &digest}) {
            QTRY_VERIFY_WITH_TIMEOUT(camera->errorText().contains(u"authentication failed"), 3000);
            QCOMPARE(camera->state(), CameraState::Reconnecting);
            verifyNoPassword(*camera);
        }
        QTest::qWait(int(qMax<qint64>(0, 10000 - clock.elapsed())));
        const QJsonObject after = m_server->stats().value(QStringLiteral("requests")).toObject();
        for (const QString &path : {QStringLiteral("/basic/stream"), QStringLiteral("/digest/stream")}) {
            const int requests = after.value(path).toInt() - before.value(path).toInt();
            qInfo("%s with a wrong password: %d requests in 10 s", qPrintable(path), requests);
            // One attempt (the request, then the one with credentials); the next is minutes away, since cameras
            // lock an account after a few failed logins.
            QVERIFY2(requests == 2, qPrintable(path + u' ' + QString::number(requests)));
        }
        QVERIFY(basic.state() != CameraState::Live && digest.state() != CameraState::Live);
    }

    void failuresAreToldInWords_data()
    {
        QTest::addColumn<QString>("url"); // relative: on the Python camera
        QTest::addColumn<CameraState>("state");
        QTest::addColumn<QString>("text");
        QTest::newRow("404") << QStringLiteral("/no/such/stream") << CameraState::Reconnecting
                             << QStringLiteral("not found");
        QTest::newRow("dead port") << QStringLiteral("http://127.0.0.1:%1/").arg(TestCameras::unusedPort())
                                   << CameraState::Reconnecting << QStringLiteral("camera unreachable");
        QTest::newRow("no password given")
            << QStringLiteral("/basic/stream") << CameraState::Reconnecting << QStringLiteral("authentication failed");
        QTest::newRow("a web page") << QStringLiteral("/html") << CameraState::Error
                                    << QStringLiteral("unsupported format: the camera sends text/html");
        QTest::newRow("garbage in a multipart answer")
            << QStringLiteral("/garbage") << CameraState::Error << QStringLiteral("unsupported format");
        // Qt reports bytes that are not HTTP as a connection closed early: a camera that may come back.
        QTest::newRow("garbage instead of HTTP") << QStringLiteral("/rawgarbage") << CameraState::Reconnecting
                                                 << QStringLiteral("camera unreachable: no valid HTTP answer");
    }

    void failuresAreToldInWords()
    {
        QFETCH(QString, url);
        QFETCH(CameraState, state);
        QFETCH(QString, text);
        Camera camera(cameraAt(url.startsWith(u'/') ? m_server->url(url) : QUrl(url)));
        QSignalSpy changes(&camera, &Camera::stateChanged);
        QTRY_VERIFY_WITH_TIMEOUT(camera.errorText().contains(text), 5000);
        QCOMPARE(camera.state(), state);
        for (const auto &change : std::as_const(changes))
            QVERIFY(change.first().value<CameraState>() != CameraState::Live);
    }

    void aFailureIsReportedOnceAndTheSourceStaysClosed()
    {
        HttpMjpegSource source(m_server->url(QStringLiteral("/no/such/stream")));
        QSignalSpy failed(&source, &FrameSource::failed);
        QSignalSpy frames(&source, &FrameSource::frameCaptured);
        source.open();
        QVERIFY(failed.wait(5000));
        QTest::qWait(1500);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<SourceError>(), SourceError::NotFound);
        QCOMPARE(frames.count(), 0);
    }

    void closeStopsThePicturesAtOnce()
    {
        HttpMjpegSource source(m_server->url(QStringLiteral("/stream?fps=25")));
        QSignalSpy opened(&source, &FrameSource::opened);
        QSignalSpy frames(&source, &FrameSource::frameCaptured);
        source.open();
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 5, 5000);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().value<StreamInfo>().codec, QStringLiteral("mjpeg"));
        source.close();
        const qsizetype atClose = frames.count();
        QTest::qWait(500);
        QCOMPARE(frames.count(), atClose);
        source.open(); // and opens again
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= atClose + 5, 5000);
    }

    void theFactoryMakesHttpSources_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("supported");
        QTest::newRow("http") << QStringLiteral("http://cam.local/video.mjpg") << true;
        QTest::newRow("https with password") << QStringLiteral("https://u:p@cam.local:8443/mjpg?poll=500") << true;
        QTest::newRow("no host") << QStringLiteral("http:///video.mjpg") << false;
    }

    void theFactoryMakesHttpSources()
    {
        QFETCH(QString, url);
        QFETCH(bool, supported);
        QString error;
        const auto source = SourceFactory().create(QUrl(url), &error);
        QCOMPARE(bool(qobject_cast<HttpMjpegSource *>(source.get())), supported);
        QCOMPARE(error.isEmpty(), supported);
    }

    void aSilentServerStallsThenReconnects()
    {
        // Ten pictures, then nothing while the connection stays open.
        Camera camera(cameraAt(m_server->url(QStringLiteral("/stall?frames=10&fps=10"))));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Reconnecting, 6000);
        QVERIFY2(camera.errorText().contains(u"stalled"), qPrintable(camera.errorText()));
        // The reconnect gets a fresh stream.
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 5000);
    }

    void aTrickleThatNeverCompletesAPictureIsReported()
    {
        Camera camera(cameraAt(m_server->url(QStringLiteral("/trickle"))));
        QSignalSpy changes(&camera, &Camera::stateChanged);
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Reconnecting, 13000);
        QVERIFY2(camera.errorText().contains(u"timed out"), qPrintable(camera.errorText()));
        for (const auto &change : std::as_const(changes))
            QVERIFY(change.first().value<CameraState>() != CameraState::Live);
        QCOMPARE(camera.feed()->status().frames, 0u);
    }

    void comesBackAfterTheServerRestarts()
    {
        HttpCameraServer server(m_frames, {}, {});
        QVERIFY(server.start());
        Camera camera(cameraAt(server.url(QStringLiteral("/stream?fps=25"))));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 5000);
        server.stop();
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Reconnecting, 3000);
        QVERIFY2(camera.errorText().contains(u"stream ended") || camera.errorText().contains(u"unreachable"),
                 qPrintable(camera.errorText()));
        QVERIFY(server.start(server.port()));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 10000);
    }

    void pollsASingleJpeg()
    {
        const QJsonObject before = m_server->stats().value(QStringLiteral("requests")).toObject();
        Camera camera(cameraAt(m_server->url(QStringLiteral("/snapshot.jpg?poll=200"))));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 5000);
        QTest::qWait(2000);
        const CameraStatus status = camera.feed()->status();
        QCOMPARE(status.size, QSize(320, 240));
        QCOMPARE(status.codec, QStringLiteral("mjpeg"));
        QVERIFY2(status.fps > 3.5 && status.fps < 6.5, qPrintable(QString::number(status.fps)));
        QVERIFY(isServedFrame(camera.feed()->frames().latest().jpeg()));
        const QJsonObject stats = m_server->stats();
        // `poll` is ours: the camera never sees it.
        QCOMPARE(stats.value(QStringLiteral("pollSeen")).toBool(), false);
        const int requests = stats.value(QStringLiteral("requests")).toObject().value(u"/snapshot.jpg").toInt()
            - before.value(u"/snapshot.jpg").toInt();
        qInfo("poll=200: %.1f fps, %d requests in about 2 s", status.fps, requests);
        QVERIFY2(requests >= 9 && requests <= 14, qPrintable(QString::number(requests)));
    }
};

QTEST_GUILESS_MAIN(tst_HttpMjpegSource)
#include "tst_httpmjpegsource.moc"
