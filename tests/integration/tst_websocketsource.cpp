// WebSocket cameras (`ws://`) against a real WebSocket server in Python (tests/support/ws_camera_peer.py) that
// speaks like seed 000's Django Channels relay, or sends binary JPEG, or garbage.

#include "camera/camera.h"
#include "camera/camerafeed.h"
#include "jpegfiles.h"
#include "media/framemailbox.h"
#include "pythonpeer.h"
#include "sources/certificatetrust.h"
#include "sources/websocketsource.h"
#include "testcameras.h"
#include "testcertificate.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

CameraConfig wsCamera(const QString &url)
{
    return TestCameras::config(QStringLiteral("ws"), QUrl(url));
}

} // namespace

class tst_WebSocketSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
            QSKIP("needs /usr/bin/python3 with python3-websockets");
        QVERIFY(m_frameDir.isValid());
        m_frames = writeJpegFiles(m_frameDir.path(), 5, {320, 240});
        QCOMPARE(m_frames.size(), 5);
    }

    void goesLiveAtThePeersRateWithItsBytes_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("seed 000 relay JSON") << QStringLiteral("relay");
        QTest::newRow("data URL text") << QStringLiteral("dataurl");
        QTest::newRow("binary JPEG") << QStringLiteral("binary");
    }

    void goesLiveAtThePeersRateWithItsBytes()
    {
        QFETCH(QString, mode);
        PythonPeer peer;
        QVERIFY(startPeer(peer, {QStringLiteral("--mode"), mode, QStringLiteral("--fps"), QStringLiteral("10")}));
        const quint16 port = peer.waitForPort();
        QVERIFY(port != 0);

        Camera camera(wsCamera(QStringLiteral("ws://127.0.0.1:%1/ws/video/cam/").arg(port)));
        FrameMailbox box;
        QList<Frame> received;
        // A take finds nothing when an earlier one already had the newest frame (FrameMailbox::take): only
        // pictures count.
        connect(
            &box, &FrameMailbox::frameAvailable, this,
            [&] {
                if (const Frame frame = box.take(); !frame.isNull())
                    received.append(frame);
            },
            Qt::QueuedConnection);
        camera.feed()->frames().attach(&box);
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 5000);

        QElapsedTimer clock;
        clock.start();
        const qsizetype before = received.size();
        QTest::qWait(3000);
        const double fps = double(received.size() - before) * 1000.0 / double(clock.elapsed());
        camera.feed()->frames().detach(&box);
        QVERIFY2(qAbs(fps - 10.0) < 2.0, qPrintable(QString::number(fps)));
        QCOMPARE(camera.state(), CameraState::Live);

        const CameraStatus status = camera.feed()->status();
        QCOMPARE(status.codec, QStringLiteral("mjpeg"));
        QCOMPARE(status.size, QSize(320, 240));
        // What viewers are served is exactly what the camera sent: no re-encode.
        for (const Frame &frame : std::as_const(received)) {
            QVERIFY(frame.isJpegSource());
            QVERIFY(m_frames.contains(frame.jpeg()));
        }
    }

    void deadPortIsUnreachable()
    {
        WebSocketSource source(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(TestCameras::unusedPort())));
        QSignalSpy failed(&source, &FrameSource::failed);
        source.open();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<SourceError>(), SourceError::Unreachable);
        QTest::qWait(200);
        QCOMPARE(failed.size(), 1); // reported once
    }

    void refusedHandshakeSaysWhy_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<SourceError>("error");
        QTest::newRow("401") << 401 << SourceError::AuthenticationFailed;
        QTest::newRow("403") << 403 << SourceError::AuthenticationFailed;
        QTest::newRow("404") << 404 << SourceError::NotFound;
        QTest::newRow("500") << 500 << SourceError::Unreachable;
    }

    void refusedHandshakeSaysWhy()
    {
        QFETCH(int, status);
        QFETCH(SourceError, error);
        PythonPeer peer;
        QVERIFY(startPeer(peer, {QStringLiteral("--status"), QString::number(status)}));
        const quint16 port = peer.waitForPort();
        QVERIFY(port != 0);
        WebSocketSource source(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/video/cam/").arg(port)));
        QSignalSpy failed(&source, &FrameSource::failed);
        source.open();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<SourceError>(), error);
    }

    void credentialsGoAsBasicAuthAndAreNeverShown()
    {
        PythonPeer peer;
        QVERIFY(startPeer(peer, {QStringLiteral("--auth"), QStringLiteral("viewer:s3cret-pass")}));
        const quint16 port = peer.waitForPort();
        QVERIFY(port != 0);

        WebSocketSource good(QUrl(QStringLiteral("ws://viewer:s3cret-pass@127.0.0.1:%1/").arg(port)));
        QSignalSpy frames(&good, &FrameSource::frameCaptured);
        good.open();
        QVERIFY(frames.wait(5000));
        QVERIFY(m_frames.contains(frames.at(0).at(0).value<Frame>().jpeg())); // one of the peer's pictures, whole

        Camera wrong(wsCamera(QStringLiteral("ws://viewer:wrong-pass@127.0.0.1:%1/").arg(port)));
        QTRY_COMPARE_WITH_TIMEOUT(wrong.state(), CameraState::Reconnecting, 5000);
        QVERIFY2(wrong.errorText().contains(describeSourceError(SourceError::AuthenticationFailed)),
                 qPrintable(wrong.errorText()));
        QVERIFY(!wrong.errorText().contains(u"wrong-pass"));
    }

    void garbageIsAnErrorNotACrash()
    {
        PythonPeer peer;
        QVERIFY(startPeer(
            peer,
            {QStringLiteral("--mode"), QStringLiteral("garbage"), QStringLiteral("--fps"), QStringLiteral("50")}));
        const quint16 port = peer.waitForPort();
        QVERIFY(port != 0);

        WebSocketSource source(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)));
        QSignalSpy failed(&source, &FrameSource::failed);
        QSignalSpy frames(&source, &FrameSource::frameCaptured);
        source.open();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).value<SourceError>(), SourceError::UnsupportedFormat);
        QCOMPARE(frames.size(), 0);

        // The camera shows it as an error the user must fix, not a retry loop.
        Camera camera(wsCamera(QStringLiteral("ws://127.0.0.1:%1/").arg(port)));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Error, 5000);
        QVERIFY2(camera.errorText().contains(u"no JPEG picture"), qPrintable(camera.errorText()));
    }

    void aMessageOverTheCapEndsTheStream()
    {
        PythonPeer peer;
        QVERIFY(startPeer(
            peer,
            {QStringLiteral("--mode"), QStringLiteral("oversize"), QStringLiteral("--fps"), QStringLiteral("1")}));
        const quint16 port = peer.waitForPort();
        QVERIFY(port != 0);
        WebSocketSource source(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)));
        QSignalSpy failed(&source, &FrameSource::failed);
        source.open();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).value<SourceError>(), SourceError::StreamEnded);
        QVERIFY2(failed.at(0).at(1).toString().contains(u"16 MiB"), qPrintable(failed.at(0).at(1).toString()));
    }

    void silentServerTimesOut()
    {
        // Accepts the TCP connection and never answers the handshake.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        WebSocketSource source(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(silent.serverPort())));
        QSignalSpy failed(&source, &FrameSource::failed);
        QElapsedTimer clock;
        clock.start();
        source.open();
        QVERIFY(failed.wait(WebSocketSource::ConnectTimeoutMs + 3000));
        QCOMPARE(failed.at(0).at(0).value<SourceError>(), SourceError::TimedOut);
        QVERIFY(clock.elapsed() >= WebSocketSource::ConnectTimeoutMs - 500);
    }

    void wssNeedsATrustedCertificate()
    {
        TestCertificate tls;
        if (!tls.make())
            QSKIP("the openssl command is missing or failed: no certificate for the WSS camera");
        const QString cert = tls.certificateFile();
        const QString key = tls.keyFile();

        PythonPeer peer;
        QVERIFY(
            startPeer(peer, {QStringLiteral("--tls"), cert, key, QStringLiteral("--mode"), QStringLiteral("binary")}));
        const quint16 port = peer.waitForPort();
        QVERIFY(port != 0);
        const QUrl url(QStringLiteral("wss://127.0.0.1:%1/").arg(port));

        // A certificate nobody vouches for is refused, in words.
        {
            WebSocketSource source(url);
            QSignalSpy failed(&source, &FrameSource::failed);
            source.open();
            QVERIFY(failed.wait(5000));
            QCOMPARE(failed.at(0).at(0).value<SourceError>(), SourceError::Unreachable);
            QVERIFY2(failed.at(0).at(1).toString().contains(u"TLS"), qPrintable(failed.at(0).at(1).toString()));
        }

        // The error names the certificate's fingerprint; pinned in the address, that one certificate is trusted.
        const QString fingerprint = tls.fingerprint();
        {
            WebSocketSource source(url);
            QSignalSpy failed(&source, &FrameSource::failed);
            source.open();
            QVERIFY(failed.wait(5000));
            QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("?trust=") + fingerprint),
                     qPrintable(failed.at(0).at(1).toString()));
        }
        {
            WebSocketSource source(QUrl(url.toString() + QStringLiteral("?trust=") + fingerprint));
            QSignalSpy frames(&source, &FrameSource::frameCaptured);
            source.open();
            QVERIFY(frames.wait(5000));
            QVERIFY(m_frames.contains(frames.at(0).at(0).value<Frame>().jpeg()));
        }
        {
            QString other = fingerprint;
            other[8] = other[8] == u'0' ? u'1' : u'0';
            WebSocketSource source(QUrl(url.toString() + QStringLiteral("?trust=") + other));
            QSignalSpy failed(&source, &FrameSource::failed);
            source.open();
            QVERIFY(failed.wait(5000)); // another certificate's pin trusts nothing here
        }

        // Once trusted, the same camera streams over TLS.
        QFile pem(cert);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = original;
        trusting.addCaCertificates(QSslCertificate::fromData(pem.readAll()));
        QSslConfiguration::setDefaultConfiguration(trusting);
        const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });
        WebSocketSource source(url);
        QSignalSpy frames(&source, &FrameSource::frameCaptured);
        source.open();
        QVERIFY(frames.wait(5000));
        QVERIFY(m_frames.contains(frames.at(0).at(0).value<Frame>().jpeg()));
    }

    void reconnectsAfterPeerRestart()
    {
        PythonPeer peer;
        QVERIFY(startPeer(peer, {QStringLiteral("--fps"), QStringLiteral("10")}));
        const quint16 port = peer.waitForPort();
        QVERIFY(port != 0);
        Camera camera(wsCamera(QStringLiteral("ws://127.0.0.1:%1/ws/video/cam/").arg(port)));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 5000);

        peer.stop();
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Reconnecting, 5000);
        QVERIFY2(camera.errorText().contains(describeSourceError(SourceError::StreamEnded))
                     || camera.errorText().contains(describeSourceError(SourceError::Unreachable)),
                 qPrintable(camera.errorText()));

        PythonPeer restarted;
        QVERIFY(startPeer(
            restarted,
            {QStringLiteral("--fps"), QStringLiteral("10"), QStringLiteral("--port"), QString::number(port)}));
        QCOMPARE(restarted.waitForPort(), port);
        // Backoff 1, 2, 4 s with jitter: live again well within 15 s.
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 15000);
        QVERIFY(camera.feed()->status().reconnects >= 1);
    }

private:
    bool startPeer(PythonPeer &peer, const QStringList &arguments)
    {
        return peer.start(QStringLiteral("ws_camera_peer.py"),
                          QStringList {QStringLiteral("--frames"), m_frameDir.path()} + arguments);
    }

    QTemporaryDir m_frameDir;
    QList<QByteArray> m_frames;
};

QTEST_GUILESS_MAIN(tst_WebSocketSource)
#include "tst_websocketsource.moc"
