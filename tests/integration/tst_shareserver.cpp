// The share server against real HTTP clients on loopback: a strict MJPEG reader of our own over QTcpSocket,
// QNetworkAccessManager, and a client that connects and never reads.

#include "camera/camera.h"
#include "camera/camerafeed.h"
#include "httpget.h"
#include "media/jpegcodec.h"
#include "mjpegreader.h"
#include "processmemory.h"
#include "share/shareserver.h"
#include "testcameras.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#include <cmath>
#include <functional>
#include <malloc.h>

namespace {

// A camera called `id`, shared unless told otherwise.
CameraConfig camera(const QString &id, const QString &url, bool shared = true)
{
    return TestCameras::config(id, QUrl(url), shared);
}

} // namespace

class tst_ShareServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Camera> m_live; // 640x360 at 25 fps, shared
    std::unique_ptr<Camera> m_private; // not shared
    std::unique_ptr<Camera> m_secret; // a URL with a password, never opened
    std::unique_ptr<ShareServer> m_server;

    QUrl url(const QString &path) const { return m_server->url().resolved(QUrl(path)); }
    // A camera shared with a 640×360 main stream and a 320×180 sub stream, for as long as the returned guard lives.
    [[nodiscard]] QScopeGuard<std::function<void()>> sharePorch(std::unique_ptr<Camera> *porch,
                                                                const QString &mainUrl = {})
    {
        CameraConfig config = camera(QStringLiteral("porch"),
                                     mainUrl.isEmpty() ? QStringLiteral("test:pattern?size=640x360&fps=25") : mainUrl);
        config.subUrl = QUrl(QStringLiteral("test:pattern?size=320x180&fps=25"));
        *porch = std::make_unique<Camera>(config);
        m_server->addCamera((*porch)->feed());
        return QScopeGuard<std::function<void()>>([this] { m_server->removeCamera(QStringLiteral("porch")); });
    }
    QStringList streamsOpen(const QString &id) const
    {
        return cameraStatus(id).value(QStringLiteral("streamsOpen")).toVariant().toStringList();
    }
    bool becomesLive(const QString &id) const
    {
        return QTest::qWaitFor([&] { return cameraStatus(id).value(QStringLiteral("state")).toString() == u"live"; },
                               5000);
    }

    // One camera's entry in /api/cameras.
    QJsonObject cameraStatus(const QString &id) const
    {
        const QJsonArray cameras
            = QJsonDocument::fromJson(HttpClient::fetch(url(QStringLiteral("api/cameras"))).body).array();
        for (const QJsonValue camera : cameras) {
            if (camera[QLatin1String("id")].toString() == id)
                return camera.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Large blocks (a 1080p picture is 8 MB) always straight from and back to the system, so RSS shows what
        // is held rather than what glibc chose to keep after raising its threshold on the fly.
        mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
        m_live = std::make_unique<Camera>(
            camera(QStringLiteral("yard"), QStringLiteral("test:pattern?size=640x360&fps=25")));
        m_private = std::make_unique<Camera>(
            camera(QStringLiteral("bedroom"), QStringLiteral("test:pattern?size=320x240&fps=5"), false));
        CameraConfig gate = camera(QStringLiteral("gate"), QStringLiteral("gopher://admin:hunter2@192.0.2.1/live"));
        gate.subUrl = QUrl(QStringLiteral("rtsp://viewer:swordfish@192.0.2.1/sub"));
        m_secret = std::make_unique<Camera>(gate);
        m_server = std::make_unique<ShareServer>();
        ShareServer::Settings settings;
        settings.port = 0;
        QString error;
        QVERIFY2(m_server->start(settings, &error), qPrintable(error));
        QVERIFY(m_server->url().port() > 0);
        for (Camera *c : {m_live.get(), m_private.get(), m_secret.get()})
            m_server->addCamera(c->feed());
        QTRY_COMPARE_WITH_TIMEOUT(m_live->state(), CameraState::Live, 2000);
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_live.reset();
        m_private.reset();
        m_secret.reset();
    }

    void streamDeliversTheFullRateWithCorrectFraming()
    {
        MjpegReader reader(url(QStringLiteral("cameras/yard/stream.mjpg")));
        reader.start();
        QTRY_VERIFY_WITH_TIMEOUT(reader.partCount() >= 75 || !reader.protocolError().isEmpty(), 6000);
        QVERIFY2(reader.protocolError().isEmpty(), qPrintable(reader.protocolError()));
        QCOMPARE(reader.statusCode(), 200);
        QVERIFY(reader.header("Content-Type").startsWith("multipart/x-mixed-replace; boundary="));
        QVERIFY(reader.header("Cache-Control").contains("no-cache"));
        const double fps = reader.partsPerSecond();
        QVERIFY2(fps > 23 && fps < 27, qPrintable(QString::number(fps)));
        for (const MjpegReader::Part &part : reader.recentParts())
            QCOMPARE(JpegCodec::forThisThread().imageSize(part.jpeg), QSize(640, 360));
        // Every part carries a different picture: the stream is live, not one frame repeated.
        QVERIFY(reader.recentParts().first().jpeg != reader.recentParts().last().jpeg);
        QTRY_COMPARE_WITH_TIMEOUT(m_live->feed()->status().viewers, 1, 1000);
        reader.stop();
        QTRY_COMPARE_WITH_TIMEOUT(m_live->feed()->status().viewers, 0, 2000);
    }

    void theBoundaryFollowsEachPictureAtOnce()
    {
        Camera slow(camera(QStringLiteral("slow"), QStringLiteral("test:pattern?size=320x240&fps=1")));
        m_server->addCamera(slow.feed());
        const auto removeSlow = qScopeGuard([this] { m_server->removeCamera(QStringLiteral("slow")); });
        MjpegReader reader(url(QStringLiteral("cameras/slow/stream.mjpg")));
        reader.start();
        QTRY_VERIFY_WITH_TIMEOUT(reader.partCount() >= 2, 4000);
        // Between two frames a second apart, nothing is left half-said: the closing boundary came with the JPEG,
        // so a browser paints each picture when it arrives rather than one frame late.
        QTest::qWait(300);
        QCOMPARE(reader.unparsedBytes(), 0);
        QVERIFY2(reader.protocolError().isEmpty(), qPrintable(reader.protocolError()));
    }

    void aClientThatNeverReadsSlowsNobodyAndCostsBoundedMemory()
    {
        if (ProcessMemory::underAddressSanitizer())
            QSKIP("measures a 1080p rate and resident memory, which AddressSanitizer's allocator distorts");
        // Big frames make a backlog show quickly: 1080p at 25 fps.
        Camera big(camera(QStringLiteral("big"), QStringLiteral("test:pattern?size=1920x1080&fps=25")));
        m_server->addCamera(big.feed());
        const auto removeBig = qScopeGuard([this] { m_server->removeCamera(QStringLiteral("big")); });
        QTRY_COMPARE_WITH_TIMEOUT(big.state(), CameraState::Live, 2000);
        const qsizetype frameBytes = big.feed()->frames().latest().jpeg().size();
        QVERIFY(frameBytes > 20000);

        QTcpSocket stuck;
        stuck.setReadBufferSize(1); // Qt takes one byte off the kernel and then stops reading for good
        stuck.connectToHost(m_server->url().host(), quint16(m_server->url().port()));
        QVERIFY(stuck.waitForConnected(2000));
        stuck.write("GET /cameras/big/stream.mjpg HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

        MjpegReader reader(url(QStringLiteral("cameras/big/stream.mjpg")));
        reader.setKeep(2);
        reader.start();
        QTest::qWait(3000); // both connected; the stuck one's kernel buffers fill up
        const qint64 rssBefore = ProcessMemory::residentKiB();
        const qsizetype partsBefore = reader.partCount();
        QTest::qWait(8000);
        const qint64 rssAfter = ProcessMemory::residentKiB();
        const double fps = double(reader.partCount() - partsBefore) / 8.0;

        // Queueing every frame for the stuck client would hold 8 s × 25 fps × the frame size more.
        const qint64 backlogKiB = 8 * 25 * frameBytes / 1024;
        const qint64 growthKiB = rssAfter - rssBefore;
        qInfo("frame %lld KiB, a full backlog would be %lld KiB; RSS grew %lld KiB; reader got %.1f fps",
              qint64(frameBytes / 1024), backlogKiB, growthKiB, fps);
        QVERIFY2(fps > 22, qPrintable(QString::number(fps)));
        QVERIFY2(growthKiB < qMax<qint64>(4096, backlogKiB / 3), qPrintable(QString::number(growthKiB)));
        QVERIFY(reader.protocolError().isEmpty());
    }

    void viewersChooseSizeQualityAndRate()
    {
        MjpegReader small(url(QStringLiteral("cameras/yard/stream.mjpg?width=320&quality=50")));
        MjpegReader slow(url(QStringLiteral("cameras/yard/stream.mjpg?fps=5")));
        MjpegReader full(url(QStringLiteral("cameras/yard/stream.mjpg")));
        for (MjpegReader *reader : {&small, &slow, &full})
            reader->start();
        QTest::qWait(3200);
        for (MjpegReader *reader : {&small, &slow, &full})
            QVERIFY2(reader->protocolError().isEmpty(), qPrintable(reader->protocolError()));
        QCOMPARE(JpegCodec::forThisThread().imageSize(small.recentParts().constLast().jpeg), QSize(320, 180));
        QVERIFY(small.recentParts().constLast().jpeg.size() < full.recentParts().constLast().jpeg.size() / 2);
        QVERIFY2(small.partsPerSecond() > 22, qPrintable(QString::number(small.partsPerSecond())));
        const double slowFps = slow.partsPerSecond();
        QVERIFY2(slowFps > 4 && slowFps < 6, qPrintable(QString::number(slowFps)));
        QCOMPARE(JpegCodec::forThisThread().imageSize(slow.recentParts().constLast().jpeg), QSize(640, 360));
        QVERIFY2(full.partsPerSecond() > 22, qPrintable(QString::number(full.partsPerSecond())));

        const HttpClient::Reply thumbnail
            = HttpClient::fetch(url(QStringLiteral("cameras/yard/snapshot.jpg?width=160")));
        QCOMPARE(JpegCodec::forThisThread().imageSize(thumbnail.body), QSize(160, 90));
    }

    void ffmpegReadsTheStream()
    {
        // A third-party client: FFmpeg's own MJPEG-over-HTTP demuxer, as VLC and recorders use it.
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                      QStringLiteral("-i"), url(QStringLiteral("cameras/yard/stream.mjpg")).toString(),
                      QStringLiteral("-frames:v"), QStringLiteral("50"), QStringLiteral("-f"),
                      QStringLiteral("framemd5"), QStringLiteral("-")});
        if (!ffmpeg.waitForStarted(5000))
            QSKIP("ffmpeg is not installed (Debian package ffmpeg)");
        QVERIFY(ffmpeg.waitForFinished(20000));
        QCOMPARE(ffmpeg.exitCode(), 0);
        const QList<QByteArray> lines = ffmpeg.readAllStandardOutput().split('\n');
        // One line per decoded frame, each a different picture, at the stream's size.
        QSet<QByteArray> hashes;
        int frames = 0;
        for (const QByteArray &line : lines) {
            if (line.startsWith('#') || line.trimmed().isEmpty())
                continue;
            ++frames;
            hashes.insert(line.split(',').constLast().trimmed());
        }
        QCOMPARE(frames, 50);
        QVERIFY2(hashes.size() > 40, qPrintable(QString::number(hashes.size())));
        QVERIFY(ffmpeg.readAllStandardError().isEmpty());
    }

    void snapshotIsTheLatestPictureAsJpeg()
    {
        const HttpClient::Reply reply = HttpClient::fetch(url(QStringLiteral("cameras/yard/snapshot.jpg")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.contentType, QByteArray("image/jpeg"));
        QCOMPARE(JpegCodec::forThisThread().imageSize(reply.body), QSize(640, 360));
    }

    void apiListsEveryCameraWithItsState()
    {
        const HttpClient::Reply reply = HttpClient::fetch(url(QStringLiteral("api/cameras")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.contentType, QByteArray("application/json"));
        const QJsonArray cameras = QJsonDocument::fromJson(reply.body).array();
        QCOMPARE(cameras.size(), 3);
        const QJsonObject yard = cameras.at(0).toObject();
        QCOMPARE(yard.value(QStringLiteral("id")).toString(), QStringLiteral("yard"));
        QCOMPARE(yard.value(QStringLiteral("state")).toString(), QStringLiteral("live"));
        QCOMPARE(yard.value(QStringLiteral("kind")).toString(), QStringLiteral("test"));
        QCOMPARE(yard.value(QStringLiteral("width")).toInt(), 640);
        QCOMPARE(yard.value(QStringLiteral("height")).toInt(), 360);
        QVERIFY(yard.value(QStringLiteral("fps")).toDouble() > 20);
        QVERIFY(yard.value(QStringLiteral("shared")).toBool());
        QCOMPARE(yard.value(QStringLiteral("streamsOpen")).toVariant().toStringList(),
                 QStringList {QStringLiteral("main")});
        for (const char *key : {"name", "url", "enabled", "error", "clients"})
            QVERIFY2(yard.contains(QLatin1String(key)), key);
        // What the camera costs and how healthy it is: numbers, whatever the kind of camera.
        for (const char *key : {"bitrate", "drops", "decodeMs"})
            QVERIFY2(yard.value(QLatin1String(key)).isDouble(), key);
        QCOMPARE(yard.value(QStringLiteral("drops")).toInteger(-1), 0);
        QVERIFY(yard.value(QStringLiteral("bitrate")).toInteger(-1) >= 0);

        const QJsonObject gate = cameras.at(2).toObject();
        QCOMPARE(gate.value(QStringLiteral("state")).toString(), QStringLiteral("error"));
        QVERIFY(!gate.value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(!reply.body.contains("hunter2"));
        QVERIFY(gate.value(QStringLiteral("url")).toString().contains(QStringLiteral("admin:***@")));
        // Its sub stream's address too, redacted; a camera without one says so with an empty one.
        QVERIFY(!reply.body.contains("swordfish"));
        QCOMPARE(gate.value(QStringLiteral("subUrl")).toString(), QStringLiteral("rtsp://viewer:***@192.0.2.1/sub"));
        QCOMPARE(yard.value(QStringLiteral("subUrl")).toString(), QString());
    }

    // A camera with a sub stream runs only that one until a browser asks for its pictures: the main stream opens for
    // the client (full size) and closes a few seconds after it leaves. /api/cameras says which streams run.
    void aSubStreamCameraOpensItsMainStreamOnlyForAClient()
    {
        std::unique_ptr<Camera> porch;
        const auto removePorch = sharePorch(&porch);
        QVERIFY(becomesLive(QStringLiteral("porch")));
        const QStringList subOnly {QStringLiteral("sub")};
        const QStringList both {QStringLiteral("main"), QStringLiteral("sub")};
        QCOMPARE(streamsOpen(QStringLiteral("porch")), subOnly);
        QCOMPARE(cameraStatus(QStringLiteral("porch")).value(QStringLiteral("width")).toInt(), 320);
        const QJsonObject streams = cameraStatus(QStringLiteral("porch")).value(QStringLiteral("streams")).toObject();
        QCOMPARE(streams.value(QStringLiteral("sub")).toObject().value(QStringLiteral("width")).toInt(), 320);
        QCOMPARE(streams.value(QStringLiteral("sub")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("live"));
        QCOMPARE(streams.value(QStringLiteral("main")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("stopped"));

        MjpegReader reader(url(QStringLiteral("cameras/porch/stream.mjpg")));
        reader.start();
        QTRY_VERIFY_WITH_TIMEOUT(reader.partCount() >= 5, 5000);
        QCOMPARE(reader.header("x-stream"), QByteArray("main"));
        for (const MjpegReader::Part &part : reader.recentParts())
            QCOMPARE(JpegCodec::forThisThread().imageSize(part.jpeg), QSize(640, 360));
        QCOMPARE(streamsOpen(QStringLiteral("porch")), both);
        QCOMPARE(cameraStatus(QStringLiteral("porch")).value(QStringLiteral("clients")).toInt(), 1);
        QCOMPARE(cameraStatus(QStringLiteral("porch"))
                     .value(QStringLiteral("streams"))[QLatin1String("main")][QLatin1String("width")]
                     .toInt(),
                 640);
        reader.stop();
        QTRY_COMPARE_WITH_TIMEOUT(streamsOpen(QStringLiteral("porch")), subOnly, 9000);
        QCOMPARE(cameraStatus(QStringLiteral("porch")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("live"));

        // A plain snapshot is a full-size picture: the main stream opens for it, and closes again after.
        const HttpClient::Reply snapshot = HttpClient::fetch(url(QStringLiteral("cameras/porch/snapshot.jpg")));
        QCOMPARE(snapshot.status, 200);
        QCOMPARE(snapshot.header("x-stream"), QByteArray("main"));
        QCOMPARE(JpegCodec::forThisThread().imageSize(snapshot.body), QSize(640, 360));
        QTRY_COMPARE_WITH_TIMEOUT(streamsOpen(QStringLiteral("porch")), subOnly, 9000);
    }

    void sharesChooseTheStream_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("width"); // of the pictures served
        QTest::newRow("sub") << QStringLiteral("stream=sub") << QByteArray("sub") << 320;
        QTest::newRow("auto, narrow enough for sub") << QStringLiteral("width=300") << QByteArray("sub") << 300;
        QTest::newRow("auto, exactly the sub width") << QStringLiteral("width=320") << QByteArray("sub") << 320;
        QTest::newRow("auto, wider than sub") << QStringLiteral("stream=auto&width=400") << QByteArray("main") << 400;
        QTest::newRow("main, narrow") << QStringLiteral("stream=main&width=200") << QByteArray("main") << 200;
        QTest::newRow("auto, no width") << QString() << QByteArray("main") << 640;
    }
    void sharesChooseTheStream()
    {
        QFETCH(QString, query);
        QFETCH(QByteArray, stream);
        QFETCH(int, width);
        std::unique_ptr<Camera> porch;
        const auto removePorch = sharePorch(&porch);
        QVERIFY(becomesLive(QStringLiteral("porch")));
        QTRY_VERIFY(porch->feed()->streamSize(CameraStream::Sub).isValid());

        const HttpClient::Reply snapshot
            = HttpClient::fetch(url(QStringLiteral("cameras/porch/snapshot.jpg?") + query));
        QCOMPARE(snapshot.status, 200);
        QCOMPARE(snapshot.header("x-stream"), stream);
        QCOMPARE(JpegCodec::forThisThread().imageSize(snapshot.body).width(), width);

        MjpegReader reader(url(QStringLiteral("cameras/porch/stream.mjpg?") + query));
        reader.start();
        QTRY_VERIFY_WITH_TIMEOUT(reader.partCount() >= 10, 5000);
        QCOMPARE(reader.header("x-stream"), stream);
        for (const MjpegReader::Part &part : reader.recentParts())
            QCOMPARE(JpegCodec::forThisThread().imageSize(part.jpeg).width(), width);
        // Only what was asked for runs: a client served from the sub stream opens nothing more.
        QCOMPARE(streamsOpen(QStringLiteral("porch")).contains(QStringLiteral("main")), stream == "main");
    }

    void aCameraWithOneStreamServesItWhateverIsAsked()
    {
        const HttpClient::Reply snapshot
            = HttpClient::fetch(url(QStringLiteral("cameras/yard/snapshot.jpg?stream=sub")));
        QCOMPARE(snapshot.status, 200);
        QCOMPARE(snapshot.header("x-stream"), QByteArray("main"));
        QCOMPARE(JpegCodec::forThisThread().imageSize(snapshot.body), QSize(640, 360));
    }

    void anUnknownStreamIsRefusedInWords()
    {
        for (const QString &path : {QStringLiteral("cameras/yard/snapshot.jpg?stream=hd"),
                                    QStringLiteral("cameras/yard/stream.mjpg?stream=MAIN")}) {
            const HttpClient::Reply reply = HttpClient::fetch(url(path));
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.body, QByteArray("stream must be main, sub or auto\n"));
        }
    }

    void aSnapshotOfAFailingMainStreamSaysWhyOrFallsBack()
    {
        // The main stream's address refuses connections (port 9 on loopback: nothing listens); the sub stream works.
        std::unique_ptr<Camera> porch;
        const auto removePorch = sharePorch(&porch, QStringLiteral("http://127.0.0.1:9/video.mjpg"));
        QVERIFY(becomesLive(QStringLiteral("porch")));

        const HttpClient::Reply asked
            = HttpClient::fetch(url(QStringLiteral("cameras/porch/snapshot.jpg?stream=main")));
        QCOMPARE(asked.status, 503);
        QVERIFY2(asked.body.startsWith("the main stream gave no picture: ") && asked.body.contains("refused"),
                 asked.body.constData());
        // Left to choose, the client gets the picture there is.
        const HttpClient::Reply chosen = HttpClient::fetch(url(QStringLiteral("cameras/porch/snapshot.jpg")));
        QCOMPARE(chosen.status, 200);
        QCOMPARE(chosen.header("x-stream"), QByteArray("sub"));
        QCOMPARE(JpegCodec::forThisThread().imageSize(chosen.body), QSize(320, 180));
        QCOMPARE(cameraStatus(QStringLiteral("porch")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("live"));
    }

    void apiReportsThePicturesSentPerSecondAsServed()
    {
        const auto yardStatus = [this] { return cameraStatus(QStringLiteral("yard")); };
        QCOMPARE(yardStatus().value(QStringLiteral("fpsOut")).toDouble(-1), 0.0); // nobody watches yet

        // Two viewers, one at the full 25 fps and one asking for 5: the camera sends what they received together.
        MjpegReader full(url(QStringLiteral("cameras/yard/stream.mjpg")));
        MjpegReader slow(url(QStringLiteral("cameras/yard/stream.mjpg?fps=5")));
        full.start();
        slow.start();
        QTRY_VERIFY_WITH_TIMEOUT(full.partCount() >= 75 && slow.partCount() >= 15, 8000);
        const QJsonObject yard = yardStatus();
        const double served = full.partsPerSecond() + slow.partsPerSecond();
        const double reported = yard.value(QStringLiteral("fpsOut")).toDouble();
        QVERIFY2(std::abs(reported - served) < served * 0.2,
                 qPrintable(QStringLiteral("reported %1, served %2").arg(reported).arg(served)));
        QCOMPARE(yard.value(QStringLiteral("clients")).toInt(), 2);

        full.stop();
        slow.stop();
        QTRY_COMPARE_WITH_TIMEOUT(yardStatus().value(QStringLiteral("fpsOut")).toDouble(-1), 0.0, 3000);
    }

    void refusesWhatItShouldNotServe_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown camera") << QStringLiteral("cameras/nope/stream.mjpg") << QByteArray("GET") << 404;
        QTest::newRow("unknown route") << QStringLiteral("etc/passwd") << QByteArray("GET") << 404;
        QTest::newRow("traversal") << QStringLiteral("cameras/../../etc/passwd") << QByteArray("GET") << 404;
        QTest::newRow("not shared stream") << QStringLiteral("cameras/bedroom/stream.mjpg") << QByteArray("GET") << 403;
        QTest::newRow("not shared snapshot")
            << QStringLiteral("cameras/bedroom/snapshot.jpg") << QByteArray("GET") << 403;
        QTest::newRow("switch by GET") << QStringLiteral("api/cameras/yard/off") << QByteArray("GET") << 405;
        QTest::newRow("list by POST") << QStringLiteral("api/cameras") << QByteArray("POST") << 405;
    }
    void refusesWhatItShouldNotServe()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, verb);
        QFETCH(int, status);
        QCOMPARE(HttpClient::fetch(url(path), verb).status, status);
    }

    void switchingByPostIsPassedOn()
    {
        QSignalSpy switched(m_server.get(), &ShareServer::switchRequested);
        QCOMPARE(HttpClient::fetch(url(QStringLiteral("api/cameras/bedroom/off")), "POST").status, 202);
        QTRY_COMPARE(switched.count(), 1);
        QCOMPARE(switched.first().at(0).toString(), QStringLiteral("bedroom"));
        QCOMPARE(switched.first().at(1).toBool(), false);
    }

    void thePageIsServedWithRelativeAddresses()
    {
        const HttpClient::Reply reply = HttpClient::fetch(m_server->url());
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.contentType.startsWith("text/html"));
        // Relative, so it works behind a reverse proxy under any base path.
        QVERIFY(reply.body.contains("new URL(\"ws\", location.href)"));
        QVERIFY(!reply.body.contains("127.0.0.1"));
    }

    void oneWebSocketCarriesEverySharedCamera()
    {
        QWebSocket socket;
        QList<QJsonObject> lists;
        QList<QByteArray> pictures;
        connect(&socket, &QWebSocket::textMessageReceived, this,
                [&](const QString &text) { lists.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
        connect(&socket, &QWebSocket::binaryMessageReceived, this,
                [&](const QByteArray &message) { pictures.append(message); });
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QUrl address = url(QStringLiteral("ws"));
        address.setScheme(QStringLiteral("ws"));
        socket.open(address);
        QVERIFY(connected.wait(3000));
        QTRY_VERIFY(!lists.isEmpty());
        const QJsonArray cameras = lists.first().value(QStringLiteral("cameras")).toArray();
        QStringList ids;
        for (const QJsonValue camera : cameras)
            ids << camera[QLatin1String("id")].toString();
        QVERIFY(ids.contains(QStringLiteral("yard")));
        QVERIFY(!ids.contains(QStringLiteral("bedroom"))); // not shared: not even named

        socket.sendTextMessage(QStringLiteral(R"({"subscribe": ["yard", "bedroom"]})"));
        QTest::qWait(2000);
        QVERIFY2(pictures.size() > 40, qPrintable(QString::number(pictures.size()))); // ~25 fps for 2 s
        // What this viewer receives is what the API says the camera sends.
        const qsizetype before = pictures.size();
        QElapsedTimer clock;
        clock.start();
        QTest::qWait(2000);
        const double received = double(pictures.size() - before) * 1000.0 / double(clock.elapsed());
        const double reported = cameraStatus(QStringLiteral("yard")).value(QStringLiteral("fpsOut")).toDouble();
        QVERIFY2(std::abs(reported - received) < received * 0.2,
                 qPrintable(QStringLiteral("reported %1, received %2").arg(reported).arg(received)));
        for (const QByteArray &message : std::as_const(pictures)) {
            const int idLength = quint8(message.at(0));
            QCOMPARE(message.mid(1, idLength), QByteArray("yard"));
            QCOMPARE(JpegCodec::forThisThread().imageSize(message.mid(1 + idLength)), QSize(640, 360));
        }
        QTRY_VERIFY(lists.size() >= 2); // the list again, with states, every two seconds
        QTRY_COMPARE(m_live->feed()->status().viewers, 1);
        socket.close();
        QTRY_COMPARE(m_live->feed()->status().viewers, 0);
    }

    void aPageMovesACameraBetweenItsStreams()
    {
        std::unique_ptr<Camera> porch;
        const auto removePorch = sharePorch(&porch);
        QVERIFY(becomesLive(QStringLiteral("porch")));
        QWebSocket socket;
        QList<QSize> sizes; // of the pictures received, in order
        connect(&socket, &QWebSocket::binaryMessageReceived, this, [&](const QByteArray &message) {
            sizes.append(JpegCodec::forThisThread().imageSize(message.mid(1 + quint8(message.at(0)))));
        });
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QUrl address = url(QStringLiteral("ws"));
        address.setScheme(QStringLiteral("ws"));
        socket.open(address);
        QVERIFY(connected.wait(3000));
        const auto ask = [&socket](const char *stream) {
            socket.sendTextMessage(
                QStringLiteral(R"({"subscribe": ["porch"], "stream": "%1"})").arg(QLatin1String(stream)));
        };
        const QSize sub(320, 180);
        const QSize main(640, 360);
        const auto lastIs = [&sizes](QSize size) { return sizes.size() >= 5 && sizes.last() == size; };

        // The grid: the sub stream, and nothing opens the main one.
        ask("sub");
        QTRY_VERIFY_WITH_TIMEOUT(lastIs(sub), 5000);
        QCOMPARE(streamsOpen(QStringLiteral("porch")), QStringList {QStringLiteral("sub")});
        // A word it does not know changes nothing.
        ask("hd");
        // Opened large: the main stream. Every picture is one stream's or the other's, and once the main stream's
        // first arrives, no sub picture follows.
        sizes.clear();
        ask("main");
        QTRY_VERIFY_WITH_TIMEOUT(lastIs(main), 8000);
        QTest::qWait(400);
        const qsizetype firstMain = sizes.indexOf(main);
        QVERIFY(!sizes.mid(firstMain).contains(sub));
        QVERIFY(std::all_of(sizes.cbegin(), sizes.cend(), [&](QSize size) { return size == sub || size == main; }));
        QCOMPARE(streamsOpen(QStringLiteral("porch")), (QStringList {QStringLiteral("main"), QStringLiteral("sub")}));
        QCOMPARE(cameraStatus(QStringLiteral("porch")).value(QStringLiteral("clients")).toInt(), 1);
        // Back to the grid: sub pictures again, and the main stream closes.
        ask("sub");
        QTRY_VERIFY_WITH_TIMEOUT(lastIs(sub), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(streamsOpen(QStringLiteral("porch")), QStringList {QStringLiteral("sub")}, 9000);
    }

    void seed000ViewersGetJsonDataUrls()
    {
        // Seed 000's page: `new WebSocket('ws://' + host + '/ws/video/' + name + '/')`, then
        // `JSON.parse(e.data).message` set as an <img> src.
        QWebSocket socket;
        QStringList messages;
        connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &text) { messages.append(text); });
        QUrl address = url(QStringLiteral("ws/video/yard/"));
        address.setScheme(QStringLiteral("ws"));
        socket.open(address);
        QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 5, 3000);
        const QString dataUrl = QJsonDocument::fromJson(messages.last().toUtf8())[QLatin1String("message")].toString();
        QVERIFY(dataUrl.startsWith(QStringLiteral("data:image/jpeg;base64,")));
        const QByteArray jpeg = QByteArray::fromBase64(dataUrl.mid(dataUrl.indexOf(u',') + 1).toLatin1());
        QCOMPARE(JpegCodec::forThisThread().imageSize(jpeg), QSize(640, 360));
    }

    void webSocketsToUnknownOrPrivateCamerasAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown path") << QStringLiteral("ws/elsewhere") << 404;
        QTest::newRow("unknown camera") << QStringLiteral("ws/video/nope/") << 404;
        QTest::newRow("not shared") << QStringLiteral("ws/video/bedroom/") << 403;
    }
    void webSocketsToUnknownOrPrivateCamerasAreRefused()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        // The refusal is an HTTP answer to the upgrade request, as a browser's console would show it.
        QTcpSocket socket;
        socket.connectToHost(m_server->url().host(), quint16(m_server->url().port()));
        QVERIFY(socket.waitForConnected(2000));
        socket.write("GET /" + path.toLatin1()
                     + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                       "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n"), 3000);
        QVERIFY2(answer.startsWith("HTTP/1.1 " + QByteArray::number(status)), answer.constData());
    }

    void onlyTheRightTokenEarnsTheCookie_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<bool>("cookie");
        QTest::newRow("right") << QByteArray("?token=loopback-token-0123456789") << true;
        QTest::newRow("wrong") << QByteArray("?token=guess") << false;
        QTest::newRow("empty") << QByteArray("?token=") << false;
    }
    void onlyTheRightTokenEarnsTheCookie()
    {
        // Loopback peers get the page without a token (a reverse proxy's clients all look like that): whatever
        // they put in `?token=` must not be answered with the real one.
        QFETCH(QByteArray, query);
        QFETCH(bool, cookie);
        ShareServer server;
        ShareServer::Settings settings;
        settings.port = 0;
        settings.token = QStringLiteral("loopback-token-0123456789");
        QString error;
        QVERIFY2(server.start(settings, &error), qPrintable(error));
        QTcpSocket socket;
        socket.connectToHost(server.url().host(), quint16(server.url().port()));
        QVERIFY(socket.waitForConnected(2000));
        socket.write("GET /" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("</html>"), 3000);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());
        QCOMPARE(answer.contains("Set-Cookie: cctv_token=loopback-token-0123456789;"), cookie);
        QCOMPARE(answer.contains("loopback-token-0123456789"), cookie || query.contains("loopback-token"));
    }

    void refusesToShareBeyondLoopbackWithoutAToken()
    {
        ShareServer server;
        ShareServer::Settings settings;
        settings.address = QHostAddress::AnyIPv4;
        settings.port = 0;
        QString error;
        QVERIFY(!server.start(settings, &error));
        QVERIFY2(error.contains(QStringLiteral("token")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_ShareServer)
#include "tst_shareserver.moc"
