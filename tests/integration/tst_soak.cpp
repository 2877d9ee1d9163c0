// A long run of the real program, headless, with eight cameras whose sources keep failing and coming back and
// viewers coming and going, watched from outside through /proc: threads, descriptors and memory must stay flat,
// and every camera must come back after every failure. CCTV_SOAK_SECONDS sets the length (default 600: ten
// minutes in CI); tests/soak.sh runs the same binary for hours.

#include "dashboardprocess.h"
#include "httpcameraserver.h"
#include "httpget.h"
#include "jpegfiles.h"
#include "mjpegreader.h"
#include "processmemory.h"
#include "processresources.h"
#include "pythonpeer.h"
#include "rtspserverprocess.h"
#include "testcameras.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <csignal>
#include <functional>
#include <map>
#include <memory>

namespace {

struct Sample
{
    qint64 atS = 0;
    int threads = 0;
    int fds = 0;
    qint64 rssKiB = 0;
    int viewers = 0;
    int live = 0;
};

// One kind of failure: how to take a camera's source away and how to bring it back.
struct Flapper
{
    QString cameraId;
    QString kind;
    std::function<bool()> down;
    std::function<bool()> up;
    int flaps = 0;
    int seenDown = 0;
    int recovered = 0;
    qint64 worstMs = 0;
    qint64 totalMs = 0;
};

} // namespace

class tst_Soak : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network; // one connection kept open for the whole run, as a monitoring script keeps it
    QUrl m_share;

    // Each camera's state by id; empty when the list could not be read (said, with why, so that a run that
    // failed to look is told apart from one that looked and saw nothing).
    QMap<QString, QString> states()
    {
        const HttpClient::Reply reply
            = HttpClient::fetch(m_network, m_share.resolved(QUrl(QStringLiteral("api/cameras"))));
        QMap<QString, QString> byId;
        for (const QJsonValue camera : reply.json().array())
            byId.insert(camera[QStringLiteral("id")].toString(), camera[QStringLiteral("state")].toString());
        if (byId.isEmpty())
            qWarning("the camera list could not be read: HTTP %d, network error %d", reply.status, int(reply.error));
        return byId;
    }

    int liveCount()
    {
        const auto all = states();
        return int(std::count(all.begin(), all.end(), QStringLiteral("live")));
    }

    bool post(const QString &path)
    {
        const HttpClient::Reply reply = HttpClient::fetch(m_network, m_share.resolved(QUrl(path)), "POST");
        if (reply.status != 202)
            qWarning("POST %s: HTTP %d, network error %d", qPrintable(path), reply.status, int(reply.error));
        return reply.status == 202;
    }

