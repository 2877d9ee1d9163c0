// The share server against hostile and careless clients on loopback: too many connections, slowloris, idle
// sockets, oversized requests. Real sockets, a real server, tight limits so the test stays short.

#include "camera/camera.h"
#include "mjpegreader.h"
#include "processmemory.h"
#include "share/shareserver.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace {

std::unique_ptr<QTcpSocket> connectTo(const QUrl &url)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(url.host(), quint16(url.port()));
    if (!socket->waitForConnected(3000))
        return nullptr;
    return socket;
}

// Sends one GET and returns the status line of the answer ("" when the connection closed first).
QByteArray statusLineFor(QTcpSocket &socket, const QByteArray &path)
{
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray received;
    QElapsedTimer clock;
    clock.start();
    while (!received.contains("\r\n") && clock.elapsed() < 5000 && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(100);
        received += socket.readAll();
    }
    received += socket.readAll();
    return received.left(received.indexOf("\r\n"));
}

// Waits until the server closes `socket`; returns after how many ms, or -1.
qint64 msUntilClosed(QTcpSocket &socket, int limitMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < limitMs) {
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return clock.elapsed();
        socket.waitForReadyRead(50);
        if (socket.isOpen())
            socket.readAll();
    }
    return -1;
}

} // namespace

class tst_ShareLimits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Camera> m_camera;
    std::unique_ptr<ShareServer> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        CameraConfig config;
        config.id = QStringLiteral("yard");
        config.name = QStringLiteral("Yard");
        config.url = QUrl(QStringLiteral("test:pattern?size=320x240&fps=10"));
        config.shared = true;
        m_camera = std::make_unique<Camera>(config);
        m_server = std::make_unique<ShareServer>();
        ShareServer::Settings settings;
        settings.port = 0;
        settings.limits.maxConnections = 4;
        settings.limits.requestTimeoutMs = 1500;
        settings.limits.maxRequestBytes = 256 * 1024;
        QString error;
        QVERIFY2(m_server->start(settings, &error), qPrintable(error));
        m_server->addCamera(m_camera->feed());
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_camera.reset();
    }

    void beyondTheConnectionCapNewClientsGet503()
    {
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 4; ++i) {
            held.push_back(connectTo(m_server->url()));
            QVERIFY(held.back());
        }
        QTest::qWait(200);
        auto extra = connectTo(m_server->url());
        QVERIFY(extra);
        QCOMPARE(statusLineFor(*extra, "/api/cameras"), QByteArray("HTTP/1.1 503 Service Unavailable"));

        // One leaves: the next client is served.
        held.pop_back();
        QTest::qWait(200);
        auto next = connectTo(m_server->url());
        QCOMPARE(statusLineFor(*next, "/api/cameras"), QByteArray("HTTP/1.1 200 OK"));
    }

    void aSlowlorisIsCutOffAtTheRequestDeadline()
    {
        auto slow = connectTo(m_server->url());
        QVERIFY(slow);
        slow->write("GET /api/cameras HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        QElapsedTimer clock;
        clock.start();
        // One header byte every 100 ms, never finishing the request.
        while (slow->state() == QAbstractSocket::ConnectedState && clock.elapsed() < 6000) {
            slow->write("X");
            slow->waitForBytesWritten(50);
            QTest::qWait(100);
        }
        QVERIFY2(slow->state() != QAbstractSocket::ConnectedState, "the slow client was never cut off");
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));

        // Meanwhile and after, everyone else is served.
        auto fine = connectTo(m_server->url());
        QCOMPARE(statusLineFor(*fine, "/api/cameras"), QByteArray("HTTP/1.1 200 OK"));
    }

    void anIdleConnectionIsClosed()
    {
        auto idle = connectTo(m_server->url());
        QVERIFY(idle);
        const qint64 closedAfter = msUntilClosed(*idle, 5000);
        QVERIFY2(closedAfter >= 1000 && closedAfter < 4000, qPrintable(QString::number(closedAfter)));
    }

    void aKeptAliveConnectionGetsAFreshDeadlineForEachRequest()
    {
        auto client = connectTo(m_server->url());
        QVERIFY(client);
        for (int i = 0; i < 3; ++i) {
            QTest::qWait(1000); // under the deadline each time, but over it in total
            const QByteArray status = statusLineFor(*client, "/api/cameras");
            QCOMPARE(status, QByteArray("HTTP/1.1 200 OK"));
            // Read the rest of the answer so the next one starts clean.
            QTest::qWait(50);
            client->readAll();
        }
    }

    void anOversizedRequestIsRefusedWithBoundedMemory()
    {
        const qint64 before = ProcessMemory::residentKiB();
        auto big = connectTo(m_server->url());
        QVERIFY(big);
        big->write("POST /api/cameras/yard/on HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000000\r\n\r\n");
        const QByteArray chunk(64 * 1024, 'A');
        QElapsedTimer clock;
        clock.start();
        qint64 sent = 0;
        while (big->state() == QAbstractSocket::ConnectedState && sent < 64 * 1024 * 1024 && clock.elapsed() < 8000) {
            sent += big->write(chunk);
            big->waitForBytesWritten(100);
        }
        QVERIFY2(big->state() != QAbstractSocket::ConnectedState, "a 100 MB request was accepted");
        const qint64 growth = ProcessMemory::residentKiB() - before;
        qInfo("sent %lld KiB before the server closed; RSS grew %lld KiB", sent / 1024, growth);
        QVERIFY2(growth < 16 * 1024, qPrintable(QString::number(growth)));

        auto fine = connectTo(m_server->url());
        QCOMPARE(statusLineFor(*fine, "/api/cameras"), QByteArray("HTTP/1.1 200 OK"));
    }

    void endlessHeadersAreRefused()
    {
        auto client = connectTo(m_server->url());
        QVERIFY(client);
        client->write("GET /api/cameras HTTP/1.1\r\nX-Long: ");
        const QByteArray chunk(32 * 1024, 'b');
        for (int i = 0; i < 64 && client->state() == QAbstractSocket::ConnectedState; ++i) {
            client->write(chunk);
            client->waitForBytesWritten(100);
        }
        QVERIFY(msUntilClosed(*client, 3000) >= 0);
    }

    void aStreamOutlivesTheRequestDeadline()
    {
        MjpegReader viewer(m_server->url().resolved(QUrl(QStringLiteral("cameras/yard/stream.mjpg"))));
        viewer.setKeep(1);
        viewer.start();
        QTest::qWait(3000); // twice the request deadline
        QVERIFY(viewer.isConnected());
        QCOMPARE(viewer.statusCode(), 200);
        // Whole pictures keep coming after it: the camera sends 10 a second, so about 5 in the next half second.
        const qsizetype before = viewer.partCount();
        QTest::qWait(500);
        QVERIFY2(viewer.protocolError().isEmpty(), qPrintable(viewer.protocolError()));
        const qsizetype arrived = viewer.partCount() - before;
        QVERIFY2(arrived >= 3, qPrintable(QString::number(arrived)));
        QVERIFY(viewer.isConnected());
    }
};

QTEST_GUILESS_MAIN(tst_ShareLimits)
#include "tst_sharelimits.moc"
