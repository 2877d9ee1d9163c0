// Seed 000 compatibility end to end: seed 000's own sender script pushes pictures to a headless `cctv-dashboard`
// at `ws://HOST:PORT/ws/video/NAME/`; the camera NAME appears, goes live, is streamed, and seed 000's viewer
// (in Python, doing what its video.html does) reads it on the same path.

#include "dashboardprocess.h"
#include "httpget.h"
#include "jpegfiles.h"
#include "media/jpegcodec.h"
#include "mjpegreader.h"
#include "pythonpeer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <csignal>

namespace {

// The share server's /api/cameras, as a script reads it.
HttpClient::Reply cameraList(const QUrl &share)
{
    return HttpClient::fetch(share.resolved(QUrl(QStringLiteral("api/cameras"))));
}

// Camera `id`'s entry in `list`; empty when it is not listed.
QJsonObject cameraIn(const HttpClient::Reply &list, const QString &id)
{
    for (const QJsonValue &camera : list.json().array()) {
        if (camera[QStringLiteral("id")].toString() == id)
            return camera.toObject();
    }
    return {};
}

QJsonObject cameraInList(const QUrl &share, const QString &id)
{
    return cameraIn(cameraList(share), id);
}

// Seed 000's path for camera `name`: `ws://HOST:PORT/ws/video/NAME/`.
QUrl seedPath(const QUrl &share, const QString &name)
{
    QUrl path = share.resolved(QUrl(QStringLiteral("ws/video/%1/").arg(name)));
    path.setScheme(QStringLiteral("ws"));
    return path;
}

// Opens `socket` on `url`; false when it did not connect within 5 s.
bool connectTo(QWebSocket &socket, const QUrl &url)
{
    QSignalSpy connected(&socket, &QWebSocket::connected);
    socket.open(url);
    return connected.wait(5000);
}

} // namespace

