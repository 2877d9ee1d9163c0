// A camera's lifecycle decided on a manual clock (tests/support/manualclock.h) with a source the test drives
// (tests/support/fakesource.h): going live, backoff with jitter, stalls, connection time-outs, "retry now",
// errors no retry can fix, switching off. No sleeping: each step takes milliseconds.

#include "camera/camera.h"
#include "camera/camerastats.h"
#include "fakesource.h"
#include "manualclock.h"

#include <QTest>

using namespace std::chrono;
using namespace Qt::StringLiterals;

namespace {
CameraConfig someCamera()
{
    CameraConfig config;
    config.id = u"gate"_s;
    config.name = u"Gate"_s;
    config.url = QUrl(u"rtsp://192.0.2.1/live"_s); // only FakeSources reads it
    return config;
}
} // namespace

class tst_CameraLifecycle : public QObject
{
    Q_OBJECT

private:
    // A live camera on `clock`, its source opened once.
    static std::unique_ptr<Camera> liveCamera(FakeSources &sources, ManualClock &clock, double nominalFps = 25)
    {
        auto camera = std::make_unique<Camera>(someCamera(), sources, clock);
        if (!QTest::qWaitFor([&] { return sources.opens() == 1; }, 2000))
            return nullptr;
        sources.describe({u"h264"_s, QSize(64, 36), nominalFps});
        sources.deliver(clock.now());
        clock.advance(10ms);
        return camera->state() == CameraState::Live ? std::move(camera) : nullptr;
    }

    // `times` failures, each waited out until the camera retries.
    static void failAndRetry(FakeSources &sources, ManualClock &clock, const Camera &camera, int times)
    {
        for (int i = 0; i < times; ++i) {
            sources.fail(SourceError::Unreachable);
            clock.advance(*camera.retryTime() - clock.now());
        }
    }

private Q_SLOTS:
    void goesLiveOnTheFirstPicture()
    {
        FakeSources sources;
        ManualClock clock;
        Camera camera(someCamera(), sources, clock);
        QCOMPARE(camera.state(), CameraState::Connecting);
        QTRY_COMPARE(sources.opens(), 1);
        clock.advance(5s);
        QCOMPARE(camera.state(), CameraState::Connecting); // no picture yet
        sources.deliver(clock.now());
        clock.advance(1ms);
        QCOMPARE(camera.state(), CameraState::Live);
        QCOMPARE(camera.feed()->status().frames, quint64(1));
    }

    void reconnectsWithGrowingJitteredBackoff()
    {
        FakeSources sources;
        ManualClock clock;
        const auto camera = liveCamera(sources, clock);
        QVERIFY(camera);
        const seconds steps[] = {1s, 2s, 4s, 8s, 16s, 30s, 30s};
        for (int attempt = 0; attempt < int(std::size(steps)); ++attempt) {
            const int opens = sources.opens();
            sources.fail(SourceError::Unreachable, u"connection refused"_s);
            QCOMPARE(camera->state(), CameraState::Reconnecting);
            QCOMPARE(camera->errorText(), u"camera unreachable: connection refused"_s);
            QVERIFY(camera->retryTime());
            const auto wait = *camera->retryTime() - clock.now();
            QVERIFY2(wait >= steps[attempt] * 0.8 && wait <= steps[attempt] * 1.2,
                     qPrintable(u"attempt %1: %2 ms"_s.arg(attempt).arg(duration_cast<milliseconds>(wait).count())));
            clock.advance(wait - 1ms);
            QVERIFY(camera->retryTime()); // not yet
            QCOMPARE(sources.opens(), opens);
            clock.advance(1ms);
            QVERIFY(!camera->retryTime());
            QTRY_COMPARE(sources.opens(), opens + 1);
        }
        QCOMPARE(camera->feed()->status().reconnects, quint64(std::size(steps)));
    }

