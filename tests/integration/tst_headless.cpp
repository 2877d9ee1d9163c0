// The installed program as a user runs it on a box with no screen: `cctv-dashboard --headless …`, driven through
// its command line, its stdout, real HTTP and Unix signals.

#include "dashboardprocess.h"
#include "httpget.h"
#include "media/jpegcodec.h"
#include "mjpegreader.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

QString binary()
{
    return DashboardProcess::binary();
}

} // namespace

class tst_Headless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(binary()), "CCTV_BINARY must point at cctv-dashboard"); }

    void demoCamerasAreListedLiveAndStreamed()
    {
        DashboardProcess dashboard;
        const QUrl share = dashboard.start({QStringLiteral("--demo"), QStringLiteral("--share-all")});
        QVERIFY(share.isValid());
        QCOMPARE(share.host(), QStringLiteral("127.0.0.1"));

        QJsonArray cameras;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                cameras = HttpClient::fetch(share.resolved(QUrl(QStringLiteral("api/cameras")))).json().array();
                return cameras.size() == 4 && std::all_of(cameras.begin(), cameras.end(), [](const QJsonValue &c) {
                           return c[QStringLiteral("state")].toString() == u"live";
                       });
            }(),
            5000);
        const QString id = cameras.at(0)[QStringLiteral("id")].toString();
        const double nominalFps = 25; // the first demo camera: test:pattern at 25 fps

        MjpegReader reader(share.resolved(QUrl(QStringLiteral("cameras/%1/stream.mjpg").arg(id))));
        reader.start();
        QTRY_VERIFY_WITH_TIMEOUT(reader.partCount() >= 60 || !reader.protocolError().isEmpty(), 6000);
        QVERIFY2(reader.protocolError().isEmpty(), qPrintable(reader.protocolError()));
        const double fps = reader.partsPerSecond();
        QVERIFY2(qAbs(fps - nominalFps) < 2.5, qPrintable(QString::number(fps)));

        const HttpClient::Reply snapshot
            = HttpClient::fetch(share.resolved(QUrl(QStringLiteral("cameras/%1/snapshot.jpg").arg(id))));
        QCOMPARE(snapshot.status, 200);
        QCOMPARE(snapshot.contentType, QByteArray("image/jpeg"));
        QVERIFY(JpegCodec::forThisThread().imageSize(snapshot.body).isValid());

        const qint64 took = dashboard.stop(SIGINT);
        QVERIFY2(took >= 0 && took < 1000, qPrintable(QString::number(took)));
        QCOMPARE(dashboard.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(dashboard.process().exitCode(), 0);
    }

    void sigtermWhileAClientStreamsExitsCleanlyWithinASecond()
    {
        DashboardProcess dashboard;
        const QUrl share = dashboard.start({QStringLiteral("--demo"), QStringLiteral("--share-all")});
        QVERIFY(share.isValid());
        const QJsonArray cameras
            = HttpClient::fetch(share.resolved(QUrl(QStringLiteral("api/cameras")))).json().array();
        QVERIFY(!cameras.isEmpty());
        MjpegReader reader(share.resolved(
            QUrl(QStringLiteral("cameras/%1/stream.mjpg").arg(cameras.at(0)[QStringLiteral("id")].toString()))));
        reader.start();
        QTRY_VERIFY_WITH_TIMEOUT(reader.partCount() >= 5, 5000);
        const qint64 took = dashboard.stop(SIGTERM);
        QVERIFY2(took >= 0 && took < 1000, qPrintable(QString::number(took)));
        QCOMPARE(dashboard.process().exitCode(), 0);
    }

    // A box whose cameras are all in trouble still stops at once: a dead RTSP port and a dead HTTP port
    // (reconnecting), and a server that accepts and never answers (a read blocked in FFmpeg and in Qt).
    void sigintWhileCamerasReconnectExitsWithinTwoSeconds_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGINT") << SIGINT;
        QTest::newRow("SIGTERM") << SIGTERM;
    }
    void sigintWhileCamerasReconnectExitsWithinTwoSeconds()
    {
        QFETCH(int, signalNumber);
        QTcpServer dead;
        QVERIFY(dead.listen(QHostAddress::LocalHost));
        const quint16 deadPort = dead.serverPort();
        dead.close();
        QTcpServer silent; // the kernel accepts; nobody ever answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const auto camera = [](const QString &name, const QString &url) {
            return QStringList {QStringLiteral("--camera"), name + u'=' + url};
        };
        DashboardProcess dashboard;
        const QUrl share = dashboard.start(
            camera(QStringLiteral("Dead"), QStringLiteral("rtsp://u:p@127.0.0.1:%1/x").arg(deadPort))
            + camera(QStringLiteral("Silent"), QStringLiteral("rtsp://127.0.0.1:%1/x").arg(silent.serverPort()))
            + camera(QStringLiteral("Gone"), QStringLiteral("http://127.0.0.1:%1/v.mjpg").arg(deadPort))
            + camera(QStringLiteral("Mute"), QStringLiteral("ws://127.0.0.1:%1/").arg(silent.serverPort())));
        QVERIFY(share.isValid());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QJsonArray cameras
                    = HttpClient::fetch(share.resolved(QUrl(QStringLiteral("api/cameras")))).json().array();
                return cameras.size() == 4 && cameras.at(0)[QStringLiteral("state")].toString() == u"reconnecting"
                    && cameras.at(2)[QStringLiteral("state")].toString() == u"reconnecting";
            }(),
            10000);
        const qint64 took = dashboard.stop(signalNumber);
        qInfo("stopped in %lld ms", took);
        QVERIFY2(took >= 0 && took < 2000, qPrintable(QString::number(took)));
        QCOMPARE(dashboard.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(dashboard.process().exitCode(), 0);
    }

    void versionAndHelp()
    {
        QProcess process;
        process.start(binary(), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().startsWith("cctv-dashboard "));

        process.start(binary(), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray help = process.readAllStandardOutput();
        for (const char *option : {"--headless", "--camera", "--share-port", "--share-token", "--demo", "--config"})
            QVERIFY2(help.contains(option), option);
    }

    // Over ssh, with no display at all: answers in words instead of Qt's abort for a missing platform.
    void withNoDisplayTheProgramStillAnswers_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("output");
        QTest::newRow("version") << QStringList {QStringLiteral("--version")} << 0 << QStringLiteral("cctv-dashboard ");
        QTest::newRow("help") << QStringList {QStringLiteral("--help")} << 0 << QStringLiteral("--headless");
        QTest::newRow("bad option") << QStringList {QStringLiteral("--frobnicate")} << 2
                                    << QStringLiteral("frobnicate");
        QTest::newRow("window") << QStringList {QStringLiteral("--demo")} << 1 << QStringLiteral("--headless");
    }
    void withNoDisplayTheProgramStillAnswers()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, output);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            environment.remove(QString::fromLatin1(name));
        QTemporaryDir home;
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(binary(), arguments);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), exitCode);
        const QString said = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        QVERIFY2(said.contains(output), qPrintable(said));
        QCOMPARE(said.trimmed().count(u'\n') == 0, exitCode != 0 || arguments.constFirst() == u"--version");
    }

    void aBadCommandLineExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--frobnicate")};
        QTest::newRow("port out of range") << QStringList {QStringLiteral("--share-port"), QStringLiteral("70000")};
        QTest::newRow("missing value") << QStringList {QStringLiteral("--camera")};
        QTest::newRow("stray argument") << QStringList {QStringLiteral("rtsp://cam")};
        QTest::newRow("guessable token") << QStringList {QStringLiteral("--share-token"), QStringLiteral("letmein")};
    }
    void aBadCommandLineExitsTwoWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(binary(), QStringList {QStringLiteral("--headless")} + arguments);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 2);
        const QByteArray error = process.readAllStandardError().trimmed();
        QVERIFY(!error.isEmpty());
        QCOMPARE(error.count('\n'), 0);
    }

    void aCorruptConfigurationIsKeptAndReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cameras.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{ not json");
        }
        QProcess process;
        process.start(binary(), {QStringLiteral("--headless"), QStringLiteral("--config"), path});
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains(".bad"));
        QVERIFY(QFile::exists(path + QStringLiteral(".bad")));
    }

    void sharesOnTheNetworkOnlyWithAToken()
    {
        // A token is generated once and kept in the configuration (mode 0600), so a wide bind works.
        DashboardProcess dashboard;
        const QUrl share
            = dashboard.start({QStringLiteral("--demo"), QStringLiteral("--share-bind"), QStringLiteral("0.0.0.0")});
        QVERIFY(share.isValid());
        QCOMPARE(share.host(), QStringLiteral("0.0.0.0"));
        QVERIFY(dashboard.stop(SIGTERM) >= 0);
        QCOMPARE(dashboard.process().exitCode(), 0);
        QFile config(dashboard.configPath());
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QString token
            = QJsonDocument::fromJson(config.readAll())[QLatin1String("share")][QLatin1String("token")].toString();
        QVERIFY(token.size() >= 32);
        QCOMPARE(int(config.permissions() & (QFile::ReadGroup | QFile::ReadOther)), 0);

        // The same token on the next start: it was generated once.
        DashboardProcess again;
        QVERIFY(QFile::copy(dashboard.configPath(), again.configPath()));
        QVERIFY(again.start({QStringLiteral("--demo")}).isValid());
        QVERIFY(again.stop(SIGTERM) >= 0);
        QFile copy(again.configPath());
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(copy.readAll())[QLatin1String("share")][QLatin1String("token")].toString(),
                 token);

        // --share-new-token replaces it: the old one opens nothing any more, the new one does.
        DashboardProcess renewed;
        QVERIFY(QFile::copy(dashboard.configPath(), renewed.configPath()));
        const QUrl renewedShare = renewed.start({QStringLiteral("--demo"), QStringLiteral("--share-new-token")});
        QVERIFY(renewedShare.isValid());
        QFile renewedConfig(renewed.configPath());
        QVERIFY(renewedConfig.open(QIODevice::ReadOnly));
        const QString newToken
            = QJsonDocument::fromJson(renewedConfig.readAll())[QLatin1String("share")][QLatin1String("token")]
                  .toString();
        QVERIFY(newToken.size() >= 32 && newToken != token);
        // Through a proxy (a forwarding header), so that the credential alone decides.
        const auto statusWith = [&renewedShare](const QString &credential) {
            return HttpClient::fetch(
                       renewedShare.resolved(QUrl(QStringLiteral("api/cameras"))), "GET",
                       {{"X-Forwarded-For", "203.0.113.7"}, {"Authorization", "Bearer " + credential.toUtf8()}})
                .status;
        };
        QCOMPARE(statusWith(token), 401);
        QCOMPARE(statusWith(newToken), 200);
        QVERIFY(renewed.stop(SIGTERM) >= 0);
    }

    // For a tunnel that adds no forwarding header: this machine needs the token too.
    void requireTokenMakesLoopbackAskForIt()
    {
        DashboardProcess dashboard;
        const QUrl share = dashboard.start({QStringLiteral("--demo"), QStringLiteral("--share-require-token")});
        QVERIFY(share.isValid());
        QCOMPARE(HttpClient::fetch(share.resolved(QUrl(QStringLiteral("api/cameras")))).status, 401);
        QVERIFY(dashboard.stop(SIGTERM) >= 0);
    }
};

QTEST_GUILESS_MAIN(tst_Headless)
#include "tst_headless.moc"