private Q_SLOTS:
    void staysFlatWhileSourcesFlapAndViewersComeAndGo()
    {
        const QString rtspMissing = RtspServerProcess::unavailableReason();
        if (!rtspMissing.isEmpty())
            QSKIP(qPrintable(rtspMissing));
        const qint64 durationS
            = qEnvironmentVariableIsSet("CCTV_SOAK_SECONDS") ? qEnvironmentVariableIntValue("CCTV_SOAK_SECONDS") : 600;
        QVERIFY(durationS >= 30);
        // The first quarter (at most two minutes) settles caches, thread pools and the allocator's arenas; what
        // is measured is the change after it.
        const qint64 warmUpS = qMin<qint64>(120, durationS / 4);

        // The sources: three HTTP MJPEG cameras, an RTSP server, two WebSocket cameras and two test patterns
        // (one of them switched off and on through the API).
        QTemporaryDir frames;
        const QList<QByteArray> jpegs = writeJpegFiles(frames.path(), 4, {320, 240});
        QCOMPARE(jpegs.size(), 4);
        std::vector<std::unique_ptr<HttpCameraServer>> http;
        for (int i = 0; i < 3; ++i) {
            http.push_back(std::make_unique<HttpCameraServer>(jpegs, QString(), QString()));
            QVERIFY(http.back()->start());
        }
        RtspServerProcess rtsp;
        QVERIFY2(rtsp.start({320, 240}, 10), qPrintable(rtsp.errorString()));
        const quint16 rtspPort = rtsp.port();
        std::vector<std::unique_ptr<PythonPeer>> ws;
        std::vector<quint16> wsPorts;
        const auto startWs = [&](size_t i) {
            ws[i] = std::make_unique<PythonPeer>();
            return ws[i]->start(QStringLiteral("ws_camera_peer.py"),
                                {QStringLiteral("--port"), QString::number(wsPorts[i]), QStringLiteral("--fps"),
                                 QStringLiteral("10"), QStringLiteral("--mode"), QStringLiteral("binary"),
                                 QStringLiteral("--frames"), frames.path()})
                && ws[i]->waitForPort() == wsPorts[i];
        };
        for (size_t i = 0; i < 2; ++i) {
            ws.push_back(nullptr);
            wsPorts.push_back(TestCameras::unusedPort());
            QVERIFY(startWs(i));
        }

        QStringList arguments {QStringLiteral("--share-all")};
        const auto camera = [&arguments](const QString &name, const QUrl &url) {
            arguments += {QStringLiteral("--camera"), name + u'=' + url.toString()};
        };
        for (int i = 0; i < 3; ++i)
            camera(QStringLiteral("Http%1").arg(i), http[size_t(i)]->url(QStringLiteral("/stream?fps=10")));
        camera(QStringLiteral("Rtsp"), rtsp.url(QStringLiteral("h264")));
        for (size_t i = 0; i < 2; ++i)
            camera(QStringLiteral("Ws%1").arg(i), QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(wsPorts[i])));
        camera(QStringLiteral("Pattern"), QUrl(QStringLiteral("test:pattern?size=640x360&fps=15")));
        camera(QStringLiteral("Switched"), QUrl(QStringLiteral("test:pattern?size=320x240&fps=10")));

        DashboardProcess dashboard;
        m_share = dashboard.start(arguments);
        QVERIFY(m_share.isValid());
        const qint64 pid = dashboard.process().processId();
        QTRY_VERIFY_WITH_TIMEOUT(liveCount() == 8, 30000);

        std::vector<Flapper> flappers;
        for (size_t i = 0; i < http.size(); ++i) {
            HttpCameraServer *server = http[i].get();
            flappers.push_back({QStringLiteral("http%1").arg(i), QStringLiteral("HTTP MJPEG server killed"),
                                [server] {
                                    server->stop();
                                    return true;
                                },
                                [server] { return server->start(); }});
        }
        flappers.push_back({QStringLiteral("rtsp"), QStringLiteral("RTSP server killed"),
                            [&rtsp] {
                                rtsp.kill();
                                return true;
                            },
                            [&rtsp, rtspPort] {
                                return rtsp.start({320, 240}, 10, rtspPort);
                            }});
        for (size_t i = 0; i < ws.size(); ++i)
            flappers.push_back({QStringLiteral("ws%1").arg(i), QStringLiteral("WebSocket peer left"),
                                [&ws, i] {
                                    ws[i]->stop();
                                    return true;
                                },
                                [&startWs, i] { return startWs(i); }});
        flappers.push_back({QStringLiteral("switched"), QStringLiteral("switched off via the API"),
                            [this] { return post(QStringLiteral("api/cameras/switched/off")); },
                            [this] { return post(QStringLiteral("api/cameras/switched/on")); }});
        const QStringList ids = states().keys();
        QCOMPARE(ids.size(), 8);

        // Viewers: MJPEG streams and WebSocket pages, a few at a time, each staying a few seconds.
        std::vector<std::unique_ptr<MjpegReader>> streams;
        std::vector<std::unique_ptr<QWebSocket>> pages;
        qint64 viewersServed = 0;
        qint64 picturesSeen = 0;
        QRandomGenerator random(20261122);
        const auto churnViewers = [&] {
            if (!streams.empty())
                streams.erase(streams.begin());
            if (!pages.empty())
                pages.erase(pages.begin());
            while (streams.size() < 4) {
                streams.push_back(std::make_unique<MjpegReader>(m_share.resolved(
                    QUrl(QStringLiteral("cameras/%1/stream.mjpg").arg(ids.at(random.bounded(int(ids.size()))))))));
                streams.back()->setKeep(1);
                connect(streams.back().get(), &MjpegReader::partReceived, this, [&picturesSeen] { ++picturesSeen; });
                streams.back()->start();
                ++viewersServed;
            }
            while (pages.size() < 3) {
                pages.push_back(std::make_unique<QWebSocket>());
                QWebSocket *page = pages.back().get();
                const QString id = ids.at(random.bounded(int(ids.size())));
                connect(page, &QWebSocket::connected, page,
                        [page, id] { page->sendTextMessage(QStringLiteral("{\"subscribe\":[\"%1\"]}").arg(id)); });
                connect(page, &QWebSocket::binaryMessageReceived, this, [&picturesSeen] { ++picturesSeen; });
                QUrl url = m_share.resolved(QUrl(QStringLiteral("ws")));
                url.setScheme(QStringLiteral("ws"));
                page->open(url);
                ++viewersServed;
            }
        };
        const auto dropViewers = [&] {
            streams.clear();
            pages.clear();
        };
        // A quiet moment to compare like with like: no viewers, every camera live, a few seconds to settle.
        const auto quietSample = [&](qint64 atS) -> std::optional<Sample> {
            dropViewers();
            QElapsedTimer waited;
            waited.start();
            while (liveCount() != 8) {
                if (waited.elapsed() > 30000)
                    return std::nullopt;
                QTest::qWait(250);
            }
            QTest::qWait(3000);
            return Sample {atS,
                           ProcessResources::threads(pid),
                           ProcessResources::openFiles(pid),
                           ProcessMemory::residentKiB(pid),
                           0,
                           8};
        };

        QList<Sample> samples;
        std::optional<Sample> warm;
        QElapsedTimer clock;
        clock.start();
        qint64 nextSampleMs = 0;
        qint64 nextChurnMs = 0;
        size_t nextFlapper = 0;
        enum class Phase { Rest, Down, Recovering } phase = Phase::Rest;
        qint64 phaseSinceMs = 0;
        bool sawDown = false;
        int looked = 0; // times the camera list was read while the flapper was down
        constexpr int MinLooks = 3;
        constexpr qint64 DownMs = 4000; // past the stall watchdog (3 s) so even a silent source is noticed
        constexpr qint64 RecoverLimitMs = 25000; // backoff after three failures is 8 s (+jitter), then a connect
        constexpr qint64 RestMs = 2000;

        while (clock.elapsed() < durationS * 1000) {
            QTest::qWait(250);
            const qint64 now = clock.elapsed();
            if (!warm && now >= warmUpS * 1000 && phase == Phase::Rest) {
                warm = quietSample(now / 1000);
                QVERIFY2(warm, "not every camera was live at the warm-up sample");
                qInfo("warm-up sample at %llds: %d threads, %d fds, %lld KiB", warm->atS, warm->threads, warm->fds,
                      warm->rssKiB);
            }
            if (now >= nextChurnMs) {
                churnViewers();
                nextChurnMs = now + 3000;
            }
            if (now >= nextSampleMs) {
                samples.append({now / 1000, ProcessResources::threads(pid), ProcessResources::openFiles(pid),
                                ProcessMemory::residentKiB(pid), int(streams.size() + pages.size()), liveCount()});
                nextSampleMs = now + 10000;
            }
            QVERIFY2(dashboard.process().state() == QProcess::Running, "the dashboard died");

            Flapper &flapper = flappers[nextFlapper % flappers.size()];
            switch (phase) {
            case Phase::Rest:
                if (now - phaseSinceMs >= RestMs) {
                    QVERIFY2(flapper.down(), qPrintable(flapper.kind + QStringLiteral(" could not be done")));
                    ++flapper.flaps;
                    sawDown = false;
                    looked = 0;
                    phase = Phase::Down;
                    phaseSinceMs = now;
                }
                break;
            case Phase::Down:
                // Listed and not live: a list that could not be read shows nothing going down, and the phase
                // lasts until the list was read a few times (a poll can take its whole timeout on a loaded machine).
                if (const QString state = states().value(flapper.cameraId); !state.isEmpty()) {
                    ++looked;
                    sawDown = sawDown || state != u"live";
                }
                if (now - phaseSinceMs >= DownMs && looked < MinLooks && now - phaseSinceMs < RecoverLimitMs)
                    break;
                if (now - phaseSinceMs >= DownMs) {
                    flapper.seenDown += sawDown ? 1 : 0;
                    QVERIFY2(flapper.up(), qPrintable(flapper.kind + QStringLiteral(" did not come back")));
                    phase = Phase::Recovering;
                    phaseSinceMs = clock.elapsed();
                }
                break;
            case Phase::Recovering:
                if (states().value(flapper.cameraId) == u"live") {
                    const qint64 took = now - phaseSinceMs;
                    ++flapper.recovered;
                    flapper.worstMs = qMax(flapper.worstMs, took);
                    flapper.totalMs += took;
                    phase = Phase::Rest;
                    phaseSinceMs = now;
                    ++nextFlapper;
                } else if (now - phaseSinceMs > RecoverLimitMs) {
                    QFAIL(qPrintable(QStringLiteral("%1 (%2) not live %3 s after its source returned")
                                         .arg(flapper.cameraId, flapper.kind)
                                         .arg(RecoverLimitMs / 1000)));
                }
                break;
            }
        }
        // Let the flap in progress finish, then the final quiet sample.
        if (phase != Phase::Rest) {
            Flapper &flapper = flappers[nextFlapper % flappers.size()];
            if (phase == Phase::Down) {
                flapper.seenDown += sawDown ? 1 : 0;
                QVERIFY(flapper.up());
                phaseSinceMs = clock.elapsed();
            }
            QTRY_VERIFY_WITH_TIMEOUT(states().value(flapper.cameraId) == u"live", RecoverLimitMs);
            const qint64 took = clock.elapsed() - phaseSinceMs;
            ++flapper.recovered;
            flapper.worstMs = qMax(flapper.worstMs, took);
            flapper.totalMs += took;
        }
        QVERIFY(warm);
        const std::optional<Sample> quiet = quietSample(clock.elapsed() / 1000);
        QVERIFY2(quiet, "not every camera was live at the end");
        const Sample last = *quiet;
        samples.append(last);

        qInfo("soak of %llds: %lld viewers served, %lld pictures seen by them", durationS, viewersServed, picturesSeen);
        qInfo("%6s %8s %6s %10s %8s %5s", "t (s)", "threads", "fds", "RSS (KiB)", "viewers", "live");
        for (const Sample &sample : std::as_const(samples))
            qInfo("%6lld %8d %6d %10lld %8d %5d", sample.atS, sample.threads, sample.fds, sample.rssKiB, sample.viewers,
                  sample.live);
        qInfo("%-10s %-28s %6s %6s %10s %10s %10s", "camera", "flap", "flaps", "down", "recovered", "mean (ms)",
              "worst (ms)");
        int totalFlaps = 0;
        for (const Flapper &flapper : flappers) {
            qInfo("%-10s %-28s %6d %6d %10d %10lld %10lld", qPrintable(flapper.cameraId), qPrintable(flapper.kind),
                  flapper.flaps, flapper.seenDown, flapper.recovered,
                  flapper.recovered ? flapper.totalMs / flapper.recovered : 0, flapper.worstMs);
            totalFlaps += flapper.flaps;
        }
        qInfo("after warm-up (%llds -> %llds): threads %d -> %d, fds %d -> %d, RSS %lld -> %lld KiB (%+lld)", warm->atS,
              last.atS, warm->threads, last.threads, warm->fds, last.fds, warm->rssKiB, last.rssKiB,
              last.rssKiB - warm->rssKiB);

        for (const Flapper &flapper : flappers) {
            QCOMPARE(flapper.recovered, flapper.flaps);
            // Each failure was seen by the dashboard, or the flap tested nothing.
            QVERIFY2(flapper.seenDown == flapper.flaps, qPrintable(flapper.cameraId));
        }
        // Each round of flaps takes about a minute; a shorter run (while developing) proves less, and says so.
        if (durationS >= 120)
            QVERIFY2(totalFlaps >= int(flappers.size()), "too short a run to flap every source once");
        else if (totalFlaps < int(flappers.size()))
            qWarning("only %d flaps in %llds: run longer to flap every source", totalFlaps, durationS);
        // Same cameras, all live, no viewers: the same threads (one worker per camera, the share server's, Qt's).
        QCOMPARE(last.threads, warm->threads);
        // A leak of one descriptor per flap or per viewer would show as dozens (64 flaps, 400 viewers in ten
        // minutes); a few may be in flight (a closing socket) at the moment of sampling. Measured: 31 -> 31.
        QVERIFY2(qAbs(last.fds - warm->fds) <= 4, qPrintable(QStringLiteral("%1 -> %2").arg(warm->fds).arg(last.fds)));
        // Measured here: +672 KiB over eight minutes after warm-up (allocator pages settling, growth slowing); a
        // leaked frame per flap or per viewer (tens of KiB, hundreds of them) would pass 8 MiB well within ten.
        const qint64 rssGrowthKiB = last.rssKiB - warm->rssKiB;
        QVERIFY2(rssGrowthKiB < 8 * 1024, qPrintable(QString::number(rssGrowthKiB)));

        QVERIFY(dashboard.stop(SIGTERM) >= 0);
        QCOMPARE(dashboard.process().exitCode(), 0);
    }
};

// Qt Test stops any test function after 5 minutes unless QTEST_FUNCTION_TIMEOUT says otherwise; it reads it once,
// before the first function, so it is set here from the run's length (plus time to set up and wind down).
int main(int argc, char *argv[])
{
    const qint64 seconds
        = qEnvironmentVariableIsSet("CCTV_SOAK_SECONDS") ? qEnvironmentVariableIntValue("CCTV_SOAK_SECONDS") : 600;
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number((seconds + 300) * 1000));
    QCoreApplication app(argc, argv);
    tst_Soak test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_soak.moc"