    // A camera locks an account after a few failed logins: a refused password is tried again after minutes.
    void aRefusedPasswordIsRetriedRarely()
    {
        FakeSources sources;
        ManualClock clock;
        const auto camera = liveCamera(sources, clock);
        QVERIFY(camera);
        const minutes steps[] = {2min, 5min, 15min, 30min, 30min};
        for (int attempt = 0; attempt < int(std::size(steps)); ++attempt) {
            sources.fail(SourceError::AuthenticationFailed, u"401 Unauthorized"_s);
            QVERIFY2(camera->errorText().startsWith(u"authentication failed: 401 Unauthorized (next try in "_s),
                     qPrintable(camera->errorText()));
            QVERIFY(camera->errorText().contains(u"in %1 min"_s.arg(steps[attempt].count())));
            const auto wait = *camera->retryTime() - clock.now();
            QVERIFY(wait >= steps[attempt] * 0.8 && wait <= steps[attempt] * 1.2);
            const int opens = sources.opens();
            clock.advance(wait);
            QTRY_COMPARE(sources.opens(), opens + 1);
        }
        // Six tries in 82 minutes, where the backoff for an unreachable camera would have made about 160.
        QCOMPARE(sources.opens(), 6);
    }

    // Only the user can fix a refused password: the window is told so (it offers Edit), until a picture comes.
    // A camera that is merely unreachable needs nobody.
    void aRefusedPasswordNeedsTheUserUntilAPictureComes()
    {
        FakeSources sources;
        ManualClock clock;
        const auto camera = liveCamera(sources, clock);
        QVERIFY(camera);
        QVERIFY(!camera->needsUser());
        sources.fail(SourceError::Unreachable, u"connection refused"_s);
        QVERIFY(!camera->needsUser());
        clock.advance(*camera->retryTime() - clock.now());
        sources.fail(SourceError::AuthenticationFailed, u"401 Unauthorized"_s);
        QVERIFY(camera->needsUser());
        clock.advance(*camera->retryTime() - clock.now());
        QTRY_COMPARE(sources.opens(), 3);
        sources.deliver(clock.now());
        clock.advance(1ms);
        QCOMPARE(camera->state(), CameraState::Live);
        QVERIFY(!camera->needsUser());
        sources.fail(SourceError::UnsupportedFormat, u"not a video"_s);
        QCOMPARE(camera->state(), CameraState::Error);
        QVERIFY(camera->needsUser());
    }

    void aPictureResetsTheBackoff()
    {
        FakeSources sources;
        ManualClock clock;
        const auto camera = liveCamera(sources, clock);
        QVERIFY(camera);
        failAndRetry(sources, clock, *camera, 3);
        sources.deliver(clock.now());
        clock.advance(1ms);
        QCOMPARE(camera->state(), CameraState::Live);
        sources.fail(SourceError::StreamEnded);
        QVERIFY(*camera->retryTime() - clock.now() <= 1200ms);
    }

    void aSilentStreamIsStalledAfterTenFramesOrThreeSeconds_data()
    {
        QTest::addColumn<double>("nominalFps");
        QTest::addColumn<int>("stallMs");
        QTest::newRow("25 fps: three seconds") << 25.0 << 3000;
        QTest::newRow("1 fps: ten frames") << 1.0 << 10000;
    }
    void aSilentStreamIsStalledAfterTenFramesOrThreeSeconds()
    {
        QFETCH(double, nominalFps);
        QFETCH(int, stallMs);
        FakeSources sources;
        ManualClock clock;
        const auto camera = liveCamera(sources, clock, nominalFps);
        QVERIFY(camera);
        const auto lastPicture = clock.now() - 10ms; // liveCamera moved the clock on after it
        clock.advance(milliseconds(stallMs) - 10ms);
        QCOMPARE(camera->state(), CameraState::Live);
        clock.advance(1ms);
        QCOMPARE(camera->state(), CameraState::Reconnecting);
        QVERIFY2(camera->errorText().contains(u"stalled"_s), qPrintable(camera->errorText()));
        QCOMPARE(clock.now() - lastPicture, milliseconds(stallMs) + 1ms);
        QTRY_COMPARE(sources.closes(), 1); // the silent connection is dropped
    }

