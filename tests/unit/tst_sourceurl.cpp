#include "camera/cameraconfig.h"
#include "sources/sourceurl.h"

#include <QTest>

class tst_SourceUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordsNeverShow_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("shown");
        QTest::newRow("rtsp") << QStringLiteral("rtsp://admin:hunter2@192.0.2.1:554/live")
                              << QStringLiteral("rtsp://admin:***@192.0.2.1:554/live");
        QTest::newRow("http") << QStringLiteral("http://u:p%40ss@cam.local/video.mjpg")
                              << QStringLiteral("http://u:***@cam.local/video.mjpg");
        QTest::newRow("user only") << QStringLiteral("rtsp://viewer@cam/live")
                                   << QStringLiteral("rtsp://viewer@cam/live");
        QTest::newRow("query secret") << QStringLiteral("http://cam/snap.jpg?user=a&pwd=1&password=hunter2")
                                      << QStringLiteral("http://cam/snap.jpg?user=a&pwd=1&password=***");
        QTest::newRow("test") << QStringLiteral("test:pattern?fps=5") << QStringLiteral("test:pattern?fps=5");
    }
    void passwordsNeverShow()
    {
        QFETCH(QString, url);
        QFETCH(QString, shown);
        const QString redacted = SourceUrl::redacted(QUrl(url));
        QCOMPARE(redacted, shown);
        QVERIFY(!redacted.contains(QStringLiteral("hunter2")));
    }

    void readsSizeAndRate()
    {
        const QUrl url(QStringLiteral("test:pattern?size=640x480&fps=12.5"));
        QCOMPARE(SourceUrl::sizeParameter(url, {}), QSize(640, 480));
        QCOMPARE(SourceUrl::fpsParameter(url, 25), 12.5);
        QCOMPARE(SourceUrl::sizeParameter(QUrl(QStringLiteral("test:pattern?size=huge")), QSize(1, 2)), QSize(1, 2));
        QCOMPARE(SourceUrl::fpsParameter(QUrl(QStringLiteral("test:pattern?fps=-3")), 25.0), 25.0);
    }

    void slugsAreUrlSafe_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("slug");
        QTest::newRow("plain") << QStringLiteral("Front door") << QStringLiteral("front-door");
        QTest::newRow("punctuation") << QStringLiteral("  Garage #2 (east)! ") << QStringLiteral("garage-2-east");
        QTest::newRow("accents") << QStringLiteral("Café") << QStringLiteral("cafe");
        QTest::newRow("no latin") << QStringLiteral("玄関") << QStringLiteral("camera");
    }
    void slugsAreUrlSafe()
    {
        QFETCH(QString, name);
        QFETCH(QString, slug);
        QCOMPARE(CameraConfig::slugFor(name), slug);
    }
};

QTEST_GUILESS_MAIN(tst_SourceUrl)
#include "tst_sourceurl.moc"
