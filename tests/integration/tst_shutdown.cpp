// Quitting while everything is busy: cameras reconnecting (dead hosts, a silent one, an RTSP server killed under
// its viewers) and twenty clients streaming MJPEG and WebSocket. The real program, headless and with its window
// (offscreen), stopped by SIGTERM and SIGINT as a service manager or a user at a terminal would.

#include "dashboardprocess.h"
#include "httpcameraserver.h"
#include "httpget.h"
#include "jpegfiles.h"
#include "mjpegreader.h"
#include "processresources.h"
#include "rtspserverprocess.h"
#include "testcameras.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <csignal>
#include <cstdio>
#include <memory>

namespace {

QJsonArray cameraList(const QUrl &share)
{
    return HttpClient::fetch(share.resolved(QUrl(QStringLiteral("api/cameras")))).json().array();
}

// Camera `id`'s state in `cameras`; empty when it is not listed (or the list could not be read).
QString stateOf(const QJsonArray &cameras, const QString &id)
{
    for (const QJsonValue camera : cameras) {
        if (camera[QStringLiteral("id")].toString() == id)
            return camera[QStringLiteral("state")].toString();
    }
    return {};
}

// Writes `details` in full to stderr, where CTest keeps it, and returns `summary` for the failure message: QTest cuts
// a failure message at about a kilobyte, which lost a sanitizer's report at the end of the program's output.
QByteArray explained(const QByteArray &summary, const QByteArray &details)
{
    std::fprintf(stderr, "---- %s ----\n%s\n---- end ----\n", summary.constData(), details.constData());
    std::fflush(stderr);
    return summary + " (details above, on stderr)";
}

QStringList cameraArgument(const QString &name, const QUrl &url)
{
    return {QStringLiteral("--camera"), name + u'=' + url.toString()};
}

} // namespace

