// A camera with a main and a sub stream in a tile, as a user sees it (offscreen window): a small tile shows the sub
// stream, a large one the main stream, the move never leaves the tile without a picture, resizing to and fro within
// the dwell changes nothing, and a main stream that does not work leaves the sub stream in place with the reason.
// Both streams come from the real RTSP test server (its `h264` mount and its half-size `sub` mount).

#include "camera/camera.h"
#include "camera/camerafeed.h"
#include "camera/cameraregistry.h"
#include "dialogs/cameradialog.h"
#include "dialogs/camerafinder.h"
#include "mainwindow.h"
#include "manualclock.h"
#include "onvifsimulatorprocess.h"
#include "rtspserverprocess.h"
#include "testcameras.h"
#include "widgets/cameragrid.h"
#include "widgets/cameratile.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

namespace {

const QSize MainSize {1280, 720};
const QSize SubSize {640, 360}; // the server's sub mount: half the main size
const QSize Small {400, 225}; // a tile of a 4x4 grid on a 1600x900 screen
const QSize Large {1280, 720}; // maximized

// The tile alone in a window of its own, at `size`.
struct TileWindow
{
    explicit TileWindow(Camera *camera)
        : tile(new CameraTile(camera, &window))
    {
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(tile);
    }
    void resize(QSize size)
    {
        window.resize(size);
        QCoreApplication::processEvents();
    }
    // Shown at `size`; true once the tile has its first picture.
    bool showAt(QSize size);
    QWidget window;
    CameraTile *tile;
};

// Whether the tile shows a picture of a camera now (not the empty tile's dark grey): its centre, as painted.
bool showsAPicture(CameraTile *tile)
{
    if (!tile->hasPicture())
        return false;
    const QImage painted = tile->grab().toImage();
    return painted.pixelColor(painted.rect().center()) != QColor(0x10, 0x10, 0x10);
}

bool TileWindow::showAt(QSize size)
{
    resize(size);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    QElapsedTimer clock;
    clock.start();
    while (!showsAPicture(tile) && clock.elapsed() < 15000)
        QTest::qWait(20);
    return showsAPicture(tile);
}

// The visible line edit of `dialog` with this accessible name, as a screen reader finds it.
QLineEdit *field(QWidget &dialog, const QString &accessibleName)
{
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == accessibleName && edit->isVisibleTo(&dialog))
            return edit;
    }
    return nullptr;
}

} // namespace

