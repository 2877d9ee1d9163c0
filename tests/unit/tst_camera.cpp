#include "camera/camera.h"
#include "camera/camerafeed.h"
#include "camera/cameraregistry.h"
#include "camera/streamchannel.h"
#include "media/framemailbox.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono;

namespace {
CameraConfig pattern(const QString &query = QStringLiteral("size=320x240&fps=25"))
{
    CameraConfig config;
    config.id = QStringLiteral("cam");
    config.name = QStringLiteral("Cam");
    config.url = QUrl(QStringLiteral("test:pattern?") + query);
    return config;
}
} // namespace

class tst_Camera : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goesLiveWithinOneSecond()
    {
        QElapsedTimer clock;
        clock.start();
        Camera camera(pattern());
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 1000);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(camera.feed()->status().size, QSize(320, 240));
    }

    void stopsWithinOneSecondAndDeliversNothingAfter()
    {
        Camera camera(pattern());
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 1000);
        QElapsedTimer clock;
        clock.start();
        camera.setEnabled(false);
        QCOMPARE(camera.state(), CameraState::Stopped);
        QTest::qWait(200); // let a frame already in flight land
        const quint64 framesAtStop = camera.feed()->status().frames;
        QTest::qWait(500);
        QCOMPARE(camera.feed()->status().frames, framesAtStop);
        QVERIFY(clock.elapsed() < 1000);

        camera.setEnabled(true);
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Live, 1000);
    }

    void destroyingALiveCameraTakesLessThanASecond()
    {
        auto camera = std::make_unique<Camera>(pattern());
        QTRY_COMPARE_WITH_TIMEOUT(camera->state(), CameraState::Live, 1000);
        QElapsedTimer clock;
        clock.start();
        camera.reset();
        QVERIFY(clock.elapsed() < 1000);
    }

    void measuresTheFrameRate()
    {
        Camera camera(pattern(QStringLiteral("size=320x240&fps=20")));
        QTRY_VERIFY_WITH_TIMEOUT(camera.feed()->status().fps > 0, 3000);
        const double fps = camera.feed()->status().fps;
        QVERIFY2(fps > 17 && fps < 23, qPrintable(QString::number(fps)));
        QVERIFY(camera.feed()->status().frameAgeMs < 200);
    }

    void preparesTheDisplayImageOnTheWorker()
    {
        Camera camera(pattern(QStringLiteral("size=1280x720&fps=25")));
        camera.feed()->display().set({320, 180});
        FrameMailbox box;
        QSignalSpy available(&box, &FrameMailbox::frameAvailable);
        camera.feed()->frames().attach(&box);
        QVERIFY(available.wait(2000));
        const Frame frame = box.take();
        // Ready before any reader asked: the GUI thread only fetches it.
        QCOMPARE(frame.preparedDisplayImage().size(), QSize(320, 180));
        camera.feed()->frames().detach(&box);
    }

    void anUnknownSchemeIsAnErrorInWords()
    {
        CameraConfig config = pattern();
        config.url = QUrl(QStringLiteral("gopher://example/cam"));
        Camera camera(config);
        QCOMPARE(camera.state(), CameraState::Error);
        QVERIFY2(camera.errorText().contains(QStringLiteral("gopher")), qPrintable(camera.errorText()));
        QCOMPARE(camera.feed()->status().error, camera.errorText());
    }

    void aCameraSwitchedOffAtStartOpensNothing()
    {
        CameraConfig config = pattern();
        config.enabled = false;
        Camera camera(config);
        QTest::qWait(300);
        QCOMPARE(camera.state(), CameraState::Stopped);
        QCOMPARE(camera.feed()->status().frames, 0u);
    }

    // Edited to add a sub stream and nothing else: the camera runs it (the edit is not lost because the main
    // address stayed the same), and its main stream closes, nobody reading it.
    void anEditThatAddsOnlyASubStreamTakesEffect()
    {
        CameraRegistry registry;
        CameraConfig config = pattern(QStringLiteral("size=640x360&fps=25"));
        registry.add(config);
        QTRY_COMPARE(registry.find(config.id)->state(), CameraState::Live);
        config.subUrl = QUrl(QStringLiteral("test:pattern?size=320x180&fps=25"));
        Camera *edited = registry.replace(config.id, config);
        QVERIFY(edited);
        QCOMPARE(edited->config().subUrl, config.subUrl);
        QCOMPARE(registry.savedConfigs().constFirst().subUrl, config.subUrl);
        QTRY_COMPARE(edited->feed()->streamState(CameraStream::Sub), CameraState::Live);
        QTRY_COMPARE(edited->feed()->streamSize(CameraStream::Sub), QSize(320, 180));
        QCOMPARE(edited->feed()->streamState(CameraStream::Main), CameraState::Stopped);
        QCOMPARE(edited->state(), CameraState::Live);
    }

    void backoffGrowsToThirtySeconds()
    {
        QCOMPARE(StreamChannel::backoffDelay(0), milliseconds(1000));
        QCOMPARE(StreamChannel::backoffDelay(1), milliseconds(2000));
        QCOMPARE(StreamChannel::backoffDelay(4), milliseconds(16000));
        QCOMPARE(StreamChannel::backoffDelay(5), milliseconds(30000));
        QCOMPARE(StreamChannel::backoffDelay(50), milliseconds(30000));
    }
};

QTEST_GUILESS_MAIN(tst_Camera)
#include "tst_camera.moc"
