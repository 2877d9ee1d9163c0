#include "camera/camera.h"
#include "logrecorder.h"
#include "media/jpegcodec.h"
#include "pythonpeer.h"
#include "rtspserverprocess.h"
#include "sources/certificatetrust.h"
#include "sources/libavlog.h"
#include "sources/libavsource.h"
#include "testcameras.h"
#include "testcertificate.h"
#include "testclip.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

extern "C" {
#include <libavutil/log.h>
}

namespace {

std::unique_ptr<Camera> cameraOn(const QUrl &url)
{
    return std::make_unique<Camera>(TestCameras::config(QStringLiteral("cam"), url));
}

// A 320×240, 10 fps H.264 clip of `seconds` in `dir`, made by FFmpeg with `extra` encoder options; empty if it
// could not be made.
// Frames per second the camera delivers, counted over `ms`.
double measuredFps(const Camera &camera, int ms)
{
    const quint64 before = camera.feed()->status().frames;
    QElapsedTimer clock;
    clock.start();
    QTest::qWait(ms);
    return double(camera.feed()->status().frames - before) * 1000.0 / double(clock.elapsed());
}

} // namespace

class tst_LibavSource : public QObject
{
    Q_OBJECT

    RtspServerProcess m_server;
    std::unique_ptr<LogRecorder> m_log;

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = RtspServerProcess::unavailableReason();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY2(m_server.start({640, 360}, 25), qPrintable(m_server.errorString()));
        m_log = std::make_unique<LogRecorder>();
        QLoggingCategory::setFilterRules(QStringLiteral("cctv.*.debug=true"));
    }

    void cleanupTestCase() { m_log.reset(); }

    void ourParametersStayOutOfFfmpegsUrl()
    {
        QCOMPARE(LibavSource::ffmpegInput(QUrl(QStringLiteral("rtsp://u:p@cam:554/live?transport=udp&open_timeout=3"))),
                 QStringLiteral("rtsp://u:p@cam:554/live"));
        QCOMPARE(LibavSource::ffmpegInput(QUrl(QStringLiteral("rtsp://cam/live?channel=2&read_timeout=4"))),
                 QStringLiteral("rtsp://cam/live?channel=2"));
        QCOMPARE(LibavSource::ffmpegInput(QUrl(QStringLiteral("file:///videos/gate.mp4"))),
                 QStringLiteral("/videos/gate.mp4"));
    }

    void streamGoesLive_data()
    {
        QTest::addColumn<QString>("mount");
        QTest::addColumn<QString>("codec");
        QTest::addColumn<QString>("query");
        QTest::newRow("h264") << QStringLiteral("h264") << QStringLiteral("h264") << QString();
        QTest::newRow("h265") << QStringLiteral("h265") << QStringLiteral("hevc") << QString();
        QTest::newRow("h264 over udp") << QStringLiteral("h264") << QStringLiteral("h264")
                                       << QStringLiteral("transport=udp");
    }
    void streamGoesLive()
    {
        QFETCH(QString, mount);
        QFETCH(QString, codec);
        QFETCH(QString, query);
        if (mount == u"h265" && !m_server.hasH265())
            QSKIP("x265enc is missing: no H.265 stream to read");
        QUrl url = m_server.url(mount);
        url.setQuery(query);
        const auto camera = cameraOn(url);
        QTRY_COMPARE_WITH_TIMEOUT(camera->state(), CameraState::Live, 10000);
        const CameraStatus status = camera->feed()->status();
        QCOMPARE(status.size, QSize(640, 360));
        QCOMPARE(status.codec, codec);
        const double fps = measuredFps(*camera, 2000);
        QVERIFY2(fps > 18 && fps < 32, qPrintable(QString::number(fps)));
        QCOMPARE(camera->state(), CameraState::Live);
        // A decoder's picture travels as is: no RGB copy until something asks for one.
        const Frame latest = camera->feed()->frames().latest();
        QVERIFY(latest.isDecodedPicture());
        QCOMPARE(latest.size(), QSize(640, 360));
        QVERIFY(latest.preparedDisplayImage().isNull()); // no tile shows it, so no display image was made
    }

    void decodedPicturesReachTilesAndViewers()
    {
        const auto camera = cameraOn(m_server.url(QStringLiteral("h264")));
        camera->feed()->display().set({320, 320}); // a tile of that size is showing the camera
        QTRY_COMPARE_WITH_TIMEOUT(camera->state(), CameraState::Live, 10000);
        const Frame frame = camera->feed()->frames().latest();
        QVERIFY(frame.isDecodedPicture());
        // The tile's image was made on the worker, at the tile's size, straight from the decoder's planes.
        QCOMPARE(frame.preparedDisplayImage().size(), QSize(320, 180));
        QCOMPARE(JpegCodec::forThisThread().imageSize(frame.jpeg()), QSize(640, 360));
    }

    void frozenServerIsNoticedAndReleasedAtOnce()
    {
        RtspServerProcess server;
        QVERIFY2(server.start({320, 180}, 25), qPrintable(server.errorString()));
        // One after the other: GStreamer's test server can die when two clients prepare its shared media at once.
        auto watched = cameraOn(server.url(QStringLiteral("h264")));
        QTRY_COMPARE_WITH_TIMEOUT(watched->state(), CameraState::Live, 10000);
        auto stopped = cameraOn(server.url(QStringLiteral("h264")));
        QTRY_COMPARE_WITH_TIMEOUT(stopped->state(), CameraState::Live, 10000);
        // The connections stay open but nothing more arrives: blocked reads, not closed sockets.
        server.pause();
        QTest::qWait(1000);
        QElapsedTimer clock;
        clock.start();
        stopped.reset(); // while its read is blocked
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));

        QTRY_COMPARE_WITH_TIMEOUT(watched->state(), CameraState::Reconnecting, 5000);
        QVERIFY(watched->errorText().contains(u"stalled"));
        QTest::qWait(1500); // the next attempt is now blocked opening the frozen server
        clock.restart();
        watched.reset();
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        server.resume();
    }

    void rightPasswordGoesLive()
    {
        const auto camera
            = cameraOn(m_server.url(QStringLiteral("secure"), QString::fromLatin1(RtspServerProcess::User),
                                    QString::fromLatin1(RtspServerProcess::Password)));
        QTRY_COMPARE_WITH_TIMEOUT(camera->state(), CameraState::Live, 10000);
        QCOMPARE(camera->feed()->status().codec, QStringLiteral("h264"));
    }

    void wrongPasswordIsReportedWithoutHammering()
    {
        const QString wrong = QStringLiteral("not-the-pass-4711");
        const auto camera
            = cameraOn(m_server.url(QStringLiteral("secure"), QString::fromLatin1(RtspServerProcess::User), wrong));
        QTRY_VERIFY_WITH_TIMEOUT(camera->errorText().contains(u"authentication failed"), 5000);
        QVERIFY(!camera->errorText().contains(wrong));
        // Cameras lock an account after a few failed logins: the next try is minutes away, and the tile says so
        // (the schedule itself is tst_cameralifecycle's, on a manual clock). Ten seconds bring no second attempt.
        QVERIFY(camera->errorText().contains(u"next try in 2 min"));
        QTest::qWait(10000);
        const quint64 attempts = camera->feed()->status().reconnects;
        QVERIFY2(attempts == 1, qPrintable(QString::number(attempts)));
        QVERIFY(!camera->feed()->status().error.contains(wrong));
        QVERIFY(!m_log->mentions(wrong));
        QVERIFY(!m_log->mentions(QString::fromLatin1(RtspServerProcess::Password)));
    }

    // FFmpeg follows an RTSP redirect with the first address's credentials in hand (plain ffprobe sends them to the
    // new host on its first request). A camera of ours that redirects to another host is refused before anything
    // reaches that host; a redirect within the camera's own address is followed. The peer is a small RTSP server
    // of tests/support (rtsp_redirect_peer.py): a camera that redirects once it has its credentials, and the other
    // host, which reports every request it gets.
    void credentialsNeverFollowAnRtspRedirectToAnotherHost()
    {
        const QString password = QStringLiteral("redirect-pass-6607");
        PythonPeer peer;
        QVERIFY(
            peer.start(QStringLiteral("rtsp_redirect_peer.py"),
                       {QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password"), password}));
        const quint16 port = peer.waitForPort();
        QVERIFY(port > 0);
        const auto camera = cameraOn(QUrl(QStringLiteral("rtsp://admin:%1@127.0.0.1:%2/live").arg(password).arg(port)));
        QTRY_VERIFY_WITH_TIMEOUT(camera->errorText().contains(u"redirected to rtsp://127.0.0.1:"), 8000);
        QVERIFY(!camera->errorText().contains(password));
        QTest::qWait(500);
        QVERIFY2(!peer.output().contains("authorization=yes"), peer.output().constData());

        PythonPeer sameHost;
        QVERIFY(sameHost.start(QStringLiteral("rtsp_redirect_peer.py"),
                               {QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password"),
                                password, QStringLiteral("--same-host")}));
        const quint16 samePort = sameHost.waitForPort();
        const auto followed
            = cameraOn(QUrl(QStringLiteral("rtsp://admin:%1@127.0.0.1:%2/live").arg(password).arg(samePort)));
        QTRY_VERIFY_WITH_TIMEOUT(sameHost.output().contains("camera-moved"), 8000);
        QVERIFY(!followed->errorText().contains(u"redirected"));
    }

    // rtsps: FFmpeg 5.1 would talk to any certificate. A camera whose certificate nobody vouches for is refused
    // before a single RTSP request (so before any password) goes to it, with the fingerprint to pin; pinned, it is
    // talked to. The camera is the RTSP peer of tests/support over TLS with a certificate made here.
    void rtspsChecksTheCamerasCertificate()
    {
        TestCertificate tls;
        if (!tls.make())
            QSKIP("the openssl command is missing or failed: no certificate for the rtsps camera");
        const QString certificate = tls.certificateFile();
        const QString key = tls.keyFile();
        const QString fingerprint = tls.fingerprint();

        const QString password = QStringLiteral("tls-pass-3318");
        PythonPeer peer;
        QVERIFY(peer.start(QStringLiteral("rtsp_redirect_peer.py"),
                           {QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password"), password,
                            QStringLiteral("--tls"), certificate, key}));
        const quint16 port = peer.waitForPort();
        QVERIFY(port > 0);
        const QString address = QStringLiteral("rtsps://admin:%1@127.0.0.1:%2/live").arg(password).arg(port);
        {
            const auto camera = cameraOn(QUrl(address));
            QTRY_VERIFY_WITH_TIMEOUT(camera->errorText().contains(u"secure connection failed"), 8000);
            QVERIFY2(camera->errorText().contains(QStringLiteral("?trust=") + fingerprint),
                     qPrintable(camera->errorText()));
            QTest::qWait(300);
            QVERIFY2(!peer.output().contains("camera "), peer.output().constData());
        }
        // Pinned: FFmpeg is let through and talks RTSP to the camera (which then redirects to its other host, where
        // the credentials stay ours).
        const auto pinned = cameraOn(QUrl(address + QStringLiteral("?trust=") + fingerprint));
        QTRY_VERIFY_WITH_TIMEOUT(peer.output().contains("camera OPTIONS"), 8000);
        QVERIFY(!pinned->errorText().contains(u"secure connection failed"));
    }

    void ffmpegMessagesAreRedacted()
    {
        // FFmpeg prints URLs as it got them: whatever it says reaches the log without the password.
        LibavLog::install();
        av_log(nullptr, AV_LOG_ERROR, "cannot open rtsp://admin:pa55word-x@127.0.0.1:1/live: refused\n");
        QVERIFY(m_log->mentions(QStringLiteral("rtsp://admin:***@127.0.0.1:1/live")));
        QVERIFY(!m_log->mentions(QStringLiteral("pa55word-x")));
        QCOMPARE(LibavLog::redactCredentials(QStringLiteral("a rtsp://u:p@ss@h/x b http://v:w@k")),
                 QStringLiteral("a rtsp://u:***@h/x b http://v:***@k"));
        QCOMPARE(LibavLog::redactCredentials(QStringLiteral("rtsp://h/x?channel=1&Password=abc&token=t1 next")),
                 QStringLiteral("rtsp://h/x?channel=1&Password=***&token=*** next"));
    }

    void deadPortIsUnreachable()
    {
        QUrl url = m_server.url(QStringLiteral("h264"));
        url.setPort(TestCameras::unusedPort());
        const auto camera = cameraOn(url);
        QTRY_VERIFY_WITH_TIMEOUT(camera->errorText().startsWith(u"camera unreachable"), 3000);
    }

    void unknownMountIsNotFound()
    {
        const auto camera = cameraOn(m_server.url(QStringLiteral("no-such-stream")));
        QTRY_VERIFY_WITH_TIMEOUT(camera->errorText().startsWith(u"stream not found"), 5000);
        QCOMPARE(camera->state(), CameraState::Reconnecting);
    }

    void silentServerCanBeStoppedAtOnce()
    {
        QTcpServer silent; // accepts (the kernel does) and never says a word
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QUrl url = m_server.url(QStringLiteral("h264"));
        url.setPort(silent.serverPort());
        auto camera = cameraOn(url);
        QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 3000);
        QTest::qWait(300); // now blocked inside FFmpeg, waiting for an answer
        QElapsedTimer clock;
        clock.start();
        camera.reset();
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    }

    void silentServerTimesOut()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QUrl url = m_server.url(QStringLiteral("h264"));
        url.setPort(silent.serverPort());
        url.setQuery(QStringLiteral("open_timeout=2"));
        const auto camera = cameraOn(url);
        QTRY_VERIFY_WITH_TIMEOUT(camera->errorText().startsWith(u"timed out"), 5000);
        QCOMPARE(camera->state(), CameraState::Reconnecting);
    }

    void garbageServerFailsCleanly()
    {
        QTcpServer garbage;
        QVERIFY(garbage.listen(QHostAddress::LocalHost, 0));
        connect(&garbage, &QTcpServer::newConnection, &garbage, [&garbage] {
            while (QTcpSocket *socket = garbage.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    QByteArray noise(4096, '\0');
                    for (qsizetype i = 0; i < noise.size(); ++i)
                        noise[i] = char((i * 7919 + 13) % 256);
                    socket->write(noise);
                    socket->write("RTSP/1.0 999 \x01\x02\r\nCSeq: nonsense\r\nContent-Length: -5\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
        QUrl url = m_server.url(QStringLiteral("h264"));
        url.setPort(garbage.serverPort());
        url.setQuery(QStringLiteral("open_timeout=3"));
        const auto camera = cameraOn(url);
        QTRY_VERIFY_WITH_TIMEOUT(!camera->errorText().isEmpty(), 6000);
        QVERIFY(camera->state() == CameraState::Reconnecting || camera->state() == CameraState::Error);
    }

    void reconnectsAfterServerRestart()
    {
        RtspServerProcess server;
        QVERIFY2(server.start({320, 180}, 25), qPrintable(server.errorString()));
        const auto camera = cameraOn(server.url(QStringLiteral("h264")));
        QTRY_COMPARE_WITH_TIMEOUT(camera->state(), CameraState::Live, 10000);

        server.kill();
        QElapsedTimer clock;
        clock.start();
        // Within the stall time (3 s at 25 fps), whatever way the loss shows.
        QTRY_COMPARE_WITH_TIMEOUT(camera->state(), CameraState::Reconnecting, 4000);
        QVERIFY(clock.elapsed() < 4000);

        QVERIFY2(server.start({320, 180}, 25, server.port()), qPrintable(server.errorString()));
        // Live again within one backoff interval (at most 4 s by now, with jitter) plus the connection itself.
        QTRY_COMPARE_WITH_TIMEOUT(camera->state(), CameraState::Live, 9000);
    }

    void fileLoopsAtItsFrameRate()
    {
        QTemporaryDir dir;
        const QString clip = makeTestClip(dir, QStringLiteral("1.5"));
        if (clip.isEmpty())
            QSKIP("ffmpeg could not make a test clip");

        const auto camera = cameraOn(QUrl::fromLocalFile(clip));
        QTRY_COMPARE_WITH_TIMEOUT(camera->state(), CameraState::Live, 5000);
        QCOMPARE(camera->feed()->status().size, QSize(320, 240));
        // 15 frames in the file; 4 s at 10 fps is more than two passes through it.
        const double fps = measuredFps(*camera, 4000);
        QVERIFY2(fps > 8 && fps < 12, qPrintable(QString::number(fps)));
        QCOMPARE(camera->state(), CameraState::Live);
        QVERIFY(camera->feed()->status().frames > 30);
    }

    void fileReportsItsBitrateAndDecodingTime()
    {
        QTemporaryDir dir;
        // Every picture a key frame, so pictures are alike in size and any two seconds carry the same bytes.
        const QString clip = makeTestClip(dir, QStringLiteral("2"), {QStringLiteral("-g"), QStringLiteral("1")});
        if (clip.isEmpty())
            QSKIP("ffmpeg could not make a test clip");
        // The bytes of the video packets in the file, as ffprobe counts them.
        QProcess ffprobe;
        ffprobe.start(QStringLiteral("ffprobe"),
                      {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
                       QStringLiteral("v:0"), QStringLiteral("-show_entries"), QStringLiteral("packet=size"),
                       QStringLiteral("-of"), QStringLiteral("csv=p=0"), clip});
        if (!ffprobe.waitForFinished(20000) || ffprobe.exitCode() != 0)
            QSKIP("ffprobe could not read the test clip");
        qint64 bytes = 0;
        int packets = 0;
        for (const QByteArray &line : ffprobe.readAllStandardOutput().split('\n')) {
            if (!line.trimmed().isEmpty()) {
                bytes += line.trimmed().toLongLong();
                ++packets;
            }
        }
        QCOMPARE(packets, 20);

        const auto camera = cameraOn(QUrl::fromLocalFile(clip));
        QTRY_COMPARE_WITH_TIMEOUT(camera->state(), CameraState::Live, 5000);
        QTest::qWait(4500); // two full measuring windows
        const CameraStatus status = camera->feed()->status();
        const double expected = double(bytes) / packets * 8 * 10;
        qInfo("bitrate %lld bit/s (expected %.0f), decode %.2f ms", status.bitrate, expected, status.decodeMs);
        QVERIFY2(qAbs(double(status.bitrate) - expected) <= 0.15 * expected,
                 qPrintable(QStringLiteral("%1 bit/s, expected %2").arg(status.bitrate).arg(expected)));
        // No tile here: this is the decoder's own time per picture.
        QVERIFY2(status.decodeMs > 0 && status.decodeMs < 100, qPrintable(QString::number(status.decodeMs)));
        QCOMPARE(status.drops, quint64(0));
    }

    void fileWithoutPicturesIsUnsupported_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("detail");
        QTest::newRow("text") << QStringLiteral("notes.mp4") << QStringLiteral("Invalid data");
        QTest::newRow("sound only") << QStringLiteral("sound.wav") << QStringLiteral("no video stream");
    }
    void fileWithoutPicturesIsUnsupported()
    {
        QFETCH(QString, name);
        QFETCH(QString, detail);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        if (name.endsWith(u".wav")) {
            QProcess ffmpeg;
            ffmpeg.start(QStringLiteral("ffmpeg"),
                         {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                          QStringLiteral("-i"), QStringLiteral("sine=duration=1"), path});
            if (!ffmpeg.waitForFinished(20000) || ffmpeg.exitCode() != 0)
                QSKIP("ffmpeg could not make a sound file");
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("just some words, no video at all\n").repeated(100));
        }
        const auto camera = cameraOn(QUrl::fromLocalFile(path));
        // Final: retrying cannot help until the user picks another file.
        QTRY_COMPARE_WITH_TIMEOUT(camera->state(), CameraState::Error, 5000);
        QVERIFY2(camera->errorText().startsWith(u"unsupported format"), qPrintable(camera->errorText()));
        QVERIFY2(camera->errorText().contains(detail), qPrintable(camera->errorText()));
    }

    void missingFileIsNotFound()
    {
        const auto camera = cameraOn(QUrl::fromLocalFile(QStringLiteral("/nonexistent/clip.mp4")));
        QTRY_VERIFY_WITH_TIMEOUT(camera->errorText().startsWith(u"stream not found"), 3000);
    }
};

QTEST_GUILESS_MAIN(tst_LibavSource)
#include "tst_libavsource.moc"
