// The share server as a client on another host sees it: a network namespace made by the test (tests/support/
// testnetwork.sh) is that host, and curl inside it is the client. Skipped, with the reason, where the machine
// does not allow network namespaces (they need root).

#include "camera/camera.h"
#include "httpget.h"
#include "jpegfiles.h"
#include "pythonpeer.h"
#include "share/shareserver.h"
#include "sources/pushhub.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

const QString Namespace = QStringLiteral("cctv%1").arg(QCoreApplication::applicationPid() % 100000);
const QString Token = QStringLiteral("remote-test-token-0123456789abcdef");

QString script()
{
    return qEnvironmentVariable("CCTV_SOURCE_DIR") + QStringLiteral("/tests/support/testnetwork.sh");
}

bool run(const QString &program, const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(20000))
        return false;
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QStringList webSocketUpgrade()
{
    return {QStringLiteral("-H"), QStringLiteral("Upgrade: websocket"),
            QStringLiteral("-H"), QStringLiteral("Connection: Upgrade"),
            QStringLiteral("-H"), QStringLiteral("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ=="),
            QStringLiteral("-H"), QStringLiteral("Sec-WebSocket-Version: 13")};
}

} // namespace

class tst_RemoteAccess : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Camera> m_camera;
    std::unique_ptr<ShareServer> m_server;
    std::shared_ptr<PushHub> m_pushHub = std::make_shared<PushHub>();
    bool m_networkUp = false;

    // Seed 000's sender script run on the other host, pushing to `/ws/video/NAME/` plus `query`.
    bool startRemoteSender(QProcess &process, const QString &folder, const QString &name, const QString &query)
    {
        const QString url
            = QStringLiteral("ws://198.18.0.1:%1/ws/video/%2/%3").arg(m_server->url().port()).arg(name, query);
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(QStringLiteral("ip"),
                      {QStringLiteral("netns"), QStringLiteral("exec"), Namespace, QStringLiteral("/usr/bin/python3"),
                       PythonPeer::scriptPath(QStringLiteral("seed000_sender.py")), url, folder});
        return process.waitForStarted(5000);
    }

    // Runs curl on the other host; returns the HTTP status (0 on failure) and fills `headers`.
    int curlFromRemote(const QString &path, const QStringList &extra = {}, QByteArray *headers = nullptr)
    {
        const QString url = QStringLiteral("http://198.18.0.1:%1%2").arg(m_server->url().port()).arg(path);
        QByteArray out;
        run(QStringLiteral("ip"),
            QStringList {QStringLiteral("netns"), QStringLiteral("exec"), Namespace, QStringLiteral("curl"),
                         QStringLiteral("-s"), QStringLiteral("-m"), QStringLiteral("5"), QStringLiteral("-D"),
                         QStringLiteral("-"), QStringLiteral("-o"), QStringLiteral("/dev/null")}
                + extra + QStringList {url},
            &out);
        if (headers)
            *headers = out;
        return out.mid(9, 3).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("network namespaces need root; run as root (CI does) to test a client on another host");
        run(script(), {QStringLiteral("down"), Namespace});
        if (!run(script(), {QStringLiteral("up"), Namespace}))
            QSKIP("this machine does not allow network namespaces (ip netns add failed)");
        m_networkUp = true;

        CameraConfig config;
        config.id = QStringLiteral("porch");
        config.name = QStringLiteral("Porch");
        config.url = QUrl(QStringLiteral("test:pattern?size=320x240&fps=10"));
        config.shared = true;
        m_camera = std::make_unique<Camera>(config);
        m_server = std::make_unique<ShareServer>();
        ShareServer::Settings settings;
        settings.address = QHostAddress(QStringLiteral("198.18.0.1"));
        settings.port = 0;
        settings.token = Token;
        settings.pushHub = m_pushHub;
        QString error;
        QVERIFY2(m_server->start(settings, &error), qPrintable(error));
        m_server->addCamera(m_camera->feed());
        QTRY_COMPARE_WITH_TIMEOUT(m_camera->state(), CameraState::Live, 2000);
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_camera.reset();
        if (m_networkUp)
            run(script(), {QStringLiteral("down"), Namespace});
    }

    void withoutTheTokenEveryRouteIs401_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("extra");
        const QStringList upgrade = webSocketUpgrade();
        const QString wrong = QStringLiteral("remote-test-token-0123456789abcdeX");
        QTest::newRow("page") << QStringLiteral("/") << QStringList();
        QTest::newRow("page by name") << QStringLiteral("/index.html") << QStringList();
        QTest::newRow("api") << QStringLiteral("/api/cameras") << QStringList();
        QTest::newRow("snapshot") << QStringLiteral("/cameras/porch/snapshot.jpg") << QStringList();
        QTest::newRow("stream") << QStringLiteral("/cameras/porch/stream.mjpg") << QStringList();
        QTest::newRow("switch on") << QStringLiteral("/api/cameras/porch/on")
                                   << QStringList {QStringLiteral("-X"), QStringLiteral("POST")};
        QTest::newRow("page feed (WebSocket)") << QStringLiteral("/ws") << upgrade;
        QTest::newRow("seed 000 viewer (WebSocket)") << QStringLiteral("/ws/video/porch/") << upgrade;
        QTest::newRow("unknown path") << QStringLiteral("/no/such/thing") << QStringList();
        QTest::newRow("wrong token") << QStringLiteral("/api/cameras?token=") + wrong << QStringList();
        QTest::newRow("empty token") << QStringLiteral("/api/cameras?token=") << QStringList();
        QTest::newRow("token prefix") << QStringLiteral("/api/cameras?token=") + Token.left(Token.size() - 1)
                                      << QStringList();
        QTest::newRow("token twice as long") << QStringLiteral("/api/cameras?token=") + Token + Token << QStringList();
        QTest::newRow("wrong bearer") << QStringLiteral("/cameras/porch/snapshot.jpg")
                                      << QStringList {QStringLiteral("-H"),
                                                      QStringLiteral("Authorization: Bearer ") + wrong};
        QTest::newRow("token as Basic") << QStringLiteral("/cameras/porch/snapshot.jpg")
                                        << QStringList {QStringLiteral("-H"),
                                                        QStringLiteral("Authorization: Basic ") + Token};
        QTest::newRow("wrong cookie") << QStringLiteral(
            "/api/cameras") << QStringList {QStringLiteral("-H"), QStringLiteral("Cookie: cctv_token=") + wrong};
        QTest::newRow("token in another cookie")
            << QStringLiteral("/api/cameras")
            << QStringList {QStringLiteral("-H"), QStringLiteral("Cookie: other=") + Token};
        QTest::newRow("wrong token on a WebSocket") << QStringLiteral("/ws?token=") + wrong << upgrade;
    }
    void withoutTheTokenEveryRouteIs401()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, extra);
        QCOMPARE(curlFromRemote(path, extra), 401);
    }

    void theTokenOpensTheWebSockets()
    {
        // curl stops after the 101 (it does not speak WebSocket): the head is what counts.
        QCOMPARE(curlFromRemote(QStringLiteral("/ws?token=") + Token,
                                webSocketUpgrade() + QStringList {QStringLiteral("-m"), QStringLiteral("2")}),
                 101);
        QCOMPARE(
            curlFromRemote(QStringLiteral("/ws/video/porch/"),
                           webSocketUpgrade()
                               + QStringList {QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + Token,
                                              QStringLiteral("-m"), QStringLiteral("2")}),
            101);
    }

    void theTokenOpensTheDoorThreeWays()
    {
        QCOMPARE(curlFromRemote(QStringLiteral("/api/cameras?token=") + Token), 200);
        QCOMPARE(curlFromRemote(QStringLiteral("/cameras/porch/snapshot.jpg"),
                                {QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + Token}),
                 200);
        QByteArray headers;
        QCOMPARE(curlFromRemote(QStringLiteral("/?token=") + Token, {}, &headers), 200);
        QVERIFY2(headers.contains("Set-Cookie: cctv_token="), headers.constData());
        QCOMPARE(curlFromRemote(QStringLiteral("/api/cameras"),
                                {QStringLiteral("-H"), QStringLiteral("Cookie: cctv_token=") + Token}),
                 200);
    }

    void stateChangesFromAfarNeedTheTokenAndPost()
    {
        QCOMPARE(
            curlFromRemote(QStringLiteral("/api/cameras/porch/off"), {QStringLiteral("-X"), QStringLiteral("POST")}),
            401);
        QCOMPARE(curlFromRemote(QStringLiteral("/api/cameras/porch/off?token=") + Token), 405);
        QCOMPARE(curlFromRemote(QStringLiteral("/api/cameras/porch/off?token=") + Token,
                                {QStringLiteral("-X"), QStringLiteral("POST")}),
                 202);
    }

    // One host on the network opens 40 connections and sends nothing: it gets 32 (the per-address cap), the rest are
    // told 503 at once, and a client at another address is still served.
    void oneHostCannotTakeEverySlot()
    {
        const QString flood = QStringLiteral("import socket, time\n"
                                             "s = [socket.create_connection(('198.18.0.1', %1)) for _ in range(40)]\n"
                                             "time.sleep(1.5)\n"
                                             "told = 0\n"
                                             "for c in s:\n"
                                             "    c.setblocking(False)\n"
                                             "    try:\n"
                                             "        told += c.recv(100).startswith(b'HTTP/1.1 503')\n"
                                             "    except BlockingIOError:\n"
                                             "        pass\n"
                                             "print('told503', told, flush=True)\n"
                                             "time.sleep(3)\n")
                                  .arg(m_server->url().port());
        QProcess remote;
        remote.start(QStringLiteral("ip"),
                     {QStringLiteral("netns"), QStringLiteral("exec"), Namespace, QStringLiteral("/usr/bin/python3"),
                      QStringLiteral("-c"), flood});
        QVERIFY(remote.waitForStarted(5000));
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += remote.readAllStandardOutput()).contains("told503"), 8000);
        QCOMPARE(said.trimmed(), QByteArray("told503 8"));
        // While those 32 are held: this host (another address) gets in.
        QCOMPARE(HttpClient::fetch(m_server->url().resolved(QUrl(QStringLiteral("api/cameras"))), "GET",
                                   {{"Authorization", "Bearer " + Token.toUtf8()}}, {}, 3000)
                     .status,
                 200);
        QVERIFY(remote.waitForFinished(10000));
    }

    void remoteSendersNeedTheTokenToo()
    {
        QTemporaryDir frames;
        QCOMPARE(writeJpegFiles(frames.path(), 2, {160, 120}).size(), 2);
        QSignalSpy arrived(m_pushHub.get(), &PushHub::senderArrived);

        // Refused at the handshake: seed 000's script gives up with HTTP 401, and no camera appears.
        QProcess refused;
        QVERIFY(startRemoteSender(refused, frames.path(), QStringLiteral("shed"), {}));
        QVERIFY(refused.waitForFinished(15000));
        QVERIFY(refused.exitCode() != 0);
        QCOMPARE(arrived.size(), 0);

        QProcess allowed;
        QVERIFY(startRemoteSender(allowed, frames.path(), QStringLiteral("shed"), QStringLiteral("?token=") + Token));
        QVERIFY(arrived.wait(10000));
        QCOMPARE(arrived.at(0).at(0).toString(), QStringLiteral("shed"));
        QVERIFY(m_pushHub->hasSender(QStringLiteral("shed")));
        allowed.kill();
        allowed.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(tst_RemoteAccess)
#include "tst_remoteaccess.moc"
