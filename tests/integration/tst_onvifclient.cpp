// OnvifClient against a camera: the ONVIF simulator (tests/support/onvif_simulator.py) stands in for a physical
// ONVIF camera, which cannot exist here; tst_onvifsimulator checks the simulator against an independent client.
// Its two profiles point at the real RTSP test server, so a stream address found here is one a camera plays.

#include "camera/camera.h"
#include "camera/camerafeed.h"
#include "media/framemailbox.h"
#include "onvif/onvifclient.h"
#include "onvifsimulatorprocess.h"
#include "rtspserverprocess.h"
#include "sources/kinds/onvifkind.h"
#include "testcameras.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

Q_DECLARE_METATYPE(OnvifDeviceReport)

using namespace Qt::StringLiterals;

namespace {

QStringList withUser(QStringList arguments = {})
{
    return arguments << QStringList {QStringLiteral("--user"), QString::fromLatin1(OnvifSimulatorProcess::User),
                                     QStringLiteral("--password"),
                                     QString::fromLatin1(OnvifSimulatorProcess::Password)};
}

// Asks `device` with `user`/`password` and waits for the report (at most `waitMs`).
OnvifDeviceReport ask(const QUrl &device, const QString &user = QString::fromLatin1(OnvifSimulatorProcess::User),
                      const QString &password = QString::fromLatin1(OnvifSimulatorProcess::Password),
                      int timeoutMs = 5000)
{
    OnvifClient client;
    client.setTimeout(timeoutMs);
    QSignalSpy finished(&client, &OnvifClient::finished);
    client.query(device, user, password);
    if (!finished.wait(timeoutMs * 6))
        return {{}, {}, 0, OnvifDeviceReport::Problem::Unreachable, QStringLiteral("the test's wait ran out")};
    return finished.first().first().value<OnvifDeviceReport>();
}

} // namespace

class tst_OnvifClient : public QObject
{
    Q_OBJECT

private:
    OnvifSimulatorProcess m_camera;
    QString m_mainUri = QStringLiteral("rtsp://127.0.0.1:8554/main");
    QString m_subUri = QStringLiteral("rtsp://127.0.0.1:8554/sub");

    bool startCamera(const QStringList &arguments)
    {
        if (m_camera.start(arguments
                           + QStringList {QStringLiteral("--main-uri"), m_mainUri, QStringLiteral("--sub-uri"),
                                          m_subUri, QStringLiteral("--model"), QStringLiteral("Shed Cam 2")}))
            return true;
        qWarning("%s", qPrintable(m_camera.errorString()));
        return false;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<OnvifDeviceReport>(); }