class tst_TileStreams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = RtspServerProcess::unavailableReason();
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        QVERIFY2(m_rtsp.start(MainSize, 25), qPrintable(m_rtsp.errorString()));
    }

    void aSmallTileShowsTheSubStreamAndALargeOneTheMainStreamWithoutAGap()
    {
        Camera camera(twoStreams(m_rtsp.url(QStringLiteral("h264"))));
        TileWindow view(&camera);
        QVERIFY(view.showAt(Small));
        QCOMPARE(view.tile->shownStream(), CameraStream::Sub);
        QTRY_VERIFY(view.tile->overlayParts().statsText.contains(QStringLiteral("sub stream")));
        QVERIFY(view.tile->overlayParts().statsText.contains(QStringLiteral("640×360")));
        // Nobody needs the main stream: it is not even opened. The server agrees: one client plays the sub
        // mount, none the main one.
        QCOMPARE(camera.feed()->streamState(CameraStream::Main), CameraState::Stopped);
        QCOMPARE(camera.feed()->status(CameraStream::Main).frames, quint64(0));
        QCOMPARE(camera.state(), CameraState::Live);
        QTRY_COMPARE(m_rtsp.playing(QStringLiteral("sub")), 1);
        QCOMPARE(m_rtsp.playing(QStringLiteral("h264")), 0);
        // The details say so, stream by stream.
        QTRY_VERIFY(view.tile->toolTip().contains(QStringLiteral("Sub stream: H.264 640×360  ·  25")));
        QVERIFY2(view.tile->toolTip().contains(QStringLiteral("Main stream: closed while nobody needs it")),
                 qPrintable(view.tile->toolTip()));

        // Maximized: the main stream is taken once it has a picture, and until then the sub stream's stays.
        view.resize(Large);
        QElapsedTimer sinceResize;
        sinceResize.start();
        int looks = 0;
        while (view.tile->shownStream() != CameraStream::Main && sinceResize.elapsed() < 15000) {
            QVERIFY2(showsAPicture(view.tile),
                     qPrintable(QStringLiteral("no picture %1 ms after the resize").arg(sinceResize.elapsed())));
            ++looks;
            QTest::qWait(20);
        }
        QCOMPARE(view.tile->shownStream(), CameraStream::Main);
        qInfo("on the main stream %lld ms after the resize; %d looks at the tile on the way, each with a picture",
              sinceResize.elapsed(), looks);
        QVERIFY(looks > 10); // the dwell alone is 700 ms: the move was watched, not jumped over
        QTRY_VERIFY(view.tile->overlayParts().statsText.contains(QStringLiteral("main stream")));
        QVERIFY(view.tile->overlayParts().statsText.contains(QStringLiteral("1280×720")));
        QVERIFY(view.tile->overlayParts().noticeText.isEmpty());
        QTRY_COMPARE(m_rtsp.playing(QStringLiteral("h264")), 1);
        QTRY_VERIFY(view.tile->toolTip().contains(QStringLiteral("Main stream: H.264 1280×720  ·  ")));
        QVERIFY(view.tile->toolTip().contains(QStringLiteral("Sub stream: H.264 640×360")));

        // Restored: back to the sub stream, again without a gap.
        view.resize(Small);
        sinceResize.restart();
        while (view.tile->shownStream() != CameraStream::Sub && sinceResize.elapsed() < 15000) {
            QVERIFY(showsAPicture(view.tile));
            QTest::qWait(20);
        }
        QCOMPARE(view.tile->shownStream(), CameraStream::Sub);
        QVERIFY(showsAPicture(view.tile));
        // The main stream is let go a few seconds later (a tile coming straight back finds it open), its
        // connection closed: no more of its pictures arrive.
        QCOMPARE(camera.feed()->streamState(CameraStream::Main), CameraState::Live);
        QTRY_COMPARE_WITH_TIMEOUT(camera.feed()->streamState(CameraStream::Main), CameraState::Stopped, 8000);
        QTest::qWait(200);
        const quint64 mainFrames = camera.feed()->status(CameraStream::Main).frames;
        QTest::qWait(500);
        QCOMPARE(camera.feed()->status(CameraStream::Main).frames, mainFrames);
        QCOMPARE(camera.state(), CameraState::Live);
        QVERIFY(showsAPicture(view.tile));
        QTRY_COMPARE(m_rtsp.playing(QStringLiteral("h264")), 0);
        QCOMPARE(m_rtsp.playing(QStringLiteral("sub")), 1);
    }

    // A window's edge dragged across the threshold and back within the dwell: the tile stays where it was.
    void resizingToAndFroWithinTheDwellChangesNothing()
    {
        Camera camera(twoStreams(m_rtsp.url(QStringLiteral("h264"))));
        TileWindow view(&camera);
        QVERIFY(view.showAt(Small));

        for (int i = 0; i < 4; ++i) {
            view.resize(Large);
            QTest::qWait(150);
            view.resize(Small);
            QTest::qWait(150);
            QCOMPARE(view.tile->wantedStream(), CameraStream::Sub);
        }
        QTest::qWait(1000);
        QCOMPARE(view.tile->shownStream(), CameraStream::Sub);
        QCOMPARE(view.tile->wantedStream(), CameraStream::Sub);
        // Not even a connection to the main stream was made for it.
        QCOMPARE(m_rtsp.playing(QStringLiteral("h264")), 0);
        QCOMPARE(camera.feed()->status(CameraStream::Main).frames, quint64(0));
    }

    void aMainStreamThatDoesNotWorkLeavesTheSubStreamWithTheReason()
    {
        const quint16 dead = TestCameras::unusedPort();
        Camera camera(twoStreams(QUrl(QStringLiteral("rtsp://127.0.0.1:%1/main").arg(dead))));
        TileWindow view(&camera);
        QVERIFY(view.showAt(Large));
        QTRY_COMPARE(camera.state(), CameraState::Live); // its sub stream is
        QTRY_VERIFY_WITH_TIMEOUT(view.tile->overlayParts().noticeText.startsWith(QStringLiteral("HD unavailable: ")),
                                 15000);
        QCOMPARE(view.tile->shownStream(), CameraStream::Sub);
        qInfo("%s", qPrintable(view.tile->overlayParts().noticeText));
    }

    // The tile's menu fixes the stream, at once and for good (saved with the camera); Automatic goes back to sizes.
    void theMenuFixesTheStreamWhateverTheSize()
    {
        Camera camera(twoStreams(m_rtsp.url(QStringLiteral("h264"))));
        TileWindow view(&camera);
        QVERIFY(view.showAt(Small));
        QCOMPARE(view.tile->shownStream(), CameraStream::Sub);

        auto *alwaysMain = view.tile->findChild<QAction *>(QStringLiteral("liveStreamMain"));
        QVERIFY(alwaysMain && alwaysMain->isEnabled());
        alwaysMain->trigger();
        QCOMPARE(camera.config().liveStream, StreamChoice::Mode::AlwaysMain);
        QCOMPARE(view.tile->wantedStream(), CameraStream::Main); // no dwell: the user asked
        QTRY_COMPARE_WITH_TIMEOUT(view.tile->shownStream(), CameraStream::Main, 10000);
        QVERIFY(showsAPicture(view.tile));
        QTest::qWait(1000);
        QCOMPARE(view.tile->shownStream(), CameraStream::Main); // small as it is

        view.tile->findChild<QAction *>(QStringLiteral("liveStreamAuto"))->trigger();
        QCOMPARE(camera.config().liveStream, StreamChoice::Mode::Automatic);
        QTRY_COMPARE(view.tile->shownStream(), CameraStream::Sub);
        QVERIFY(showsAPicture(view.tile));
    }

    // A camera with one stream: what every tile did before sub streams, whatever its size.
    void aCameraWithOneStreamShowsItAtEverySize()
    {
        Camera camera(CameraConfig::named(QStringLiteral("Gate"), m_rtsp.url(QStringLiteral("h264"))));
        TileWindow view(&camera);
        QVERIFY(!view.tile->findChild<QAction *>(QStringLiteral("liveStream"))->isEnabled());
        QVERIFY(view.showAt(Small));
        QCOMPARE(view.tile->shownStream(), CameraStream::Main);
        QTRY_VERIFY(view.tile->overlayParts().statsText.contains(QStringLiteral("1280×720")));
        QVERIFY(!view.tile->overlayParts().statsText.contains(QStringLiteral("stream")));
        view.resize(Large);
        QTest::qWait(1000);
        QCOMPARE(view.tile->shownStream(), CameraStream::Main);
        QVERIFY(showsAPicture(view.tile));
    }

    // In the window, as a person uses it: a double-click maximizes a tile of the 2×2 grid. A maximize is not a
    // dragged edge: the tile asks for its main stream at once, without the dwell, and shows a picture at every look
    // until the main stream's first arrives; a second double-click goes back to the sub stream at once.
    void aDoubleClickedTileAsksForItsMainStreamAtOnce()
    {
        CameraRegistry registry;
        for (const char *name : {"North", "East", "South", "West"}) {
            CameraConfig config = twoStreams(m_rtsp.url(QStringLiteral("h264")));
            config.name = QLatin1String(name);
            config.id = config.name.toLower();
            Camera *added = registry.add(config, CameraRegistry::Lifetime::ThisRunOnly);
            // The first one live before the others connect: they join the server's prepared media (the GStreamer
            // test server can fail when several clients prepare one at the same moment).
            QTRY_COMPARE_WITH_TIMEOUT(added->state(), CameraState::Live, 15000);
        }
        MainWindow window(&registry);
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<CameraTile *> tiles = window.grid()->tiles();
        QCOMPARE(tiles.size(), 4);
        for (CameraTile *tile : tiles) {
            QTRY_VERIFY_WITH_TIMEOUT(showsAPicture(tile), 15000);
            QCOMPARE(tile->shownStream(), CameraStream::Sub);
        }
        QTRY_COMPARE(m_rtsp.playing(QStringLiteral("sub")), 4);
        QCOMPARE(m_rtsp.playing(QStringLiteral("h264")), 0);
        // The first tile's clock stands still from here: a dwell would never end, so a change is the at-once kind.
        ManualClock frozen;
        tiles[0]->setClock(frozen);
        QTest::qWait(600); // a look at the streams (every 500 ms) takes the first choice with that clock
        QCOMPARE(tiles[0]->wantedStream(), CameraStream::Sub);

        QElapsedTimer clock;
        clock.start();
        QTest::mouseDClick(tiles[0], Qt::LeftButton);
        QCOMPARE(window.grid()->maximized(), tiles[0]);
        QTRY_COMPARE(tiles[0]->wantedStream(), CameraStream::Main); // with no dwell
        int looks = 0;
        while (tiles[0]->shownStream() != CameraStream::Main && clock.elapsed() < 15000) {
            QVERIFY2(showsAPicture(tiles[0]),
                     qPrintable(QStringLiteral("no picture %1 ms after the double-click").arg(clock.elapsed())));
            ++looks;
            QTest::qWait(20);
        }
        QCOMPARE(tiles[0]->shownStream(), CameraStream::Main);
        qInfo("maximized: on the main stream %lld ms after the double-click, %d looks on the way, each with a picture",
              clock.elapsed(), looks);
        QTRY_COMPARE(m_rtsp.playing(QStringLiteral("h264")), 1);

        QTest::mouseDClick(tiles[0], Qt::LeftButton);
        QCOMPARE(window.grid()->maximized(), nullptr);
        QTRY_COMPARE(tiles[0]->shownStream(), CameraStream::Sub);
        QVERIFY(showsAPicture(tiles[0]));
        QTRY_COMPARE_WITH_TIMEOUT(m_rtsp.playing(QStringLiteral("h264")), 0, 8000);
    }

    // The whole path of a camera found on the network, as a person takes it: Add camera, Find cameras, ask the
    // camera's address, choose it, type its user name and password, OK. Both its addresses are filled from ONVIF
    // (the simulator's two profiles point at the RTSP server's authenticated mounts), the connection is tested,
    // and the tile plays the sub stream while small and the main stream once the window is large.
    void aCameraFoundOnTheNetworkIsAddedWithBothStreams()
    {
        OnvifSimulatorProcess onvif;
        QVERIFY2(onvif.start({QStringLiteral("--name"), QStringLiteral("Bike shed"), QStringLiteral("--model"),
                              QStringLiteral("SimCam 1080"), QStringLiteral("--main-uri"),
                              m_rtsp.url(QStringLiteral("secure")).toString(), QStringLiteral("--sub-uri"),
                              m_rtsp.url(QStringLiteral("securesub")).toString(), QStringLiteral("--user"),
                              QString::fromLatin1(RtspServerProcess::User), QStringLiteral("--password"),
                              QString::fromLatin1(RtspServerProcess::Password)}),
                 qPrintable(onvif.errorString()));
        CameraRegistry registry;
        MainWindow window(&registry);
        window.resize(640, 400); // one tile, smaller than the sub stream's 640x360 pictures
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        window.findChild<QAction *>(QStringLiteral("addCamera"))->trigger();
        CameraDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<CameraDialog *>()));
        dialog->findCameras();
        CameraFinder *finder = nullptr;
        QTRY_VERIFY((finder = dialog->findChild<CameraFinder *>()));
        QSignalSpy searched(finder, &CameraFinder::searchFinished);
        QLineEdit *ask = field(*finder, QStringLiteral("Camera to ask"));
        QVERIFY(ask);
        QTest::keyClicks(ask, QStringLiteral("127.0.0.1:%1").arg(onvif.discoveryPort()));
        QTest::keyClick(ask, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty(), 10000);
        auto *list = finder->findChild<QListWidget *>();
        const QList<QListWidgetItem *> found = list->findItems(QStringLiteral("Bike shed"), Qt::MatchStartsWith);
        QCOMPARE(found.size(), 1);
        list->setCurrentItem(found.first());
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(!dialog->findChild<CameraFinder *>() || !dialog->findChild<CameraFinder *>()->isVisible());

        const QString device = QStringLiteral("onvif://127.0.0.1:%1").arg(onvif.httpPort());
        QCOMPARE(field(*dialog, QStringLiteral("Sub stream address"))->text(), device + QStringLiteral("?stream=sub"));
        QTest::keyClicks(field(*dialog, QStringLiteral("User name")), QString::fromLatin1(RtspServerProcess::User));
        QTest::keyClicks(field(*dialog, QStringLiteral("Password")), QString::fromLatin1(RtspServerProcess::Password));
        field(*dialog, QStringLiteral("Camera name"))->setText(QStringLiteral("Bike shed"));
        dialog->accept(); // both streams are tried first, then the camera is saved
        QTRY_COMPARE_WITH_TIMEOUT(registry.count(), 1, 20000);
        const CameraConfig added = registry.cameras().constFirst()->config();
        QCOMPARE(added.url.adjusted(QUrl::RemoveUserInfo), QUrl(device));
        QCOMPARE(added.url.userName(), QString::fromLatin1(RtspServerProcess::User));
        QCOMPARE(added.subUrl, QUrl(device + QStringLiteral("?stream=sub")));

        const QList<CameraTile *> tiles = window.grid()->tiles();
        QCOMPARE(tiles.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(showsAPicture(tiles[0]), 20000);
        QCOMPARE(tiles[0]->shownStream(), CameraStream::Sub);
        QTRY_COMPARE(m_rtsp.playing(QStringLiteral("securesub")), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_rtsp.playing(QStringLiteral("secure")), 0, 8000); // the test's own reader gone

        window.resize(1280, 760);
        QTRY_COMPARE_WITH_TIMEOUT(tiles[0]->shownStream(), CameraStream::Main, 10000);
        QVERIFY(showsAPicture(tiles[0]));
        QTRY_COMPARE(m_rtsp.playing(QStringLiteral("secure")), 1);
        QTRY_VERIFY(tiles[0]->toolTip().contains(QStringLiteral("Main stream: H.264 1280×720")));
    }

private:
    // A camera whose main stream is `main` and whose sub stream is the server's.
    CameraConfig twoStreams(const QUrl &main) const
    {
        CameraConfig config = CameraConfig::named(QStringLiteral("Gate"), main);
        config.subUrl = m_rtsp.url(QStringLiteral("sub"));
        return config;
    }

    RtspServerProcess m_rtsp;
};

QTEST_MAIN(tst_TileStreams)
#include "tst_tilestreams.moc"
