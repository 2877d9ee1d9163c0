// Stopping the share server (the program quitting, the user turning sharing off) while every kind of client is
// still connected: an MJPEG stream, a dashboard page's WebSocket, seed 000's viewer and a sender that is pushing
// pictures. Each client is closed, and nothing of the server outlives it. Under AddressSanitizer (CI's asan stage) a
// client closed through freed memory, or a socket deleted twice, is reported here.

#include "camera/camera.h"
#include "camera/camerafeed.h"
#include "jpegfiles.h"
#include "mjpegreader.h"
#include "share/shareserver.h"
#include "sources/pushhub.h"
#include "testcameras.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <memory>

class tst_ShareStop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stoppingWithEveryKindOfClientConnectedClosesThemAll_data()
    {
        QTest::addColumn<int>("round");
        for (int round = 0; round < 5; ++round)
            QTest::newRow(qPrintable(QStringLiteral("round %1").arg(round))) << round;
    }
    void stoppingWithEveryKindOfClientConnectedClosesThemAll()
    {
        Camera yard(
            TestCameras::config(QStringLiteral("yard"), QUrl(QStringLiteral("test:pattern?size=320x240&fps=25"))));
        yard.setShared(true);
        QTRY_COMPARE(yard.state(), CameraState::Live);
        auto hub = std::make_shared<PushHub>();
        auto server = std::make_unique<ShareServer>();
        ShareServer::Settings settings;
        settings.port = 0;
        settings.pushHub = hub;
        QString error;
        QVERIFY2(server->start(settings, &error), qPrintable(error));
        server->addCamera(yard.feed());
        const QUrl base = server->url();
        const auto ws = [&base](const QString &path) {
            QUrl url = base.resolved(QUrl(path));
            url.setScheme(QStringLiteral("ws"));
            return url;
        };

        MjpegReader stream(base.resolved(QUrl(QStringLiteral("cameras/yard/stream.mjpg"))));
        stream.setKeep(1);
        stream.start();

        QWebSocket page;
        int pagePictures = 0;
        connect(&page, &QWebSocket::connected, &page, [&page] {
            page.sendTextMessage(QString::fromUtf8(
                QJsonDocument(QJsonObject {{QStringLiteral("subscribe"), QJsonArray {QStringLiteral("yard")}}})
                    .toJson(QJsonDocument::Compact)));
        });
        connect(&page, &QWebSocket::binaryMessageReceived, &page, [&pagePictures] { ++pagePictures; });
        page.open(ws(QStringLiteral("ws")));

        QWebSocket seedViewer;
        int seedPictures = 0;
        connect(&seedViewer, &QWebSocket::textMessageReceived, &seedViewer, [&seedPictures] { ++seedPictures; });
        seedViewer.open(ws(QStringLiteral("ws/video/yard/")));

        QTemporaryDir dir;
        const QByteArray picture = writeJpegFiles(dir.path(), 1, {320, 240}).value(0);
        QWebSocket sender;
        QSignalSpy arrived(hub.get(), &PushHub::senderArrived);
        connect(&sender, &QWebSocket::connected, &sender, [&sender, &picture] { sender.sendBinaryMessage(picture); });
        sender.open(ws(QStringLiteral("ws/video/porch/")));

        QTRY_VERIFY(stream.partCount() >= 2);
        QTRY_VERIFY(pagePictures >= 2);
        QTRY_VERIFY(seedPictures >= 2);
        QTRY_COMPARE(arrived.count(), 1);
        // Keep the sender busy so that its connection is mid-message when the server goes.
        sender.sendBinaryMessage(picture);

        QSignalSpy pageClosed(&page, &QWebSocket::disconnected);
        QSignalSpy seedClosed(&seedViewer, &QWebSocket::disconnected);
        QSignalSpy senderClosed(&sender, &QWebSocket::disconnected);
        server.reset();
        QTRY_COMPARE(pageClosed.count(), 1);
        QTRY_COMPARE(seedClosed.count(), 1);
        QTRY_COMPARE(senderClosed.count(), 1);
        QTRY_VERIFY(!stream.isConnected());
        QVERIFY(!hub->hasSender(QStringLiteral("porch")));
    }
};

QTEST_GUILESS_MAIN(tst_ShareStop)
#include "tst_sharestop.moc"
