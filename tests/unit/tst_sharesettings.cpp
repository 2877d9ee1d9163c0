// The share server's settings: the command line over the configuration over defaults; the admin token made
// once and saved, replaced on request, never saved when given on the command line. And what `--camera` names a
// camera.

#include "camera/cameraconfig.h"
#include "share/sharesettings.h"
#include "share/viewlinks.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ShareSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsOnAFirstStart()
    {
        AppConfig config;
        bool changed = false;
        const ShareServer::Settings settings = ShareSettings::resolve({}, config, &changed);
        QCOMPARE(settings.address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(settings.port, quint16(8088));
        QVERIFY(!settings.requireToken);
        QVERIFY(settings.token.size() >= 22);
        QCOMPARE(config.shareToken(), settings.token); // made once and to be saved
        QVERIFY(changed);
        QVERIFY(settings.links);

        // The next start uses the saved one.
        const ShareServer::Settings again = ShareSettings::resolve({}, config, &changed);
        QCOMPARE(again.token, settings.token);
        QVERIFY(!changed);
    }

    void theCommandLineWinsOverTheConfiguration()
    {
        AppConfig config;
        config.setShareToken(u"saved-token-saved-token-saved"_s);
        config.share.insert(u"bind"_s, u"0.0.0.0"_s);
        config.share.insert(u"port"_s, 9000);
        config.share.insert(u"allowedOrigins"_s, QJsonArray {u"https://nvr.example"_s});
        bool changed = true;
        ShareServer::Settings settings = ShareSettings::resolve({}, config, &changed);
        QCOMPARE(settings.address, QHostAddress(u"0.0.0.0"_s));
        QCOMPARE(settings.port, quint16(9000));
        QCOMPARE(settings.token, u"saved-token-saved-token-saved"_s);
        QCOMPARE(settings.allowedOrigins, QStringList {u"https://nvr.example"_s});
        QVERIFY(!changed);

        ShareSettings::Overrides overrides;
        overrides.bind = u"127.0.0.1"_s;
        overrides.port = 8123;
        overrides.token = u"this-run-token-this-run-token"_s;
        overrides.requireToken = true;
        settings = ShareSettings::resolve(overrides, config, &changed);
        QCOMPARE(settings.address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(settings.port, quint16(8123));
        QCOMPARE(settings.token, u"this-run-token-this-run-token"_s);
        QVERIFY(settings.requireToken);
        QCOMPARE(config.shareToken(), u"saved-token-saved-token-saved"_s); // a token for this run is not saved
        QVERIFY(!changed);
    }

    void requireTokenFromEitherPlace()
    {
        AppConfig config;
        config.share.insert(u"requireToken"_s, true);
        QVERIFY(ShareSettings::resolve({}, config, nullptr).requireToken);
    }

    void aNewTokenReplacesTheSavedOne()
    {
        AppConfig config;
        config.setShareToken(u"saved-token-saved-token-saved"_s);
        ShareSettings::Overrides overrides;
        overrides.newToken = true;
        bool changed = false;
        const ShareServer::Settings settings = ShareSettings::resolve(overrides, config, &changed);
        QVERIFY(changed);
        QVERIFY(settings.token != u"saved-token-saved-token-saved"_s);
        QCOMPARE(config.shareToken(), settings.token);
    }

    void aBrokenPortInTheConfigurationFallsBackToTheDefault()
    {
        AppConfig config;
        config.share.insert(u"port"_s, 70000);
        QCOMPARE(ShareSettings::resolve({}, config, nullptr).port, quint16(8088));
        config.share.insert(u"port"_s, u"eighty"_s);
        QCOMPARE(ShareSettings::resolve({}, config, nullptr).port, quint16(8088));
        config.share.insert(u"port"_s, -1);
        QCOMPARE(ShareSettings::resolve({}, config, nullptr).port, quint16(8088));
        // 0 is what Settings saves for "any free port", as --share-port 0 asks for one.
        config.share.insert(u"port"_s, 0);
        QCOMPARE(ShareSettings::resolve({}, config, nullptr).port, quint16(0));
    }

    void savedViewLinksAreLoaded()
    {
        AppConfig first;
        const ShareServer::Settings settings = ShareSettings::resolve({}, first, nullptr);
        const std::optional<ViewLink> link = settings.links->create(u"yard"_s, 3600);
        QVERIFY(link);
        AppConfig config;
        config.share.insert(u"links"_s, settings.links->toJson());
        const ShareServer::Settings loaded = ShareSettings::resolve({}, config, nullptr);
        QCOMPARE(loaded.links->list(u"yard"_s).size(), 1);
        QCOMPARE(loaded.links->list(u"yard"_s).first().id, link->id);
    }

    void aCameraFromTheCommandLineIsNamedAfterItsAddress_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("given") << u" Gate "_s << u"rtsp://admin:pw@192.0.2.1/live"_s << u"Gate"_s;
        QTest::newRow("host") << QString() << u"rtsp://admin:pw@192.0.2.1/live"_s << u"192.0.2.1"_s;
        QTest::newRow("path") << QString() << u"test:pattern"_s << u"pattern"_s;
        QTest::newRow("file") << QString() << u"file:///srv/clips/gate.mp4"_s << u"/srv/clips/gate.mp4"_s;
    }
    void aCameraFromTheCommandLineIsNamedAfterItsAddress()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, expected);
        const CameraConfig camera = CameraConfig::named(name, QUrl(url));
        QCOMPARE(camera.name, expected);
        QVERIFY(!camera.name.contains(u"pw"_s)); // never the password
        QCOMPARE(camera.url, QUrl(url));
    }
};

QTEST_GUILESS_MAIN(tst_ShareSettings)
#include "tst_sharesettings.moc"