class tst_Shutdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(DashboardProcess::binary()), "CCTV_BINARY must point at cctv-dashboard");
    }

    void quitsUnderLoadWithinTwoSecondsLeavingNothing_data()
    {
        QTest::addColumn<bool>("headless");
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("headless, SIGTERM") << true << SIGTERM;
        QTest::newRow("headless, SIGINT") << true << SIGINT;
        QTest::newRow("window, SIGTERM") << false << SIGTERM;
        QTest::newRow("window, SIGINT") << false << SIGINT;
    }
    void quitsUnderLoadWithinTwoSecondsLeavingNothing()
    {
        QFETCH(bool, headless);
        QFETCH(int, signalNumber);
        const QString rtspMissing = RtspServerProcess::unavailableReason();
        if (!rtspMissing.isEmpty())
            QSKIP(qPrintable(rtspMissing));

        RtspServerProcess rtsp;
        QVERIFY2(rtsp.start({320, 240}, 15), qPrintable(rtsp.errorString()));
        QTemporaryDir frames;
        HttpCameraServer http(writeJpegFiles(frames.path(), 4, {320, 240}), {}, {});
        QVERIFY(http.start());
        QTcpServer silent; // accepts, never answers: a read blocked inside FFmpeg and inside Qt
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const quint16 dead = TestCameras::unusedPort();

        DashboardProcess dashboard;
        dashboard.setHeadless(headless);
        const QUrl share = dashboard.start(
            QStringList {QStringLiteral("--share-all")}
            + cameraArgument(QStringLiteral("Killed"), rtsp.url(QStringLiteral("h264")))
            + cameraArgument(QStringLiteral("Pattern"), QUrl(QStringLiteral("test:pattern?size=640x360&fps=25")))
            + cameraArgument(QStringLiteral("Mjpeg"), http.url(QStringLiteral("/stream?fps=15")))
            + cameraArgument(QStringLiteral("DeadRtsp"), QUrl(QStringLiteral("rtsp://u:p@127.0.0.1:%1/x").arg(dead)))
            + cameraArgument(QStringLiteral("DeadHttp"), QUrl(QStringLiteral("http://127.0.0.1:%1/v.mjpg").arg(dead)))
            + cameraArgument(QStringLiteral("DeadWs"), QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(dead)))
            + cameraArgument(QStringLiteral("Silent"),
                             QUrl(QStringLiteral("rtsp://127.0.0.1:%1/x").arg(silent.serverPort()))));
        QVERIFY(share.isValid());
        const qint64 pid = dashboard.process().processId();
        const QStringList live = {QStringLiteral("killed"), QStringLiteral("pattern"), QStringLiteral("mjpeg")};
        // Live first (a sanitized build beside another test may need a while for the RTSP server's first key frame);
        // if not, the failure names each camera's state and error.
        QJsonArray cameras;
        HttpClient::Reply listReply;
        const auto allLive = [&] {
            listReply = HttpClient::fetch(share.resolved(QUrl(QStringLiteral("api/cameras"))));
            if (listReply.status == 200)
                cameras = listReply.json().array();
            return std::all_of(live.begin(), live.end(),
                               [&](const QString &id) { return stateOf(cameras, id) == u"live"; });
        };
        // A camera that is not live, or a list that could not be read, says why: the last list and attempt, what the
        // program printed (a sanitizer's report included) and, when it is still running, every thread's stack.
        const auto notLiveWhy = [&] {
            const bool running = dashboard.process().state() == QProcess::Running;
            return explained(
                "not live; the program is " + QByteArray(running ? "running" : "not running"),
                "last camera list read: " + QJsonDocument(cameras).toJson(QJsonDocument::Compact)
                    + "; the last attempt: HTTP " + QByteArray::number(listReply.status) + ", error "
                    + QByteArray::number(int(listReply.error)) + "; it printed:\n" + dashboard.output().right(30000)
                    + (running ? "\nits threads:\n" + ProcessResources::stacks(pid).right(30000) : QByteArray()));
        };
        // Not QTRY: on failure it tries again for twice as long before it says anything, which took four rows
        // past CTest's limit with nothing printed.
        QElapsedTimer sinceStart;
        sinceStart.start();
        while (!allLive() && sinceStart.elapsed() < 90000)
            QTest::qWait(100);
        // Explained only on failure: QVERIFY2 works out its message either way (Qt 6.4), and the stacks come from
        // attaching a debugger to the program.
        if (!allLive())
            QFAIL(notLiveWhy().constData());
        qInfo("%s: the three cameras live %lld ms after the share line", headless ? "headless" : "window",
              sinceStart.elapsed());

        const int threadsAlone = ProcessResources::threads(pid);

        // Twenty clients: ten MJPEG streams and ten WebSocket pages subscribed to every camera.
        std::vector<std::unique_ptr<MjpegReader>> streams;
        for (int i = 0; i < 10; ++i) {
            streams.push_back(std::make_unique<MjpegReader>(
                share.resolved(QUrl(QStringLiteral("cameras/%1/stream.mjpg").arg(live.at(i % live.size()))))));
            streams.back()->setKeep(1);
            streams.back()->start();
        }
        std::vector<std::unique_ptr<QWebSocket>> pages;
        int pictures = 0;
        for (int i = 0; i < 10; ++i) {
            pages.push_back(std::make_unique<QWebSocket>());
            QWebSocket *page = pages.back().get();
            connect(page, &QWebSocket::connected, page, [page, &live] {
                page->sendTextMessage(QString::fromUtf8(
                    QJsonDocument(QJsonObject {{QStringLiteral("subscribe"), QJsonArray::fromStringList(live)}})
                        .toJson(QJsonDocument::Compact)));
            });
            connect(page, &QWebSocket::binaryMessageReceived, page, [&pictures] { ++pictures; });
            QUrl url = share.resolved(QUrl(QStringLiteral("ws")));
            url.setScheme(QStringLiteral("ws"));
            page->open(url);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(streams.begin(), streams.end(), [](const auto &stream) { return stream->partCount() >= 3; }),
            10000);
        QTRY_VERIFY_WITH_TIMEOUT(pictures >= 100, 10000);

        // The RTSP server dies under its viewers: that camera reconnects too.
        rtsp.kill();
        // Listed, and not live: a list that could not be read says nothing.
        const auto listedNotLive = [](const QString &state) { return !state.isEmpty() && state != u"live"; };
        QTRY_VERIFY_WITH_TIMEOUT(listedNotLive(stateOf(cameraList(share), QStringLiteral("killed"))), 10000);
        cameras = cameraList(share);
        for (const QString &id : {QStringLiteral("deadrtsp"), QStringLiteral("deadhttp"), QStringLiteral("deadws")})
            QVERIFY2(listedNotLive(stateOf(cameras, id)), qPrintable(id + QStringLiteral(": ") + stateOf(cameras, id)));
        QTest::qWait(500);

        // One worker thread per camera (7), the share server's, the main thread, and a few that Qt and FFmpeg keep
        // (13 measured); clients and reconnects add none: a thread per client or per attempt would be 20 more.
        const int threads = ProcessResources::threads(pid);
        const QList<qint64> children = ProcessResources::children(pid);
        const qsizetype partsBefore = streams.front()->partCount();
        QVERIFY2(partsBefore > 0 && pictures > 0, "the clients were not streaming when the signal came");
        const qint64 took = dashboard.stop(signalNumber);
        qInfo("%s: exited in %lld ms with %d threads (%d before the clients) and %lld child processes just before",
              headless ? "headless" : "window", took, threads, threadsAlone, qint64(children.size()));
        if (took < 0)
            QFAIL(explained("still running after 5 s", "its threads:\n" + ProcessResources::stacks(pid)).constData());
        QVERIFY2(took < 2000, qPrintable(QString::number(took) + QStringLiteral(" ms")));
        // A crash or an error exit says what the program printed last (a sanitizer's report or a fatal message).
        if (dashboard.process().exitStatus() != QProcess::NormalExit || dashboard.process().exitCode() != 0) {
            QFAIL(explained(dashboard.process().exitStatus() == QProcess::CrashExit
                                ? QByteArray("crashed")
                                : "exit code " + QByteArray::number(dashboard.process().exitCode()),
                            "it printed:\n" + dashboard.output().right(60000))
                      .constData());
        }
        QVERIFY2(threads >= 7 + 2 && threads <= 7 + 2 + 8, qPrintable(QString::number(threads)));
        QVERIFY2(threads <= threadsAlone, qPrintable(QStringLiteral("%1 > %2").arg(threads).arg(threadsAlone)));
        // It starts none; and none it might have started outlives it.
        QVERIFY(children.isEmpty());
        QVERIFY(ProcessResources::children(pid).isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(pid)));
    }
};

QTEST_GUILESS_MAIN(tst_Shutdown)
#include "tst_shutdown.moc"
