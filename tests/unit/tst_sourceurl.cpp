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
        QTest::newRow("query secret") << QStringLiteral("http://cam/snap.jpg?user=a&pwd=hunter2&password=hunter2")
                                      << QStringLiteral("http://cam/snap.jpg?user=a&pwd=***&password=***");
        QTest::newRow("foscam") << QStringLiteral("http://cam/videostream.cgi?loginuse=admin&loginpas=hunter2&res=0")
                                << QStringLiteral("http://cam/videostream.cgi?loginuse=admin&loginpas=***&res=0");
        QTest::newRow("first item") << QStringLiteral("http://cam/cgi?PWD=hunter2&x=1")
                                    << QStringLiteral("http://cam/cgi?PWD=***&x=1");
        QTest::newRow("token, key, auth, sig")
            << QStringLiteral("ws://cam/feed?access_token=hunter2&apikey=hunter2&auth=hunter2&sig=hunter2&ch=2")
            << QStringLiteral("ws://cam/feed?access_token=***&apikey=***&auth=***&"
                              "sig=***&ch=2");
        QTest::newRow("encoded value") << QStringLiteral("http://cam/a?secret=hun%26ter2%3D&b=1")
                                       << QStringLiteral("http://cam/a?secret=***&b=1");
        QTest::newRow("credentials in the path")
            << QStringLiteral("rtsp://192.0.2.1:554/user=admin&password=hunter2&channel=1&stream=0.sdp")
            << QStringLiteral("rtsp://192.0.2.1:554/user=admin&password=***&channel=1&stream=0.sdp");
        QTest::newRow("path segment") << QStringLiteral("rtsp://cam/live;pwd=hunter2/ch1")
                                      << QStringLiteral("rtsp://cam/live;pwd=***/ch1");
        QTest::newRow("everything at once")
            << QStringLiteral("rtsp://admin:hunter2@cam/user=admin_password=hunter2?Passwd=hunter2")
            << QStringLiteral("rtsp://admin:***@cam/user=admin_password=***?Passwd=***");
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
