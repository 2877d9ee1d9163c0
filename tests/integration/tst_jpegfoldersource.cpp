// A folder of JPEG files played as a camera (seed 004): real files made at test time, read by a real viewer over
// HTTP from the share server, so what is checked is the bytes a browser would get.

#include "camera/camera.h"
#include "camera/camerafeed.h"
#include "httpget.h"
#include "jpegfiles.h"
#include "media/jpegcodec.h"
#include "mjpegreader.h"
#include "share/shareserver.h"
#include "sources/jpegfoldersource.h"
#include "testcameras.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

CameraConfig folderCamera(const QString &id, const QUrl &url)
{
    return TestCameras::config(id, url, true);
}

QUrl folderUrl(const QString &path, const QString &query = {})
{
    QUrl url = QUrl::fromLocalFile(path);
    url.setQuery(query);
    return url;
}

// A picture that differs from its neighbours in colour and number.
QByteArray makeJpeg(int index, QSize size = {320, 240})
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((index * 67) % 360, 200, 200));
    QPainter painter(&image);
    painter.fillRect(10 + index * 20, 10, 16, 16, Qt::black);
    painter.end();
    return JpegCodec::forThisThread().encode(image, 80);
}

} // namespace

class tst_JpegFolderSource : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ShareServer> m_server;

    QUrl streamUrl(const QString &id) const
    {
        return m_server->url().resolved(QUrl(u"cameras/"_s + id + u"/stream.mjpg"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ShareServer>();
        ShareServer::Settings settings;
        settings.port = 0;
        QString error;
        QVERIFY2(m_server->start(settings, &error), qPrintable(error));
    }

    void cleanupTestCase() { m_server.reset(); }

    void playsTheFilesInOrderAndLoopsWithTheirBytesUntouched()
    {
        QTemporaryDir dir;
        QList<QByteArray> files;
        // Numbers in names compare as numbers: frame_10 comes last.
        for (int i : {1, 2, 3, 4, 5, 10}) {
            files.append(makeJpeg(i));
            QVERIFY(writeFile(dir.filePath(u"frame_%1.jpg"_s.arg(i)), files.last()));
        }
        // Not JPEG though named so; too large to read; not a picture at all: all three are passed over.
        QVERIFY(writeFile(dir.filePath(u"frame_2b.jpg"_s), "this is a text file, not a picture"));
        {
            QFile huge(dir.filePath(u"frame_3b.JPEG"_s));
            QVERIFY(huge.open(QIODevice::WriteOnly));
            huge.write(makeJpeg(99));
            QVERIFY(huge.resize(JpegFolderSource::MaxFileBytes + 1)); // sparse: costs no disk
        }
        QVERIFY(writeFile(dir.filePath(u"notes.txt"_s), "hello"));

        Camera camera(folderCamera(u"folder"_s, folderUrl(dir.path(), u"fps=20"_s)));
        m_server->addCamera(camera.feed());
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 2000);
        QCOMPARE(camera.feed()->status().size, QSize(320, 240));
        QCOMPARE(camera.feed()->status().codec, u"mjpeg"_s);

        MjpegReader reader(streamUrl(u"folder"_s));
        reader.setKeep(30);
        reader.start();
        QTRY_VERIFY_WITH_TIMEOUT(reader.partCount() >= 30 || !reader.protocolError().isEmpty(), 8000);
        QVERIFY2(reader.protocolError().isEmpty(), qPrintable(reader.protocolError()));

        const double fps = reader.partsPerSecond();
        QVERIFY2(fps > 16 && fps < 24, qPrintable(QString::number(fps)));
        const double measured = camera.feed()->status().fps;
        QVERIFY2(measured > 16 && measured < 24, qPrintable(QString::number(measured)));

        // Every part is one of the files byte for byte, in name order, going round past the last one.
        qsizetype previous = -1;
        int loops = 0;
        for (const MjpegReader::Part &part : reader.recentParts()) {
            const qsizetype index = files.indexOf(part.jpeg);
            QVERIFY2(index >= 0, "a part that is not one of the files");
            if (previous >= 0) {
                QCOMPARE(index, (previous + 1) % files.size());
                if (index == 0)
                    ++loops;
            }
            previous = index;
        }
        QVERIFY2(loops >= 4, qPrintable(QString::number(loops)));
        reader.stop();
        m_server->removeCamera(camera.id());
    }

    void reportsTheBitrateTheDecodingTimeAndTheDamagedFilesSkipped()
    {
        QTemporaryDir dir;
        qint64 servedBytes = 0;
        const int good = 4;
        for (int i = 1; i <= good; ++i) {
            const QByteArray jpeg = makeJpeg(i, {640, 480});
            servedBytes += jpeg.size();
            QVERIFY(writeFile(dir.filePath(u"%1.jpg"_s.arg(i)), jpeg));
        }
        // Complete (it has its end marker), but no picture can be read from it: skipped once per loop.
        QVERIFY(writeFile(dir.filePath(u"5.jpg"_s), "\xff\xd8 a damaged picture \xff\xd9"));
        const double fps = 20;
        Camera camera(folderCamera(u"cost"_s, folderUrl(dir.path(), u"fps=20"_s)));
        camera.feed()->display().set({320, 240}); // as a tile showing it would: each picture is decoded
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 2000);
        QTest::qWait(4500); // two full measuring windows
        const CameraStatus status = camera.feed()->status();

        const double expected = double(servedBytes) / good * 8 * fps;
        qInfo("bitrate %lld bit/s (expected %.0f), decode %.2f ms, %llu dropped of %llu shown", status.bitrate,
              expected, status.decodeMs, status.drops, status.frames);
        QVERIFY2(qAbs(double(status.bitrate) - expected) <= 0.15 * expected,
                 qPrintable(u"%1 bit/s, expected %2"_s.arg(status.bitrate).arg(expected)));
        QVERIFY2(status.decodeMs > 0 && status.decodeMs < 100, qPrintable(QString::number(status.decodeMs)));
        // About one loop of five files every 0.2 s, each loop skipping the damaged one.
        QVERIFY2(status.drops >= 10, qPrintable(QString::number(status.drops)));
        QVERIFY2(status.drops <= status.frames, qPrintable(u"%1 of %2"_s.arg(status.drops).arg(status.frames)));

        // The same figures in /api/cameras, as a monitoring script reads them.
        m_server->addCamera(camera.feed());
        const HttpClient::Reply list = HttpClient::fetch(m_server->url().resolved(QUrl(u"api/cameras"_s)));
        m_server->removeCamera(camera.id());
        QCOMPARE(list.status, 200);
        QJsonObject listed;
        for (const QJsonValue &entry : list.json().array()) {
            if (entry[u"id"_s].toString() == u"cost"_s)
                listed = entry.toObject();
        }
        const qint64 listedBitrate = listed[u"bitrate"_s].toInteger(-1);
        QVERIFY2(qAbs(double(listedBitrate) - expected) <= 0.15 * expected, qPrintable(QString::number(listedBitrate)));
        QVERIFY2(listed[u"drops"_s].toInteger(-1) >= qint64(status.drops), qPrintable(QString::number(status.drops)));
        QVERIFY(listed[u"decodeMs"_s].toDouble() > 0);
    }

    void playsTenFramesASecondByDefault()
    {
        QTemporaryDir dir;
        for (int i = 1; i <= 3; ++i)
            QVERIFY(writeFile(dir.filePath(u"%1.jpeg"_s.arg(i)), makeJpeg(i)));
        Camera camera(folderCamera(u"default"_s, folderUrl(dir.path())));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 2000);
        QTest::qWait(2500);
        const double fps = camera.feed()->status().fps;
        QVERIFY2(fps > 8 && fps < 12, qPrintable(QString::number(fps)));
    }

    void picksUpFilesAddedWhilePlaying()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"a.jpg"_s), makeJpeg(1)));
        QVERIFY(writeFile(dir.filePath(u"b.jpg"_s), makeJpeg(2)));
        Camera camera(folderCamera(u"growing"_s, folderUrl(dir.path(), u"fps=25"_s)));
        m_server->addCamera(camera.feed());
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 2000);

        const QByteArray added = makeJpeg(3, {640, 480});
        QVERIFY(writeFile(dir.filePath(u"c.jpg"_s), added));
        MjpegReader reader(streamUrl(u"growing"_s));
        reader.setKeep(50);
        reader.start();
        QTRY_VERIFY_WITH_TIMEOUT(reader.recentParts().size() >= 10, 6000);
        bool seen = false;
        for (const MjpegReader::Part &part : reader.recentParts())
            seen = seen || part.jpeg == added;
        QVERIFY(seen);
        QCOMPARE(camera.state(), CameraState::Live);
        reader.stop();
        m_server->removeCamera(camera.id());
    }

    void aFileAddedMidLoopPlaysInItsPlaceWithinTheSameLoop()
    {
        QTemporaryDir dir;
        QList<QByteArray> files;
        for (int i = 1; i <= 5; ++i) {
            files.append(makeJpeg(i));
            QVERIFY(writeFile(dir.filePath(u"%1.jpg"_s.arg(i)), files.last()));
        }
        Camera camera(folderCamera(u"midloop"_s, folderUrl(dir.path(), u"fps=4"_s)));
        m_server->addCamera(camera.feed());
        MjpegReader reader(streamUrl(u"midloop"_s));
        reader.setKeep(30);
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 2000);
        reader.start();
        // Written while 1.jpg is showing; it sorts after 4.jpg, which is due at 0.75 s.
        const QByteArray added = makeJpeg(9);
        QVERIFY(writeFile(dir.filePath(u"4b.jpg"_s), added));

        QTRY_VERIFY_WITH_TIMEOUT(!reader.recentParts().isEmpty() && reader.recentParts().last().jpeg == added, 4000);
        // The folder watcher saw it: it came before the loop went round (5.jpg, then 1.jpg again), not after.
        bool wrapped = false;
        for (qsizetype i = 1; i < reader.recentParts().size(); ++i)
            wrapped
                = wrapped || (reader.recentParts()[i - 1].jpeg == files[4] && reader.recentParts()[i].jpeg == files[0]);
        QVERIFY(!wrapped);
        reader.stop();
        m_server->removeCamera(camera.id());
    }

    void aFileStillBeingWrittenIsPlayedOnceComplete()
    {
        QTemporaryDir dir;
        const QByteArray first = makeJpeg(1);
        const QByteArray second = makeJpeg(2);
        QVERIFY(writeFile(dir.filePath(u"a.jpg"_s), first));
        QVERIFY(writeFile(dir.filePath(u"b.jpg"_s), second.left(second.size() - 100))); // the copy is under way
        Camera camera(folderCamera(u"copying"_s, folderUrl(dir.path(), u"fps=25"_s)));
        m_server->addCamera(camera.feed());
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 2000);

        MjpegReader reader(streamUrl(u"copying"_s));
        reader.setKeep(100);
        reader.start();
        QTRY_VERIFY_WITH_TIMEOUT(reader.partCount() >= 10, 6000);
        for (const MjpegReader::Part &part : reader.recentParts())
            QCOMPARE(part.jpeg, first);

        QFile rest(dir.filePath(u"b.jpg"_s));
        QVERIFY(rest.open(QIODevice::Append));
        QCOMPARE(rest.write(second.right(100)), 100);
        rest.close();
        QTRY_VERIFY_WITH_TIMEOUT(reader.recentParts().last().jpeg == second, 2000);
        reader.stop();
        m_server->removeCamera(camera.id());
    }

    void switchingOffStopsThePictures()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"a.jpg"_s), makeJpeg(1)));
        Camera camera(folderCamera(u"off"_s, folderUrl(dir.path(), u"fps=25"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 2000);
        camera.setEnabled(false);
        QTest::qWait(200); // a frame already on its way may still land
        const quint64 frames = camera.feed()->status().frames;
        QTest::qWait(500);
        QCOMPARE(camera.feed()->status().frames, frames);
        QCOMPARE(camera.state(), CameraState::Stopped);
        camera.setEnabled(true);
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 2000);
    }

    void aFolderWithNoPlayableJpegIsAnErrorInWords_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::newRow("empty") << QStringList();
        QTest::newRow("other files only") << QStringList {u"readme.txt"_s, u"clip.mp4"_s};
        QTest::newRow("broken JPEG only") << QStringList {u"one.jpg"_s, u"two.jpeg"_s};
    }

    void aFolderWithNoPlayableJpegIsAnErrorInWords()
    {
        QFETCH(QStringList, names);
        QTemporaryDir dir;
        for (const QString &name : names)
            QVERIFY(writeFile(dir.filePath(name), "\xff\xd8 not really"));
        Camera camera(folderCamera(u"empty"_s, folderUrl(dir.path())));
        QTRY_VERIFY_WITH_TIMEOUT(!camera.errorText().isEmpty(), 1000);
        QVERIFY2(camera.errorText().contains(u"no readable JPEG files in "_s + dir.path()),
                 qPrintable(camera.errorText()));
        // Retried with backoff: files may still be copied in.
        QCOMPARE(camera.state(), CameraState::Reconnecting);
        QVERIFY(writeFile(dir.filePath(u"late.jpg"_s), makeJpeg(1)));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 4000);
    }

    void aMissingFolderIsAnErrorInWords()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"nowhere"_s);
        Camera camera(folderCamera(u"missing"_s, QUrl::fromLocalFile(missing + u'/')));
        QTRY_VERIFY_WITH_TIMEOUT(!camera.errorText().isEmpty(), 1000);
        QVERIFY2(camera.errorText().contains(u"the folder "_s + missing + u" does not exist"_s),
                 qPrintable(camera.errorText()));
        QCOMPARE(camera.state(), CameraState::Reconnecting);

        // Without the final '/' the address may as well name a video file: whichever source takes it says why in
        // words.
        Camera ambiguous(folderCamera(u"missing2"_s, QUrl::fromLocalFile(missing)));
        QTRY_VERIFY_WITH_TIMEOUT(!ambiguous.errorText().isEmpty(), 1000);
        QVERIFY(ambiguous.state() == CameraState::Error || ambiguous.state() == CameraState::Reconnecting);
    }

    void aFolderRemovedWhilePlayingIsReported()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"shots"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(folder + u"/1.jpg"_s, makeJpeg(1)));
        Camera camera(folderCamera(u"removed"_s, folderUrl(folder, u"fps=25"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 2000);
        QVERIFY(QDir(folder).removeRecursively());
        QTRY_VERIFY_WITH_TIMEOUT(camera.errorText().contains(u"does not exist"), 2000);
        QCOMPARE(camera.state(), CameraState::Reconnecting);
    }
};

QTEST_GUILESS_MAIN(tst_JpegFolderSource)
#include "tst_jpegfoldersource.moc"