    void aConnectionThatNeverAnswersTimesOutAfterFifteenSeconds()
    {
        FakeSources sources;
        ManualClock clock;
        Camera camera(someCamera(), sources, clock);
        QTRY_COMPARE(sources.opens(), 1);
        clock.advance(15s);
        QCOMPARE(camera.state(), CameraState::Connecting);
        clock.advance(1ms);
        QCOMPARE(camera.state(), CameraState::Reconnecting);
        QVERIFY2(camera.errorText().contains(u"timed out"_s), qPrintable(camera.errorText()));
    }

    void retryNowSkipsTheWait()
    {
        FakeSources sources;
        ManualClock clock;
        const auto camera = liveCamera(sources, clock);
        QVERIFY(camera);
        failAndRetry(sources, clock, *camera, 4);
        QTRY_COMPARE(sources.opens(), 5);
        sources.fail(SourceError::Unreachable); // next wait: about 16 s
        QVERIFY(*camera->retryTime() - clock.now() > 12s);
        camera->retryNow();
        QVERIFY(!camera->retryTime());
        QTRY_COMPARE(sources.opens(), 6);
        QCOMPARE(camera->state(), CameraState::Reconnecting);
    }

    void aFailureNoRetryCanFixStaysAnError()
    {
        FakeSources sources;
        ManualClock clock;
        const auto camera = liveCamera(sources, clock);
        QVERIFY(camera);
        sources.fail(SourceError::UnsupportedFormat, u"no video stream"_s);
        QCOMPARE(camera->state(), CameraState::Error);
        QVERIFY(!camera->retryTime());
        clock.advance(10min);
        QCOMPARE(camera->state(), CameraState::Error);
        QCOMPARE(sources.opens(), 1);
    }

    // Every rate is one RateWindow: pictures in, bits in, decoding time, pictures out.
    void ratesAreMeasuredOverWindowsAndFallToZeroInSilence()
    {
        ManualClock clock;
        CameraStats stats(clock);
        QImage picture(64, 36, QImage::Format_RGB32);
        stats.addViewer();
        for (int i = 0; i <= 75; ++i) { // 3 s at 25 fps, 10 kB and 4 ms of decoding each
            Frame frame = Frame::fromImage(picture, quint64(i), clock.now());
            frame.setInputCost(10'000, 4ms);
            stats.countFrame(frame, 1ms);
            if (i % 2 == 0)
                stats.countSent(); // a viewer at half the rate
            clock.advance(40ms);
        }
        CameraStatus status;
        stats.fill(status);
        QCOMPARE(status.frames, quint64(76));
        QCOMPARE(qRound(status.fps), 25);
        QCOMPARE(status.bitrate, qint64(25 * 10'000 * 8));
        QCOMPARE(status.decodeMs, 5.0);
        QCOMPARE(qRound(status.fpsOut), 13);
        clock.advance(2001ms);
        stats.fill(status);
        QCOMPARE(status.fps, 0.0);
        QCOMPARE(status.bitrate, qint64(0));
        QCOMPARE(status.fpsOut, 0.0);
        stats.removeViewer();
        stats.fill(status);
        QCOMPARE(status.viewers, 0);
    }

    void aCameraSwitchedOffIgnoresALateFailure()
    {
        FakeSources sources;
        ManualClock clock;
        const auto camera = liveCamera(sources, clock);
        QVERIFY(camera);
        camera->setEnabled(false);
        QCOMPARE(camera->state(), CameraState::Stopped);
        QTRY_COMPARE(sources.closes(), 1);
        sources.fail(SourceError::Unreachable); // from the connection being closed
        QCOMPARE(camera->state(), CameraState::Stopped);
        QVERIFY(!camera->retryTime());
        clock.advance(1min);
        QCOMPARE(sources.opens(), 1);
        QVERIFY(!camera->config().enabled);

        camera->setEnabled(true);
        QCOMPARE(camera->state(), CameraState::Connecting);
        QTRY_COMPARE(sources.opens(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_CameraLifecycle)
#include "tst_cameralifecycle.moc"
