// The share server follows the window's cameras (core/share/sharepublisher): a browser's camera list has the
// window's order after a swap, a move or an edit, and cameras come and go with the registry. Senders that push
// pictures become cameras (core/camera/pushcameras). Real share server, real HTTP.

#include "camera/camera.h"
#include "camera/cameraregistry.h"
#include "camera/pushcameras.h"
#include "rawhttp.h"
#include "share/sharepublisher.h"
#include "share/shareserver.h"
#include "sources/pushhub.h"
#include "sources/sourcefactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_SharePublisher : public QObject
{
    Q_OBJECT

private:
    // The ids a browser is shown, in order.
    static QStringList listed(const ShareServer &server)
    {
        const RawHttp::Answer answer
            = RawHttp::exchange(quint16(server.url().port()), RawHttp::request("GET", "/api/cameras"));
        QStringList ids;
        for (const QJsonValue camera : QJsonDocument::fromJson(answer.body()).array())
            ids << camera[u"id"_s].toString();
        return ids;
    }

    static CameraConfig camera(const QString &name)
    {
        CameraConfig config = CameraConfig::named(name, QUrl(u"test:pattern?size=160x120&fps=2"_s));
        config.shared = true;
        return config;
    }

    static bool startOnAnyPort(ShareServer &server)
    {
        ShareServer::Settings settings;
        settings.port = 0;
        QString error;
        if (!server.start(settings, &error))
            qWarning("%s", qPrintable(error));
        return server.isListening();
    }

private Q_SLOTS:
    void theBrowserSeesTheWindowsOrder()
    {
        CameraRegistry registry;
        for (const QString &name : {u"A"_s, u"B"_s, u"C"_s})
            registry.add(camera(name));
        ShareServer server;
        QVERIFY(startOnAnyPort(server));
        SharePublisher publisher(registry, server, false);
        QTRY_COMPARE(listed(server), QStringList({u"a"_s, u"b"_s, u"c"_s}));

        registry.swap(0, 2); // a drag of one tile onto another
        QTRY_COMPARE(listed(server), QStringList({u"c"_s, u"b"_s, u"a"_s}));
        registry.move(2, 0);
        QTRY_COMPARE(listed(server), QStringList({u"a"_s, u"c"_s, u"b"_s}));

        // An edit rebuilds the camera in its place; before, it went to the end of the browser's list.
        CameraConfig edited = registry.find(u"c"_s)->config();
        edited.url = QUrl(u"test:pattern?size=320x240&fps=2"_s);
        registry.replace(u"c"_s, edited);
        QTRY_COMPARE(listed(server), QStringList({u"a"_s, u"c"_s, u"b"_s}));

        registry.add(camera(u"D"_s));
        registry.remove(u"a"_s);
        QTRY_COMPARE(listed(server), QStringList({u"c"_s, u"b"_s, u"d"_s}));

        // The API switches a camera off through the registry's camera.
        const RawHttp::Answer off
            = RawHttp::exchange(quint16(server.url().port()), RawHttp::request("POST", "/api/cameras/b/off"));
        QCOMPARE(off.status, 202);
        QTRY_VERIFY(!registry.find(u"b"_s)->config().enabled);
    }

    void shareAllSharesForThisRunOnly()
    {
        CameraRegistry registry;
        CameraConfig hidden = camera(u"Hidden"_s);
        hidden.shared = false;
        registry.add(hidden);
        ShareServer server;
        QVERIFY(startOnAnyPort(server));
        SharePublisher publisher(registry, server, true);
        QTRY_COMPARE(listed(server), QStringList({u"hidden"_s}));
        QCOMPARE(registry.savedConfigs().first().shared, false); // not saved as shared
    }

    void aSenderBecomesASharedCameraForThisRun()
    {
        const auto hub = std::make_shared<PushHub>();
        CameraRegistry registry(std::make_shared<const SourceFactory>(hub));
        PushCameras pushCameras(registry, *hub);
        QVERIFY(hub->addSender(u"porch"_s, u"Porch"_s));
        QVERIFY(registry.find(u"porch"_s));
        const CameraConfig config = registry.find(u"porch"_s)->config();
        QCOMPARE(config.name, u"Porch"_s);
        QCOMPARE(config.url, QUrl(u"push:porch"_s));
        QVERIFY(config.shared);
        QVERIFY(registry.savedConfigs().isEmpty()); // nothing worth saving
        // The same sender again: the same camera, not a second one.
        hub->removeSender(u"porch"_s);
        QVERIFY(hub->addSender(u"porch"_s, u"Porch"_s));
        QCOMPARE(registry.count(), 1);
        hub->removeSender(u"porch"_s);
    }
};

QTEST_GUILESS_MAIN(tst_SharePublisher)
#include "tst_sharepublisher.moc"
