// Who gets into the share server, tried as an attacker would over real sockets: web pages of other sites (a foreign
// Origin), DNS rebinding (a foreign Host), everything behind a proxy (forwarding headers), view links that must open
// one camera and nothing else, a new admin token that must end the old sessions, and anonymous clients that must
// not hold the server's connection slots.

#include "camera/camera.h"
#include "camera/camerafeed.h"
#include "mjpegreader.h"
#include "rawhttp.h"
#include "share/shareserver.h"
#include "share/viewlinks.h"
#include "testcameras.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using RawHttp::exchange;
using RawHttp::request;

namespace {

const QString Token = QStringLiteral("share-access-admin-token-4f9a2c71");

} // namespace

class tst_ShareAccess : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Camera> m_yard;
    std::unique_ptr<Camera> m_gate;
    std::unique_ptr<Camera> m_bedroom; // not shared
    std::shared_ptr<ViewLinks> m_links;
    std::unique_ptr<ShareServer> m_server;

    quint16 port() const { return quint16(m_server->url().port()); }
    QUrl url(const QString &path) const { return m_server->url().resolved(QUrl(path)); }
    QUrl wsUrl(const QString &path) const
    {
        QUrl ws = url(path);
        ws.setScheme(QStringLiteral("ws"));
        return ws;
    }
    QByteArray ownHost() const { return "127.0.0.1:" + QByteArray::number(port()); }

    // A stream opened as a client elsewhere sees it (through a proxy or under the machine's name), so that it
    // rests on its credential alone; returned once pictures flow.
    std::unique_ptr<QTcpSocket> openRemoteStream(const QByteArray &target)
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port());
        if (!socket->waitForConnected(2000))
            return {};
        socket->write(request("GET", target, {}, "cams.example"));
        QByteArray received;
        QElapsedTimer clock;
        clock.start();
        while (received.count("\xff\xd8") < 2 && clock.elapsed() < 5000) {
            socket->waitForReadyRead(100);
            received += socket->readAll();
        }
        return received.startsWith("HTTP/1.1 200") && received.count("\xff\xd8") >= 2 ? std::move(socket) : nullptr;
    }
    static bool endsSoon(QTcpSocket &socket)
    {
        QElapsedTimer clock;
        clock.start();
        while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 3000) {
            socket.waitForReadyRead(50);
            socket.readAll();
        }
        return socket.state() != QAbstractSocket::ConnectedState;
    }

    // A view link made through the API, as the admin on this machine would.
    QJsonObject makeLink(const QString &camera, const QByteArray &body = "{}")
    {
        const QByteArray post = "POST /api/cameras/" + camera.toUtf8()
            + "/links HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        const RawHttp::Answer answer = exchange(port(), post);
        if (answer.status != 201)
            qWarning("making a link: %s", answer.raw.constData());
        return QJsonDocument::fromJson(answer.body()).object();
    }

    static void verifyRefused(const RawHttp::Answer &answer, int status)
    {
        QVERIFY2(answer.status == status, answer.raw.left(300).constData());
        // Refused clients keep no connection slot.
        QVERIFY2(answer.closedByServer, "the connection stayed open after a refusal");
        QVERIFY(!answer.raw.contains("\"id\""));
        QVERIFY(!answer.raw.contains("\xff\xd8"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_yard = std::make_unique<Camera>(TestCameras::config(
            QStringLiteral("yard"), QUrl(QStringLiteral("test:pattern?size=320x240&fps=10")), true));
        m_gate = std::make_unique<Camera>(TestCameras::config(
            QStringLiteral("gate"), QUrl(QStringLiteral("test:pattern?size=320x240&fps=10")), true));
        m_bedroom = std::make_unique<Camera>(TestCameras::config(
            QStringLiteral("bedroom"), QUrl(QStringLiteral("test:pattern?size=160x120&fps=5")), false));
        m_links = std::make_shared<ViewLinks>();
        m_server = std::make_unique<ShareServer>();
        ShareServer::Settings settings;
        settings.port = 0;
        settings.token = Token;
        settings.links = m_links;
        QString error;
        QVERIFY2(m_server->start(settings, &error), qPrintable(error));
        for (Camera *camera : {m_yard.get(), m_gate.get(), m_bedroom.get()})
            m_server->addCamera(camera->feed());
        QTRY_COMPARE_WITH_TIMEOUT(m_yard->state(), CameraState::Live, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(m_gate->state(), CameraState::Live, 3000);
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_yard.reset();
        m_gate.reset();
        m_bedroom.reset();
    }

    // A page the user happens to visit posts to our address, or opens a WebSocket to it: refused, token or not.
    void otherWebPagesCanNeitherSwitchNorWatch_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray evil = "Origin: https://evil.example\r\n";
        QTest::newRow("POST off") << request("POST", "/api/cameras/yard/off", evil) << 403;
        QTest::newRow("POST off with the token")
            << request("POST", "/api/cameras/yard/off?token=" + Token.toUtf8(), evil) << 403;
        QTest::newRow("POST from another port of localhost")
            << request("POST", "/api/cameras/yard/off", "Origin: http://127.0.0.1:1\r\n") << 403;
        QTest::newRow("POST from a sandboxed frame")
            << request("POST", "/api/cameras/yard/off", "Origin: null\r\n") << 403;
        QTest::newRow("page feed WebSocket")
            << request("GET", "/ws", evil + RawHttp::WebSocketUpgrade.toByteArray()) << 403;
        QTest::newRow("page feed WebSocket with the token")
            << request("GET", "/ws?token=" + Token.toUtf8(), evil + RawHttp::WebSocketUpgrade.toByteArray()) << 403;
        QTest::newRow("seed 000 push path")
            << request("GET", "/ws/video/Evil_Cam/", evil + RawHttp::WebSocketUpgrade.toByteArray()) << 403;
        QTest::newRow("camera list read by a script of another site")
            << request("GET", "/api/cameras", evil + "Sec-Fetch-Site: cross-site\r\n") << 401;
        QTest::newRow("an <img> of another site")
            << request("GET", "/cameras/yard/snapshot.jpg", "Sec-Fetch-Site: cross-site\r\n") << 401;
    }
    void otherWebPagesCanNeitherSwitchNorWatch()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QSignalSpy switched(m_server.get(), &ShareServer::switchRequested);
        verifyRefused(exchange(port(), request), status);
        QTest::qWait(50);
        QCOMPARE(switched.count(), 0);
        QVERIFY(m_yard->config().enabled);
    }

    void ourOwnPageAndScriptsStillWork()
    {
        QSignalSpy switched(m_server.get(), &ShareServer::switchRequested);
        const QByteArray own = "Origin: http://" + ownHost() + "\r\n";
        QCOMPARE(exchange(port(), request("POST", "/api/cameras/bedroom/on", own, ownHost())).status, 202);
        QCOMPARE(exchange(port(), request("POST", "/api/cameras/bedroom/on", {}, ownHost())).status, 202); // curl
        QTRY_COMPARE(switched.count(), 2);
        // The page opens its WebSocket from its own origin.
        QWebSocket socket(QStringLiteral("http://127.0.0.1:%1").arg(port()));
        QSignalSpy text(&socket, &QWebSocket::textMessageReceived);
        socket.open(wsUrl(QStringLiteral("ws")));
        QVERIFY(text.wait(3000));
        QVERIFY(text.constFirst().constFirst().toString().contains(u"\"yard\""));
    }

    // DNS rebinding, proxies and tunnels: a request from loopback is this machine's user only when it names a
    // loopback host and came through no proxy.
    void reboundNamesAndProxiedClientsNeedACredential_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QByteArray>("headers");
        QTest::newRow("rebound name") << QByteArray("attacker.example:8088") << QByteArray();
        QTest::newRow("LAN address through a tunnel") << QByteArray("192.0.2.1:8088") << QByteArray();
        QTest::newRow("X-Forwarded-For") << QByteArray("127.0.0.1") << QByteArray("X-Forwarded-For: 203.0.113.5\r\n");
        QTest::newRow("Forwarded") << QByteArray("127.0.0.1") << QByteArray("Forwarded: for=203.0.113.5\r\n");
        QTest::newRow("X-Real-IP") << QByteArray("localhost") << QByteArray("X-Real-IP: 203.0.113.5\r\n");
    }
    void reboundNamesAndProxiedClientsNeedACredential()
    {
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, headers);
        for (const QByteArray target :
             {"/", "/api/cameras", "/cameras/yard/snapshot.jpg", "/cameras/yard/stream.mjpg", "/no/such/path"}) {
            verifyRefused(exchange(port(), request("GET", target, headers, host)), 401);
            const RawHttp::Answer withToken = exchange(
                port(), request("GET", target, headers + "Authorization: Bearer " + Token.toUtf8() + "\r\n", host),
                1500);
            QVERIFY2(withToken.status == (target == "/no/such/path" ? 404 : 200), withToken.raw.left(200).constData());
        }
        verifyRefused(exchange(port(), request("POST", "/api/cameras/yard/off", headers, host)), 401);
        verifyRefused(exchange(port(), request("GET", "/ws", headers + RawHttp::WebSocketUpgrade.toByteArray(), host)),
                      401);
    }

    void requireTokenMakesThisMachineShowOneToo()
    {
        ShareServer strict;
        ShareServer::Settings settings;
        settings.port = 0;
        settings.token = Token;
        settings.requireToken = true;
        QString error;
        QVERIFY2(strict.start(settings, &error), qPrintable(error));
        strict.addCamera(m_yard->feed());
        const quint16 strictPort = quint16(strict.url().port());
        verifyRefused(exchange(strictPort, request("GET", "/api/cameras")), 401);
        QCOMPARE(exchange(strictPort, request("GET", "/api/cameras?token=" + Token.toUtf8())).status, 200);
    }

    void shortTokensAreRefusedWithTheReason()
    {
        ShareServer server;
        ShareServer::Settings settings;
        settings.port = 0;
        settings.token = QStringLiteral("guessable");
        QString error;
        QVERIFY(!server.start(settings, &error));
        QVERIFY2(error.contains(u"22"), qPrintable(error));
    }

    void aViewLinkOpensItsCameraAndNothingElse()
    {
        const QJsonObject link = makeLink(QStringLiteral("yard"), R"({"lifetime": 3600})");
        const QByteArray token = link[u"token"].toString().toUtf8();
        QVERIFY(token.size() >= 22);
        QVERIFY(token != Token.toUtf8());
        QCOMPARE(link[u"camera"].toString(), QStringLiteral("yard"));
        QVERIFY(!link[u"expires"].toString().isEmpty());

        // Its camera: the page (with the cookie), the snapshot, the stream.
        const RawHttp::Answer page = exchange(port(), request("GET", "/?token=" + token, {}, "cams.example"));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("set-cookie").startsWith("cctv_token=" + token + ';'));
        const RawHttp::Answer snapshot
            = exchange(port(), request("GET", "/cameras/yard/snapshot.jpg?token=" + token, {}, "cams.example"));
        QCOMPARE(snapshot.status, 200);
        QVERIFY(snapshot.body().startsWith("\xff\xd8"));
        const std::unique_ptr<QTcpSocket> stream = openRemoteStream("/cameras/yard/stream.mjpg?token=" + token);
        QVERIFY(stream);

        // Nothing else.
        const QByteArray cookie = "Cookie: cctv_token=" + token + "\r\n";
        for (const QByteArray target : {"/cameras/gate/snapshot.jpg", "/cameras/gate/stream.mjpg",
                                        "/cameras/bedroom/snapshot.jpg", "/api/cameras", "/api/cameras/yard/links"})
            verifyRefused(exchange(port(), request("GET", target, cookie, "cams.example")), 403);
        verifyRefused(exchange(port(), request("POST", "/api/cameras/yard/off", cookie, "cams.example")), 403);
        verifyRefused(exchange(port(), request("POST", "/api/cameras/yard/links", cookie, "cams.example")), 403);
        verifyRefused(exchange(port(),
                               request("GET", "/ws/video/Its_Own_Camera/",
                                       cookie + RawHttp::WebSocketUpgrade.toByteArray(), "cams.example")),
                      403);

        // Its page's feed lists its camera only, and sends no picture of another.
        QWebSocket socket;
        QSignalSpy text(&socket, &QWebSocket::textMessageReceived);
        QSignalSpy binary(&socket, &QWebSocket::binaryMessageReceived);
        QNetworkRequest feed(wsUrl(QStringLiteral("ws?token=") + QString::fromUtf8(token)));
        feed.setRawHeader("X-Forwarded-For", "203.0.113.5"); // as a proxy would pass it on
        socket.open(feed);
        QVERIFY(text.wait(3000));
        const QJsonArray cameras
            = QJsonDocument::fromJson(text.constFirst().constFirst().toString().toUtf8())[u"cameras"].toArray();
        QCOMPARE(cameras.size(), 1);
        QCOMPARE(cameras.at(0)[u"id"].toString(), QStringLiteral("yard"));
        QVERIFY(!cameras.at(0).toObject().contains(u"token"));
        socket.sendTextMessage(QStringLiteral(R"({"subscribe":["gate","bedroom","yard"]})"));
        QTRY_VERIFY_WITH_TIMEOUT(binary.count() >= 3, 5000);
        for (const QList<QVariant> &message : std::as_const(binary))
            QVERIFY(message.constFirst().toByteArray().mid(1, 4) == "yard");

        // Listed for the admin with its use, then revoked: the open stream and feed end at once.
        const QJsonArray listed
            = QJsonDocument::fromJson(exchange(port(), request("GET", "/api/cameras/yard/links")).body()).array();
        QCOMPARE(listed.size(), 1);
        QVERIFY(!listed.at(0)[u"lastUsed"].toString().isEmpty());
        const RawHttp::Answer revoked
            = exchange(port(), request("DELETE", "/api/links/" + link[u"id"].toString().toUtf8()));
        QCOMPARE(revoked.status, 204);
        QVERIFY(endsSoon(*stream));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 2000);
        verifyRefused(exchange(port(), request("GET", "/cameras/yard/snapshot.jpg?token=" + token, {}, "cams.example")),
                      401);
        QCOMPARE(exchange(port(), request("DELETE", "/api/links/" + link[u"id"].toString().toUtf8())).status, 404);
    }

    void linksAreMadeOnlyForCamerasThatExistAndWithASaneLifetime()
    {
        QCOMPARE(exchange(port(), request("POST", "/api/cameras/nowhere/links")).status, 404);
        const QByteArray bad = "POST /api/cameras/yard/links HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 17\r\n\r\n"
                               "{\"lifetime\": -5 }";
        QCOMPARE(exchange(port(), bad).status, 400);
        const QJsonObject forever = makeLink(QStringLiteral("gate"));
        QVERIFY(forever[u"expires"].isNull());
        QVERIFY(m_links->revoke(forever[u"id"].toString()));
    }

    // A new admin token ends every page and stream that came with the old one; this machine's own stay.
    void aNewAdminTokenEndsTheOldSessions()
    {
        const std::unique_ptr<QTcpSocket> remote
            = openRemoteStream("/cameras/yard/stream.mjpg?token=" + Token.toUtf8());
        QVERIFY(remote);
        MjpegReader local(url(QStringLiteral("cameras/yard/stream.mjpg")));
        local.start();
        QTRY_VERIFY_WITH_TIMEOUT(local.partCount() >= 2, 5000);
        const QString newToken = QStringLiteral("share-access-new-token-8c3e5b90d1");
        m_server->setToken(newToken);
        QVERIFY(endsSoon(*remote));
        const qsizetype localParts = local.partCount();
        QTRY_VERIFY_WITH_TIMEOUT(local.partCount() >= localParts + 3, 3000);
        QVERIFY(local.isConnected());
        verifyRefused(exchange(port(), request("GET", "/api/cameras?token=" + Token.toUtf8(), {}, "cams.example")),
                      401);
        QCOMPARE(exchange(port(), request("GET", "/api/cameras?token=" + newToken.toUtf8(), {}, "cams.example")).status,
                 200);
        m_server->setToken(Token);
    }

    void everyAnswerCarriesTheSecurityHeaders()
    {
        for (const QByteArray &raw :
             {request("GET", "/"), request("GET", "/api/cameras"), request("GET", "/cameras/yard/snapshot.jpg"),
              request("GET", "/nowhere"), request("GET", "/api/cameras", {}, "evil.example"),
              request("GET", "/api/cameras/yard/on")}) {
            const RawHttp::Answer answer = exchange(port(), raw);
            QVERIFY2(answer.header("x-content-type-options") == "nosniff", answer.raw.left(300).constData());
            QVERIFY2(answer.header("content-security-policy").contains("frame-ancestors 'none'"),
                     answer.raw.left(300).constData());
        }
        QTcpSocket stream;
        stream.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(stream.waitForConnected(2000));
        stream.write(request("GET", "/cameras/yard/stream.mjpg"));
        QByteArray head;
        QTRY_VERIFY_WITH_TIMEOUT((head += stream.readAll()).contains("\r\n\r\n"), 3000);
        QVERIFY(head.contains("X-Content-Type-Options: nosniff"));
        QVERIFY(head.contains("frame-ancestors 'none'"));
        // The page may run its own script and nothing else.
        const QByteArray policy = exchange(port(), request("GET", "/")).header("content-security-policy");
        QVERIFY2(policy.contains("script-src 'sha256-"), policy.constData());
        QVERIFY(!policy.contains("unsafe-inline"));
    }

    void theCookieStaysUnderTheProxysPath()
    {
        const QByteArray target = "/?token=" + Token.toUtf8();
        const QByteArray cookie
            = exchange(port(), request("GET", target, "X-Forwarded-Prefix: /cctv\r\n", "cams.example"))
                  .header("set-cookie");
        QVERIFY2(cookie.contains("; Path=/cctv/;"), cookie.constData());
        QVERIFY(
            exchange(port(), request("GET", target, {}, "cams.example")).header("set-cookie").contains("; Path=/;"));
        QVERIFY(exchange(port(), request("GET", target, "X-Forwarded-Prefix: /a;b\r\n", "cams.example"))
                    .header("set-cookie")
                    .contains("; Path=/;"));
    }

    // Clients without a credential are told 401 and closed: 300 of them, all still connected, leave every slot to
    // this machine's viewer.
    void anonymousClientsHoldNoConnectionSlot()
    {
        ShareServer small;
        ShareServer::Settings settings;
        settings.port = 0;
        settings.token = Token;
        settings.limits.maxConnections = 32;
        QString error;
        QVERIFY2(small.start(settings, &error), qPrintable(error));
        small.addCamera(m_yard->feed());
        const quint16 smallPort = quint16(small.url().port());
        std::vector<std::unique_ptr<QTcpSocket>> anonymous;
        for (int i = 0; i < 300; ++i) {
            anonymous.push_back(std::make_unique<QTcpSocket>());
            anonymous.back()->connectToHost(QHostAddress::LocalHost, smallPort);
        }
        for (auto &socket : anonymous) {
            QVERIFY(socket->waitForConnected(3000));
            socket->write(request("GET", "/api/cameras", "Connection: keep-alive\r\n", "evil.example"));
        }
        int closed = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                closed = 0;
                for (auto &socket : anonymous) {
                    socket->readAll();
                    closed += socket->state() == QAbstractSocket::UnconnectedState ? 1 : 0;
                }
                return closed == 300;
            }(),
            8000);
        MjpegReader viewer(small.url().resolved(QUrl(QStringLiteral("cameras/yard/stream.mjpg"))));
        viewer.start();
        QTRY_VERIFY_WITH_TIMEOUT(viewer.partCount() >= 2, 3000);
    }
};

QTEST_GUILESS_MAIN(tst_ShareAccess)
#include "tst_shareaccess.moc"