class tst_PushCamera : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(DashboardProcess::binary()), "CCTV_BINARY must point at cctv-dashboard");
        if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
            QSKIP("needs /usr/bin/python3 with python3-websockets");
        QVERIFY(m_frameDir.isValid());
        m_frames = writeJpegFiles(m_frameDir.path(), 5, {320, 240});
        QCOMPARE(m_frames.size(), 5);
    }

    void seed000SenderBecomesALiveSharedCamera()
    {
        DashboardProcess dashboard;
        const QUrl share = dashboard.start({});
        QVERIFY(share.isValid());
        const QUrl sendTo = seedPath(share, QStringLiteral("wms"));

        PythonPeer sender;
        QVERIFY(sender.start(QStringLiteral("seed000_sender.py"), {sendTo.toString(), m_frameDir.path()}));
        QJsonObject camera;
        QTRY_VERIFY_WITH_TIMEOUT(
            (camera = cameraInList(share, QStringLiteral("wms")))[QStringLiteral("state")].toString() == u"live",
            10000);
        QCOMPARE(camera[QStringLiteral("name")].toString(), QStringLiteral("wms"));
        QCOMPARE(camera[QStringLiteral("kind")].toString(), QStringLiteral("push"));
        QCOMPARE(camera[QStringLiteral("codec")].toString(), QStringLiteral("mjpeg"));
        QCOMPARE(camera[QStringLiteral("width")].toInt(), 320);
        QVERIFY(camera[QStringLiteral("shared")].toBool());

        // The MJPEG stream carries the sender's JPEG bytes untouched, at its pace (a 0.1 s sleep per picture).
        MjpegReader reader(share.resolved(QUrl(QStringLiteral("cameras/wms/stream.mjpg"))));
        reader.setKeep(100);
        reader.start();
        QTRY_VERIFY_WITH_TIMEOUT(reader.partCount() >= 25 || !reader.protocolError().isEmpty(), 10000);
        QVERIFY2(reader.protocolError().isEmpty(), qPrintable(reader.protocolError()));
        QCOMPARE(reader.statusCode(), 200);
        for (const MjpegReader::Part &part : reader.recentParts())
            QVERIFY(m_frames.contains(part.jpeg));
        const double fps = reader.partsPerSecond();
        QVERIFY2(fps > 7 && fps < 11, qPrintable(QString::number(fps)));
        reader.stop();

        // Seed 000's viewer page on the same path gets {"message": "data:image/jpeg;base64,…"} per picture.
        QTemporaryDir out;
        PythonPeer viewer;
        QVERIFY(viewer.start(QStringLiteral("seed000_viewer.py"),
                             {sendTo.toString(), QStringLiteral("10"), out.filePath(QStringLiteral("last.jpg"))}));
        QCOMPARE(viewer.waitForExit(20000), 0);
        QVERIFY2(viewer.output().startsWith("ok 10"), viewer.output().constData());
        QFile last(out.filePath(QStringLiteral("last.jpg")));
        QVERIFY(last.open(QIODevice::ReadOnly));
        const QByteArray jpeg = last.readAll();
        QCOMPARE(JpegCodec::forThisThread().imageSize(jpeg), QSize(320, 240));
        QVERIFY(m_frames.contains(jpeg));

        // A sender that goes away leaves its camera in place, reconnecting; when it comes back, it is live again.
        sender.stop();
        QTRY_COMPARE_WITH_TIMEOUT(cameraInList(share, QStringLiteral("wms"))[QStringLiteral("state")].toString(),
                                  QStringLiteral("reconnecting"), 10000);
        PythonPeer again;
        QVERIFY(again.start(QStringLiteral("seed000_sender.py"), {sendTo.toString(), m_frameDir.path()}));
        QTRY_COMPARE_WITH_TIMEOUT(cameraInList(share, QStringLiteral("wms"))[QStringLiteral("state")].toString(),
                                  QStringLiteral("live"), 5000);

        QVERIFY(dashboard.stop(SIGTERM) >= 0);
        QCOMPARE(dashboard.process().exitCode(), 0);
        // This run's camera only: nothing about it was saved.
        QFile config(dashboard.configPath());
        if (config.open(QIODevice::ReadOnly))
            QVERIFY(!config.readAll().contains("push:"));
    }

    void aViewerMayArriveBeforeTheSender()
    {
        DashboardProcess dashboard;
        const QUrl share = dashboard.start({});
        QVERIFY(share.isValid());
        // Seed 000's names are `\w+`; the camera's id is its slug.
        const QUrl path = seedPath(share, QStringLiteral("Back_Yard"));

        QTemporaryDir out;
        PythonPeer viewer;
        QVERIFY(viewer.start(QStringLiteral("seed000_viewer.py"),
                             {path.toString(), QStringLiteral("3"), out.filePath(QStringLiteral("last.jpg"))}));
        QTest::qWait(1000);
        PythonPeer sender;
        QVERIFY(sender.start(QStringLiteral("seed000_sender.py"), {path.toString(), m_frameDir.path()}));
        QCOMPARE(viewer.waitForExit(20000), 0);
        const QJsonObject camera = cameraInList(share, QStringLiteral("back-yard"));
        QCOMPARE(camera[QStringLiteral("name")].toString(), QStringLiteral("Back_Yard"));
        QCOMPARE(camera[QStringLiteral("url")].toString(), QStringLiteral("push:back-yard"));
    }

    void garbageFromASenderCreatesNoCamera()
    {
        DashboardProcess dashboard;
        const QUrl share = dashboard.start({});
        QVERIFY(share.isValid());
        const QUrl path = seedPath(share, QStringLiteral("junk"));
        QWebSocket socket;
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        QVERIFY(connectTo(socket, path));
        for (int i = 0; i < 20 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
            socket.sendTextMessage(QStringLiteral("data:image/jpg;base64,bm90IGEgcGljdHVyZQ=="));
            QTest::qWait(20);
        }
        QVERIFY(disconnected.size() == 1 || disconnected.wait(5000));
        QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodeDatatypeNotSupported);
        // Absent from a list that was read, not merely from an answer that never came.
        const HttpClient::Reply list = cameraList(share);
        QCOMPARE(list.status, 200);
        QVERIFY(cameraIn(list, QStringLiteral("junk")).isEmpty());
    }

    void aMessageOverTheCapIsRefused()
    {
        DashboardProcess dashboard;
        const QUrl share = dashboard.start({});
        QVERIFY(share.isValid());
        const QUrl path = seedPath(share, QStringLiteral("big"));
        QWebSocket socket;
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        QVERIFY(connectTo(socket, path));
        QByteArray huge(24 * 1024 * 1024, '\0');
        huge[0] = char(0xff);
        huge[1] = char(0xd8);
        huge[2] = char(0xff);
        socket.sendBinaryMessage(huge);
        QVERIFY(disconnected.wait(10000));
        QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
        const HttpClient::Reply list = cameraList(share);
        QCOMPARE(list.status, 200);
        QVERIFY(cameraIn(list, QStringLiteral("big")).isEmpty());
    }

    void anOrdinaryCameraCannotBePushedTo()
    {
        DashboardProcess dashboard;
        const QUrl share
            = dashboard.start({QStringLiteral("--demo"), QStringLiteral("--share-all")}); // "front-door": a pattern
        QVERIFY(share.isValid());
        const QUrl path = seedPath(share, QStringLiteral("front-door"));
        PythonPeer sender;
        QVERIFY(sender.start(QStringLiteral("seed000_sender.py"), {path.toString(), m_frameDir.path()}));
        QTest::qWait(2000);
        QCOMPARE(sender.process().state(), QProcess::Running); // connected, as a viewer: its pictures are ignored
        const QJsonObject camera = cameraInList(share, QStringLiteral("front-door"));
        QCOMPARE(camera[QStringLiteral("kind")].toString(), QStringLiteral("test"));
        QCOMPARE(camera[QStringLiteral("width")].toInt(), 1280); // still the pattern's pictures
        const HttpClient::Reply list = cameraList(share);
        QCOMPARE(list.status, 200);
        QVERIFY(cameraIn(list, QStringLiteral("front-door-2")).isEmpty());
    }

private:
    QTemporaryDir m_frameDir;
    QList<QByteArray> m_frames;
};

QTEST_GUILESS_MAIN(tst_PushCamera)
#include "tst_pushcamera.moc"
