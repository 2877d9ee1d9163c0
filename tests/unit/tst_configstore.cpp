#include "camera/configstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
int mode(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}
} // namespace

class tst_ConfigStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesAndLoadsEveryCameraField()
    {
        QTemporaryDir dir;
        const ConfigStore store(dir.filePath(QStringLiteral("sub/cameras.json")));
        AppConfig config;
        CameraConfig camera;
        camera.id = QStringLiteral("front-door");
        camera.name = QStringLiteral("Front door");
        camera.url = QUrl(QStringLiteral("rtsp://admin:s3cret@192.0.2.1:554/stream1"));
        camera.subUrl = QUrl(QStringLiteral("rtsp://192.0.2.1:554/stream2?transport=tcp"));
        camera.enabled = false;
        camera.shared = true;
        camera.liveStream = StreamChoice::Mode::AlwaysSub;
        CameraConfig automatic = CameraConfig::named(QStringLiteral("Yard"), QUrl(QStringLiteral("test:pattern")));
        automatic.id = QStringLiteral("yard");
        automatic.subUrl = QUrl(QStringLiteral("test:pattern?size=320x180"));
        CameraConfig alwaysMain = automatic;
        alwaysMain.id = QStringLiteral("gate");
        alwaysMain.liveStream = StreamChoice::Mode::AlwaysMain;
        config.cameras = {camera, automatic, alwaysMain};
        config.setShareToken(QStringLiteral("tok"));
        QString error;
        QVERIFY2(store.save(config, &error), qPrintable(error));

        const ConfigStore::Loaded loaded = store.load();
        QVERIFY(loaded.existed);
        QVERIFY(loaded.problem.isEmpty());
        QCOMPARE(loaded.config.cameras.size(), 3);
        QCOMPARE(loaded.config.cameras.at(0), camera);
        QCOMPARE(loaded.config.cameras.at(1), automatic);
        QCOMPARE(loaded.config.cameras.at(2), alwaysMain);
        QCOMPARE(loaded.config.shareToken(), QStringLiteral("tok"));
        // In words in the file; the automatic choice, the default, is not written.
        QFile file(store.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QCOMPARE(saved.count("\"liveStream\""), 2);
        QVERIFY(saved.contains("\"liveStream\": \"sub\""));
        QVERIFY(saved.contains("\"liveStream\": \"main\""));
    }

    // Cameras have one account for both streams: a sub address typed without credentials takes the main one's, on the
    // same host only.
    void theSubStreamTakesTheMainCredentialsOnlyOnTheSameHost_data()
    {
        QTest::addColumn<QString>("sub");
        QTest::addColumn<QString>("opened");
        QTest::newRow("same host") << "rtsp://192.0.2.1/sub"
                                   << "rtsp://admin:s3cret@192.0.2.1/sub";
        QTest::newRow("host in capitals") << "rtsp://CAM.example/sub"
                                          << "rtsp://admin:s3cret@cam.example/sub";
        QTest::newRow("its own account") << "rtsp://viewer:v@192.0.2.1/sub"
                                         << "rtsp://viewer:v@192.0.2.1/sub";
        QTest::newRow("another host") << "rtsp://192.0.2.9/sub"
                                      << "rtsp://192.0.2.9/sub";
        QTest::newRow("another port") << "rtsp://192.0.2.1:8554/sub"
                                      << "rtsp://192.0.2.1:8554/sub";
        QTest::newRow("another scheme") << "http://192.0.2.1/sub.mjpg"
                                        << "http://192.0.2.1/sub.mjpg";
        QTest::newRow("none") << ""
                              << "";
    }
    void theSubStreamTakesTheMainCredentialsOnlyOnTheSameHost()
    {
        QFETCH(QString, sub);
        QFETCH(QString, opened);
        CameraConfig camera;
        camera.url = QUrl(sub.contains(u"CAM") ? QStringLiteral("rtsp://admin:s3cret@cam.example/main")
                                               : QStringLiteral("rtsp://admin:s3cret@192.0.2.1/main"));
        camera.subUrl = QUrl(sub);
        QCOMPARE(camera.subStreamUrl(), QUrl(opened));
    }

    void theFileIsReadableByItsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cameras.json"));
        const ConfigStore store(path);
        QVERIFY(store.save(AppConfig {}, nullptr));
        QCOMPARE(mode(path), 0600);
        // Still so after a second save over a file someone made readable to all.
        QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFile::ReadOther | QFile::ReadGroup));
        QCOMPARE(mode(path), 0644);
        QVERIFY(store.save(AppConfig {}, nullptr));
        QCOMPARE(mode(path), 0600);
    }

    void aCorruptFileIsKeptAsBadAndReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cameras.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"version\": 1, \"cameras\": [ {\"name\": \"half");
        }
        const ConfigStore store(path);
        const ConfigStore::Loaded loaded = store.load();
        QVERIFY(!loaded.problem.isEmpty());
        QVERIFY2(loaded.problem.contains(QStringLiteral(".bad")), qPrintable(loaded.problem));
        QVERIFY(QFile::exists(path + QStringLiteral(".bad")));
        QFile kept(path + QStringLiteral(".bad"));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll().contains("half"));
    }

    void entriesThisVersionCannotReadAreWrittenBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cameras.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"version": 1, "future": {"x": 1},
                          "cameras": [{"name": "ok", "url": "test:pattern"}, {"name": "odd", "url": ""},
                                      {"name": "badsub", "url": "test:pattern", "subUrl": "::"}]})");
        }
        const ConfigStore store(path);
        const ConfigStore::Loaded loaded = store.load();
        QCOMPARE(loaded.config.cameras.size(), 1);
        QVERIFY(store.save(loaded.config, nullptr));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("\"odd\""));
        QVERIFY(saved.contains("\"badsub\""));
        QVERIFY(saved.contains("\"future\""));
    }

    void tokensAreLongAndDifferent()
    {
        const QString a = ConfigStore::generateToken();
        const QString b = ConfigStore::generateToken();
        QVERIFY(a.size() >= 32);
        QVERIFY(a != b);
        QVERIFY(QUrl::toPercentEncoding(a) == a.toLatin1());
    }
};

QTEST_GUILESS_MAIN(tst_ConfigStore)
#include "tst_configstore.moc"