    void givesTheMainAndTheSubStreamOfAProtectedCamera()
    {
        const QString rtspMissing = RtspServerProcess::unavailableReason();
        if (!rtspMissing.isEmpty())
            QSKIP(qPrintable(rtspMissing));
        RtspServerProcess rtsp;
        QVERIFY2(rtsp.start({640, 360}, 15), qPrintable(rtsp.errorString()));
        m_mainUri = rtsp.url(QStringLiteral("h264main")).toString();
        m_subUri = rtsp.url(QStringLiteral("h264")).toString();
        QVERIFY(startCamera(withUser()));

        const OnvifDeviceReport report = ask(m_camera.deviceService());
        QVERIFY2(report.problem == OnvifDeviceReport::Problem::None, qPrintable(report.error));
        QCOMPARE(report.device.model, QStringLiteral("Shed Cam 2"));
        QCOMPARE(report.streams.size(), 2);
        QCOMPARE(report.mainStream()->profile.size, QSize(1920, 1080));
        QCOMPARE(report.mainStream()->uri.toString(), m_mainUri);
        QCOMPARE(report.subStream()->profile.size, QSize(640, 360));
        QCOMPARE(report.subStream()->uri.toString(), m_subUri);
        QCOMPARE(report.mainStream()->profile.encoding, QStringLiteral("H264"));
        QVERIFY(qAbs(report.clockOffsetSeconds) <= 2);

        // Both addresses are real streams: FFmpeg's ffprobe plays each and finds its pictures.
        for (const QUrl &uri : {report.mainStream()->uri, report.subStream()->uri}) {
            QProcess probe;
            probe.start(QStringLiteral("ffprobe"),
                        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-rtsp_transport"),
                         QStringLiteral("tcp"), QStringLiteral("-show_entries"), QStringLiteral("stream=width,height"),
                         QStringLiteral("-of"), QStringLiteral("csv=p=0"), uri.toString()});
            QVERIFY(probe.waitForFinished(20000));
            QCOMPARE(probe.readAllStandardOutput().trimmed(), QByteArray("640,360"));
        }
    }

    void anOnvifCameraGoesLiveOnTheProfileAskedFor_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QSize>("size");
        QTest::newRow("the main stream") << QString() << QSize(640, 360);
        QTest::newRow("profile=Profile_2") << QStringLiteral("?profile=Profile_2") << QSize(320, 240);
        QTest::newRow("stream=sub, the smallest") << QStringLiteral("?stream=sub") << QSize(320, 240);
    }
    void anOnvifCameraGoesLiveOnTheProfileAskedFor()
    {
        QFETCH(QString, query);
        QFETCH(QSize, size);
        const QString rtspMissing = RtspServerProcess::unavailableReason();
        if (!rtspMissing.isEmpty())
            QSKIP(qPrintable(rtspMissing));
        // Two RTSP servers, one picture size each, so the tile's size says which profile plays. The main one needs
        // the camera's own user and password (as a real camera's RTSP server does): the onvif:// credentials must
        // reach it, and only it.
        RtspServerProcess main;
        RtspServerProcess sub;
        QVERIFY2(main.start({640, 360}, 15), qPrintable(main.errorString()));
        QVERIFY2(sub.start({320, 240}, 15), qPrintable(sub.errorString()));
        m_mainUri = main.url(QStringLiteral("secure")).toString();
        m_subUri = sub.url(QStringLiteral("h264")).toString();
        QVERIFY(startCamera({QStringLiteral("--user"), QString::fromLatin1(RtspServerProcess::User),
                             QStringLiteral("--password"), QString::fromLatin1(RtspServerProcess::Password)}));

        QUrl url(QStringLiteral("onvif://127.0.0.1:%1%2").arg(m_camera.httpPort()).arg(query));
        url.setUserName(QString::fromLatin1(RtspServerProcess::User));
        url.setPassword(QString::fromLatin1(RtspServerProcess::Password));
        Camera camera(TestCameras::config(QStringLiteral("shed"), url));
        QTRY_VERIFY2_WITH_TIMEOUT(camera.state() == CameraState::Live, qPrintable(camera.errorText()), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(camera.feed()->status().size, size, 5000);
        QCOMPARE(camera.feed()->status().codec, QStringLiteral("h264"));
    }

    // An ONVIF camera with its sub stream as the dialog fills it in: the grid's small tiles read the smallest
    // profile and the main one is not even connected until something reads it, then it plays the largest.
    void anOnvifCameraRunsItsSubStreamUntilTheMainOneIsNeeded()
    {
        const QString rtspMissing = RtspServerProcess::unavailableReason();
        if (!rtspMissing.isEmpty())
            QSKIP(qPrintable(rtspMissing));
        RtspServerProcess rtsp;
        QVERIFY2(rtsp.start({640, 360}, 15), qPrintable(rtsp.errorString()));
        m_mainUri = rtsp.url(QStringLiteral("secure")).toString();
        m_subUri = rtsp.url(QStringLiteral("securesub")).toString();
        QVERIFY(startCamera({QStringLiteral("--user"), QString::fromLatin1(RtspServerProcess::User),
                             QStringLiteral("--password"), QString::fromLatin1(RtspServerProcess::Password)}));

        QUrl url(QStringLiteral("onvif://127.0.0.1:%1").arg(m_camera.httpPort()));
        url.setUserName(QString::fromLatin1(RtspServerProcess::User));
        url.setPassword(QString::fromLatin1(RtspServerProcess::Password));
        CameraConfig config = TestCameras::config(QStringLiteral("shed"), url);
        config.subUrl = OnvifKind().subStreamOf(url);
        QCOMPARE(config.subUrl.toString(), QStringLiteral("onvif://127.0.0.1:%1?stream=sub").arg(m_camera.httpPort()));
        Camera camera(config);
        QTRY_VERIFY2_WITH_TIMEOUT(camera.state() == CameraState::Live, qPrintable(camera.errorText()), 20000);
        // The sub address has no password of its own: the main address's went to the same camera.
        QTRY_COMPARE_WITH_TIMEOUT(camera.feed()->streamSize(CameraStream::Sub), QSize(320, 180), 5000);
        QCOMPARE(camera.feed()->streamState(CameraStream::Main), CameraState::Stopped);
        QTRY_COMPARE(rtsp.playing(QStringLiteral("securesub")), 1);
        QCOMPARE(rtsp.playing(QStringLiteral("secure")), 0);

        FrameMailbox reader;
        bool arrived = false;
        connect(
            &reader, &FrameMailbox::frameAvailable, this, [&arrived] { arrived = true; }, Qt::QueuedConnection);
        camera.feed()->frames(CameraStream::Main).attach(&reader);
        QTRY_VERIFY_WITH_TIMEOUT(arrived, 10000);
        QCOMPARE(camera.feed()->streamSize(CameraStream::Main), QSize(640, 360));
        QTRY_COMPARE(rtsp.playing(QStringLiteral("secure")), 1);
        camera.feed()->frames(CameraStream::Main).detach(&reader);
    }

    void anOnvifCameraSaysWhatIsWrong()
    {
        QVERIFY(startCamera(withUser()));
        QUrl wrong(QStringLiteral("onvif://127.0.0.1:%1").arg(m_camera.httpPort()));
        wrong.setUserName(QString::fromLatin1(OnvifSimulatorProcess::User));
        wrong.setPassword(QStringLiteral("guessed-wrong"));
        Camera refused(TestCameras::config(QStringLiteral("refused"), wrong));
        QTRY_VERIFY_WITH_TIMEOUT(refused.needsUser(), 15000);
        QVERIFY2(refused.errorText().contains(u"refused the user name or password"), qPrintable(refused.errorText()));
        QVERIFY(!refused.errorText().contains(u"guessed-wrong"));

        QUrl missing(QStringLiteral("onvif://127.0.0.1:%1?profile=NoSuchProfile").arg(m_camera.httpPort()));
        missing.setUserName(QString::fromLatin1(OnvifSimulatorProcess::User));
        missing.setPassword(QString::fromLatin1(OnvifSimulatorProcess::Password));
        Camera noProfile(TestCameras::config(QStringLiteral("noprofile"), missing));
        QTRY_VERIFY2_WITH_TIMEOUT(noProfile.errorText().contains(u"no profile \"NoSuchProfile\""),
                                  qPrintable(noProfile.errorText()), 15000);
    }

    void aWrongPasswordIsSaidInWordsAndNeverShown()
    {
        QVERIFY(startCamera(withUser()));
        const OnvifDeviceReport report = ask(m_camera.deviceService(), QString::fromLatin1(OnvifSimulatorProcess::User),
                                             QStringLiteral("guessed-wrong"));
        QCOMPARE(report.problem, OnvifDeviceReport::Problem::Unauthorized);
        QVERIFY2(report.error.contains(u"refused the user name or password"), qPrintable(report.error));
        QVERIFY(!report.error.contains(u"guessed-wrong"));
        QVERIFY(report.streams.isEmpty());

        const OnvifDeviceReport none = ask(m_camera.deviceService(), {}, {});
        QCOMPARE(none.problem, OnvifDeviceReport::Problem::Unauthorized);
        QVERIFY2(none.error.contains(u"needs a user name and password"), qPrintable(none.error));
    }

    void aCameraHoursOffStillAcceptsThePassword_data()
    {
        QTest::addColumn<int>("skew");
        QTest::newRow("2 h ahead") << 7200;
        QTest::newRow("2 h behind") << -7200;
        QTest::newRow("a day ahead") << 86400;
    }
    void aCameraHoursOffStillAcceptsThePassword()
    {
        QFETCH(int, skew);
        QVERIFY(startCamera(withUser({QStringLiteral("--clock-skew"), QString::number(skew)})));
        const OnvifDeviceReport report = ask(m_camera.deviceService());
        QVERIFY2(report.problem == OnvifDeviceReport::Problem::None, qPrintable(report.error));
        QVERIFY2(qAbs(report.clockOffsetSeconds - skew) <= 2, qPrintable(QString::number(report.clockOffsetSeconds)));
        QCOMPARE(report.streams.size(), 2);
    }

    // A camera whose token check goes by another clock than the one it tells (the simulator's
    // --quirk-token-true-time) refuses every password while its clock is off: the error says so, and by how much.
    void aCameraRefusingForItsClockSaysHowFarOff_data()
    {
        QTest::addColumn<int>("skew");
        QTest::addColumn<QString>("said");
        QTest::newRow("2 h 5 min ahead") << 7500 << u"its clock is 2 h 5 min ahead of this computer's"_s;
        QTest::newRow("a day and 3 h behind") << -97200 << u"its clock is 1 d 3 h behind this computer's"_s;
        QTest::newRow("20 min ahead") << 1200 << u"its clock is 20 min ahead of this computer's"_s;
    }
    void aCameraRefusingForItsClockSaysHowFarOff()
    {
        QFETCH(int, skew);
        QFETCH(QString, said);
        QVERIFY(startCamera(withUser({u"--clock-skew"_s, QString::number(skew), u"--quirk-token-true-time"_s})));
        const OnvifDeviceReport report = ask(m_camera.deviceService());
        QCOMPARE(report.problem, OnvifDeviceReport::Problem::ClockRefused);
        QVERIFY2(report.error.contains(said), qPrintable(report.error));
        QVERIFY(!report.error.contains(QLatin1String(OnvifSimulatorProcess::Password)));
        // A camera within a few minutes is not blamed on its clock.
        QVERIFY(startCamera(
            withUser({u"--clock-skew"_s, u"60"_s, u"--quirk-token-true-time"_s, u"--max-skew"_s, u"30"_s})));
        QCOMPARE(ask(m_camera.deviceService()).problem, OnvifDeviceReport::Problem::Unauthorized);
    }

    void httpDigestWhenTheCameraAsksForIt()
    {
        QVERIFY(startCamera(withUser({QStringLiteral("--http-digest")})));
        const OnvifDeviceReport report = ask(m_camera.deviceService());
        QVERIFY2(report.problem == OnvifDeviceReport::Problem::None, qPrintable(report.error));
        QCOMPARE(report.streams.size(), 2);
        const OnvifDeviceReport wrong
            = ask(m_camera.deviceService(), QString::fromLatin1(OnvifSimulatorProcess::User), QStringLiteral("nope"));
        QCOMPARE(wrong.problem, OnvifDeviceReport::Problem::Unauthorized);
    }

    void vendorQuirksGiveAddressesThatWork_data()
    {
        QTest::addColumn<QStringList>("quirks");
        QTest::addColumn<QString>("expectedMain");
        const QString main = QStringLiteral("rtsp://127.0.0.1:8554/main");
        QTest::newRow("0.0.0.0") << QStringList {QStringLiteral("--quirk-zero-host")} << main;
        QTest::newRow("another network") << QStringList {QStringLiteral("--quirk-other-network")} << main;
        QTest::newRow("whitespace, &amp;") << QStringList {QStringLiteral("--quirk-whitespace-uri")}
                                           << QStringLiteral("rtsp://127.0.0.1:8554/main?channel=1&subtype=0");
        QTest::newRow("odd prefixes") << QStringList {QStringLiteral("--quirk-odd-prefixes")} << main;
    }
    void vendorQuirksGiveAddressesThatWork()
    {
        QFETCH(QStringList, quirks);
        QFETCH(QString, expectedMain);
        m_mainUri = QStringLiteral("rtsp://127.0.0.1:8554/main");
        m_subUri = QStringLiteral("rtsp://127.0.0.1:8554/sub");
        QVERIFY(startCamera(withUser(quirks)));
        const OnvifDeviceReport report = ask(m_camera.deviceService());
        QVERIFY2(report.problem == OnvifDeviceReport::Problem::None, qPrintable(report.error));
        QCOMPARE(report.mainStream()->uri.toString(), expectedMain);
    }

    void hostileAnswersAreRefusedWithBoundedMemory_data()
    {
        QTest::addColumn<QString>("quirk");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("words");
        QTest::newRow("8 MB of profiles") << QStringLiteral("--quirk-huge") << int(OnvifDeviceReport::Problem::Hostile)
                                          << QStringLiteral("larger than 1 MiB");
        QTest::newRow("entity expansion")
            << QStringLiteral("--quirk-entities") << int(OnvifDeviceReport::Problem::NotOnvif)
            << QStringLiteral("document type");
    }
    void hostileAnswersAreRefusedWithBoundedMemory()
    {
        QFETCH(QString, quirk);
        QFETCH(int, problem);
        QFETCH(QString, words);
        QVERIFY(startCamera(withUser({quirk})));
        const OnvifDeviceReport report = ask(m_camera.deviceService());
        QCOMPARE(int(report.problem), problem);
        QVERIFY2(report.error.contains(words), qPrintable(report.error));
    }

    void aDeviceThatNeverAnswersTimesOutAndCanBeCancelled()
    {
        QVERIFY(startCamera(withUser({QStringLiteral("--quirk-silent")})));
        const OnvifDeviceReport report = ask(m_camera.deviceService(), QString::fromLatin1(OnvifSimulatorProcess::User),
                                             QString::fromLatin1(OnvifSimulatorProcess::Password), 1500);
        QCOMPARE(report.problem, OnvifDeviceReport::Problem::Unreachable);
        QVERIFY2(report.error.contains(u"did not answer within 1 s"), qPrintable(report.error));

        OnvifClient client;
        QSignalSpy finished(&client, &OnvifClient::finished);
        client.query(m_camera.deviceService(), {}, {});
        QVERIFY(client.isRunning());
        client.cancel();
        QVERIFY(!client.isRunning());
        QTest::qWait(200);
        QCOMPARE(finished.size(), 0);
    }

    void notAnOnvifDeviceAndNoDeviceAtAll()
    {
        // A web server that answers everything with a page, as a router's admin page would.
        QTcpServer web;
        QVERIFY(web.listen(QHostAddress::LocalHost));
        connect(&web, &QTcpServer::newConnection, &web, [&web] {
            QTcpSocket *socket = web.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 27\r\n\r\n"
                              "<html><body>hi</body></html");
                socket->disconnectFromHost();
            });
        });
        const OnvifDeviceReport page
            = ask(QUrl(QStringLiteral("http://127.0.0.1:%1/onvif/device_service").arg(web.serverPort())));
        QCOMPARE(page.problem, OnvifDeviceReport::Problem::NotOnvif);
        QVERIFY2(page.error.contains(u"not as an ONVIF device"), qPrintable(page.error));

        const OnvifDeviceReport nobody
            = ask(QUrl(QStringLiteral("http://127.0.0.1:%1/onvif/device_service").arg(TestCameras::unusedPort())));
        QCOMPARE(nobody.problem, OnvifDeviceReport::Problem::Unreachable);
        QVERIFY2(nobody.error.contains(u"cannot be reached"), qPrintable(nobody.error));
    }
};

QTEST_GUILESS_MAIN(tst_OnvifClient)
#include "tst_onvifclient.moc"
