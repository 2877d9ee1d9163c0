// A camera tile as a user sees it, on the offscreen platform: its picture, its state, its time, what it costs;
// real cameras (test patterns). The window around it is tst_mainwindow.

#include "camera/camera.h"
#include "camera/camerafeed.h"
#include "camera/cameraregistry.h"
#include "camera/configstore.h"
#include "dialogs/cameradialog.h"
#include "dialogs/sharedialog.h"
#include "mainwindow.h"
#include "manualclock.h"
#include "media/jpegcodec.h"
#include "mjpegreader.h"
#include "share/shareserver.h"
#include "share/viewlinks.h"
#include "testclip.h"
#include "widgets/cameragrid.h"
#include "widgets/cameralist.h"
#include "widgets/cameratile.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrlQuery>

namespace {
CameraConfig camera(const QString &name, const QString &url, bool enabled = true)
{
    CameraConfig config = CameraConfig::named(name, QUrl(url));
    config.enabled = enabled;
    return config;
}
} // namespace

class tst_CameraTile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsFourTilesWithTheirStates()
    {
        CameraRegistry registry;
        registry.add(camera(QStringLiteral("Front door"), QStringLiteral("test:pattern?size=640x360&fps=25")));
        registry.add(camera(QStringLiteral("Garden"), QStringLiteral("test:pattern?size=640x360&fps=10")));
        registry.add(camera(QStringLiteral("Garage"), QStringLiteral("test:pattern"), false));
        registry.add(camera(QStringLiteral("Attic"), QStringLiteral("gopher://nowhere/cam")));
        MainWindow window(&registry);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QVERIFY(!window.windowIcon().pixmap(64).isNull());
        const QList<CameraTile *> tiles = window.grid()->tiles();
        QCOMPARE(tiles.size(), 4);
        // Two by two, in the registry's order.
        QCOMPARE(tiles[0]->y(), tiles[1]->y());
        QVERIFY(tiles[2]->y() > tiles[0]->y());
        QCOMPARE(tiles[0]->x(), tiles[2]->x());

        QTRY_VERIFY_WITH_TIMEOUT(tiles[0]->hasPicture() && tiles[1]->hasPicture(), 3000);
        // The camera turns Live on its next health check (every 100 ms), which may come just after the first picture.
        QTRY_COMPARE_WITH_TIMEOUT(tiles[0]->camera()->state(), CameraState::Live, 1000);
        QCOMPARE(tiles[2]->camera()->state(), CameraState::Stopped);
        QVERIFY(!tiles[2]->hasPicture());
        QCOMPARE(tiles[3]->camera()->state(), CameraState::Error);
        QCOMPARE(tiles[0]->accessibleName(), QStringLiteral("Camera Front door"));
        QCOMPARE(tiles[2]->accessibleDescription(), QStringLiteral("off"));
        QCOMPARE(tiles[3]->accessibleDescription(), QStringLiteral("error"));

        // The picture the tile shows was scaled on the worker to the tile's own size. (A decoder's pictures get even
        // sides, for swscale: tst_frame; the pattern camera's are images, scaled exactly.)
        const Frame latest = tiles[0]->camera()->feed()->frames().latest();
        const QSize prepared = latest.preparedDisplayImage().size();
        QCOMPARE(prepared, latest.size().scaled(tiles[0]->size(), Qt::KeepAspectRatio));

        // What is painted is the moving picture: two grabs a little apart differ.
        const QImage first = tiles[0]->grab().toImage();
        QTest::qWait(300);
        const QImage second = tiles[0]->grab().toImage();
        QVERIFY(first != second);
    }

    // Nine cameras at 1100×680 (the first ten minutes): small tiles keep the name readable. The buttons
    // show only on hover or focus, and then the name stops before them; a long name is elided rather than run under
    // them; the state word goes first; the rate and size never run into the clock.
    void smallTilesKeepTheNameClearOfTheButtonsAndTheClock()
    {
        CameraRegistry registry;
        const QString longName = QStringLiteral("Loading dock, north entrance by the recycling bins and the gate");
        registry.add(camera(longName, QStringLiteral("test:pattern?size=1280x720&fps=10")));
        for (int i = 2; i <= 9; ++i)
            registry.add(
                camera(QStringLiteral("Camera %1").arg(i), QStringLiteral("test:pattern?size=1280x720&fps=10")));
        MainWindow window(&registry);
        window.grid()->setOverlayItems({true, true, true, false}); // the title's layout is checked here, not its fading
        window.resize(1100, 680);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<CameraTile *> tiles = window.grid()->tiles();
        QTRY_VERIFY(std::all_of(tiles.begin(), tiles.end(),
                                [](const CameraTile *tile) { return tile->camera()->state() == CameraState::Live; }));
        CameraTile *dock = tiles[0];
        CameraTile *other = tiles[4];
        QVERIFY2(dock->isCompact(), qPrintable(QStringLiteral("%1×%2").arg(dock->width()).arg(dock->height())));
        window.cameraList()->setFocus();
        QTRY_VERIFY(!dock->controlsShown() && !other->controlsShown());

        const auto buttonsLeft = [](const CameraTile *tile) {
            int left = tile->width();
            for (const QToolButton *button : tile->findChildren<QToolButton *>()) {
                if (button->isVisibleTo(tile))
                    left = qMin(left, button->x());
            }
            return left;
        };
        const auto checkParts = [](const CameraTile *tile, int right) {
            const CameraTile::OverlayParts parts = tile->overlayParts();
            QVERIFY2(parts.title.right() < right,
                     qPrintable(QStringLiteral("title ends at %1, room to %2").arg(parts.title.right()).arg(right)));
            QVERIFY(!parts.clock.isEmpty());
            QVERIFY2(!parts.stats.intersects(parts.clock), qPrintable(parts.statsText));
        };

        // Without the buttons: the long name elided to the tile, a short one whole.
        dock->grab();
        QVERIFY2(dock->overlayParts().titleText.endsWith(u'…'), qPrintable(dock->overlayParts().titleText));
        QVERIFY(longName.startsWith(dock->overlayParts().titleText.chopped(1)));
        checkParts(dock, dock->width());
        other->grab();
        QVERIFY(other->overlayParts().titleText.startsWith(QStringLiteral("Camera 5")));
        checkParts(other, other->width());

        // The pointer over a tile shows its buttons; the name makes room.
        QEnterEvent enter(other->rect().center(), other->mapTo(&window, other->rect().center()),
                          other->mapToGlobal(other->rect().center()));
        QApplication::sendEvent(other, &enter);
        QVERIFY(other->controlsShown());
        other->grab();
        checkParts(other, buttonsLeft(other));
        QVERIFY2(!other->overlayParts().titleText.contains(cameraStateText(CameraState::Live))
                     || other->overlayParts().title.right() < buttonsLeft(other),
                 qPrintable(other->overlayParts().titleText));
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(other, &leave);
        QVERIFY(!other->controlsShown());

        // Focus does the same for the keyboard, and Tab reaches the buttons without hiding them.
        dock->setFocus();
        QTRY_VERIFY(dock->controlsShown());
        dock->grab();
        checkParts(dock, buttonsLeft(dock));
        QVERIFY(dock->overlayParts().titleText.endsWith(u'…'));
        dock->findChild<QToolButton *>(QStringLiteral("share"))->setFocus();
        QTest::qWait(0);
        QVERIFY(dock->controlsShown());

        // A large tile keeps its buttons, and the name and state in full.
        window.grid()->setMaximized(other);
        QTRY_VERIFY(!other->isCompact());
        window.cameraList()->setFocus();
        QTest::qWait(0);
        QVERIFY(other->controlsShown());
        other->grab();
        QCOMPARE(other->overlayParts().titleText, QStringLiteral("Camera 5  ·  ") + cameraStateText(CameraState::Live));
        QVERIFY(other->overlayParts().statsText.contains(QStringLiteral("1280×720")));
        checkParts(other, buttonsLeft(other));
    }

    // A picture the worker made for the tile is shown pixel for pixel, also when the worker rounded its sides down
    // to even numbers: a 641x361 tile gets a 480x360 picture of a decoded 4:3 camera, shown as it is, not stretched
    // to 481x361 (a stretched picture is blurred or has a doubled column, and costs the GUI thread far more).
    void aPictureMadeForTheTileIsShownPixelForPixel()
    {
        QTemporaryDir dir;
        const QString clip = makeTestClip(dir, QStringLiteral("3"));
        if (clip.isEmpty())
            QSKIP("ffmpeg could not make a test clip");
        CameraRegistry registry;
        // A video file: decoded pictures, as from an RTSP camera.
        Camera *yard = registry.add(camera(QStringLiteral("Yard"), QUrl::fromLocalFile(clip).toString()));
        CameraTile tile(yard);
        tile.resize(641, 361);
        tile.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tile));
        QTRY_VERIFY_WITH_TIMEOUT(tile.hasPicture(), 5000);

        // Centred: at (80, 0) or a pixel further, depending on rounding. The picture must match at one of them.
        const QRect compared(200, 100, 240, 160); // in the tile: clear of the overlay's corners and buttons
        const auto shownAsItIs = [&compared](const QImage &shown, const QImage &picture, QPoint offset) {
            for (int y = compared.top(); y <= compared.bottom(); ++y) {
                for (int x = compared.left(); x <= compared.right(); ++x) {
                    if (shown.pixel(x, y) != picture.pixel(QPoint(x, y) - offset))
                        return false;
                }
            }
            return true;
        };
        bool same = false;
        for (int attempt = 0; attempt < 10 && !same; ++attempt) {
            const QImage picture = yard->feed()->frames().latest().preparedDisplayImage();
            QCOMPARE(picture.size(), QSize(480, 360));
            const QImage shown = tile.grab().toImage();
            for (const QPoint offset : {QPoint(80, 0), QPoint(81, 0), QPoint(80, 1), QPoint(81, 1)})
                same = same || shownAsItIs(shown, picture, offset);
            if (!same)
                QTest::qWait(30); // a new picture came between the two reads: try again
        }
        QVERIFY(same);
    }

    void aPictureOfAnotherShapeSitsBetweenDarkBars()
    {
        CameraRegistry registry;
        registry.add(camera(QStringLiteral("Porch"), QStringLiteral("test:pattern?size=640x480&fps=10"))); // 4:3
        MainWindow window(&registry);
        window.resize(1000, 420); // a wide tile: bars left and right
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CameraTile *tile = window.grid()->tiles().constFirst();
        QTRY_VERIFY(tile->hasPicture());
        QTRY_COMPARE(tile->camera()->state(), CameraState::Live); // not dimmed as a picture that is not live
        const QImage shot = tile->grab().toImage();
        const QSize shown = tile->camera()->feed()->frames().latest().preparedDisplayImage().size();
        QVERIFY(shown.width() < tile->width() - 20);
        const int middle = tile->height() / 2;
        const int bar = (tile->width() - shown.width()) / 2;
        // Both bars are the tile's dark background (inside the focus frame, 4 pixels wide); the picture lies between.
        for (int y = middle - 20; y <= middle + 20; ++y) {
            for (int x : {4, bar / 2, bar - 2, tile->width() - bar + 1, tile->width() - 5})
                QCOMPARE(QColor(shot.pixel(x, y)), QColor(0x10, 0x10, 0x10));
        }
        QVERIFY(QColor(shot.pixel(tile->width() / 2, middle)) != QColor(0x10, 0x10, 0x10));
    }

    // A live camera's title fades after a few seconds, leaving the picture's own corner (where IP cameras print
    // their name and time) readable; the focus or a camera that stops being live bring it back. A manual clock.
    void theTitleFadesOffTheCamerasOwnCorner()
    {
        CameraRegistry registry;
        Camera *yard = registry.add(camera(QStringLiteral("Yard"), QStringLiteral("test:pattern?size=640x360&fps=10")));
        QWidget window;
        auto *elsewhere = new QLineEdit(&window); // holds the focus while the tile is left alone
        auto *tile = new CameraTile(yard, &window);
        tile->setGeometry(0, 40, 640, 360);
        ManualClock clock;
        tile->setClock(clock);
        window.resize(640, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        elsewhere->setFocus();
        QTRY_VERIFY(yard->state() == CameraState::Live && tile->hasPicture());
        clock.advance(std::chrono::milliseconds(0)); // from the moment it went live
        QCOMPARE(tile->titleOpacity(), 1.0);

        clock.advance(std::chrono::seconds(3));
        QCOMPARE(tile->titleOpacity(), 1.0);
        clock.advance(std::chrono::milliseconds(1400)); // half-way through the fade
        QVERIFY2(tile->titleOpacity() > 0.3 && tile->titleOpacity() < 0.7,
                 qPrintable(QString::number(tile->titleOpacity())));
        clock.advance(std::chrono::seconds(1));
        QCOMPARE(tile->titleOpacity(), 0.0);
        tile->grab();
        QVERIFY(tile->overlayParts().title.isEmpty());
        QVERIFY(!tile->overlayParts().clock.isEmpty()); // the rest of the overlay stays

        // The keyboard comes to the tile: the title is back, and stays while the tile has the focus.
        tile->setFocus();
        QTRY_VERIFY(tile->hasFocus());
        clock.advance(std::chrono::seconds(30));
        QCOMPARE(tile->titleOpacity(), 1.0);
        tile->grab();
        QVERIFY(tile->overlayParts().titleText.startsWith(QStringLiteral("Yard")));
        elsewhere->setFocus();
        clock.advance(std::chrono::seconds(10));
        QCOMPARE(tile->titleOpacity(), 0.0);

        // A camera that is not live always says so.
        yard->setEnabled(false);
        QTRY_COMPARE(yard->state(), CameraState::Stopped);
        clock.advance(std::chrono::seconds(30));
        QCOMPARE(tile->titleOpacity(), 1.0);

        // And a user who wants the names always has them.
        yard->setEnabled(true);
        QTRY_COMPARE(yard->state(), CameraState::Live);
        tile->setOverlayItems({true, true, true, false});
        clock.advance(std::chrono::seconds(30));
        QCOMPARE(tile->titleOpacity(), 1.0);
    }

    void aTileShowsTheTimeOfItsPicture()
    {
        CameraRegistry registry;
        registry.add(camera(QStringLiteral("Yard"), QStringLiteral("test:pattern?size=640x360&fps=10")));
        MainWindow window(&registry);
        window.resize(800, 560);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CameraTile *tile = window.grid()->tiles().constFirst();
        QTRY_VERIFY(tile->hasPicture());
        // Bottom right lies on the pattern's colour bars, none brighter than 0xc0: pure white there is the clock's
        // text.
        const QImage shot = tile->grab().toImage();
        const QRect corner(shot.width() - 90, shot.height() - 36, 84, 30);
        int white = 0;
        for (int y = corner.top(); y <= corner.bottom(); ++y) {
            for (int x = corner.left(); x <= corner.right(); ++x) {
                const QColor c = shot.pixelColor(x, y);
                white += c.red() > 240 && c.green() > 240 && c.blue() > 240;
            }
        }
        QVERIFY2(white > 20, qPrintable(QString::number(white)));
    }

    void theTileTooltipTellsWhatTheCameraCosts()
    {
        // A folder of JPEG files played at 10 pictures a second: the bytes it receives are known.
        QTemporaryDir dir;
        qint64 servedBytes = 0;
        for (int i = 0; i < 3; ++i) {
            QImage image(640, 360, QImage::Format_RGB32);
            image.fill(QColor::fromHsv(i * 100, 180, 200));
            const QByteArray jpeg = JpegCodec::forThisThread().encode(image, 90);
            servedBytes += jpeg.size();
            QFile file(dir.filePath(QStringLiteral("%1.jpg").arg(i)));
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(jpeg) == jpeg.size());
        }
        QUrl url = QUrl::fromLocalFile(dir.path());
        url.setQuery(QStringLiteral("fps=10"));
        CameraRegistry registry;
        registry.add(camera(QStringLiteral("Porch"), url.toString()));
        MainWindow window(&registry);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CameraTile *tile = window.grid()->tiles().constFirst();

        static const QRegularExpression rate(QStringLiteral("(\\d+) kbit/s"));
        QTRY_VERIFY_WITH_TIMEOUT(rate.match(tile->toolTip()).hasMatch(), 6000);
        const QString details = tile->toolTip();
        qInfo("tooltip: %s", qPrintable(details));
        const double shown = rate.match(details).captured(1).toDouble() * 1000;
        const double expected = double(servedBytes) / 3 * 8 * 10;
        QVERIFY2(qAbs(shown - expected) <= 0.15 * expected, qPrintable(details));
        for (const QString &part : {QStringLiteral("MJPEG 640×360"), QStringLiteral(" fps"), QStringLiteral("decode "),
                                    QStringLiteral("0 dropped"), QStringLiteral("0 viewers")})
            QVERIFY2(details.contains(part), qPrintable(details));
    }

    void aMinimisedWindowDecodesNoPictureForDisplay()
    {
        CameraRegistry registry;
        Camera *yard = registry.add(camera(QStringLiteral("Yard"), QStringLiteral("test:pattern?size=640x360&fps=10")));
        MainWindow window(&registry);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!yard->feed()->display().size().isEmpty(), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!yard->feed()->frames().latest().preparedDisplayImage().isNull(), 3000);

        window.showMinimized();
        QTRY_VERIFY_WITH_TIMEOUT(yard->feed()->display().size().isEmpty(), 3000);
        // The frames that follow carry no display picture: the worker made none.
        const quint64 sequence = yard->feed()->frames().latest().sequence();
        QTRY_VERIFY_WITH_TIMEOUT(yard->feed()->frames().latest().sequence() > sequence + 2, 3000);
        QVERIFY(yard->feed()->frames().latest().preparedDisplayImage().isNull());

        window.showNormal();
        QTRY_VERIFY_WITH_TIMEOUT(!yard->feed()->display().size().isEmpty(), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!yard->feed()->frames().latest().preparedDisplayImage().isNull(), 3000);
    }

    void tileDetailsShowThePicturesSentToViewers()
    {
        CameraRegistry registry;
        CameraConfig config = camera(QStringLiteral("Yard"), QStringLiteral("test:pattern?size=320x240&fps=10"));
        config.shared = true;
        Camera *yard = registry.add(config);
        ShareServer share;
        ShareServer::Settings settings;
        settings.port = 0;
        QString error;
        QVERIFY2(share.start(settings, &error), qPrintable(error));
        share.addCamera(yard->feed());
        MainWindow window(&registry);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CameraTile *tile = window.grid()->tiles().constFirst();

        MjpegReader viewer(share.url().resolved(QUrl(QStringLiteral("cameras/%1/stream.mjpg").arg(yard->id()))));
        viewer.start();
        QTRY_VERIFY_WITH_TIMEOUT(viewer.partCount() >= 30, 6000);
        static const QRegularExpression sent(QStringLiteral("([\\d.]+) fps sent"));
        QTRY_VERIFY_WITH_TIMEOUT(sent.match(tile->toolTip()).hasMatch(), 3000);
        const QString details = tile->toolTip();
        const double shown = sent.match(details).captured(1).toDouble();
        const double served = viewer.partsPerSecond();
        QVERIFY2(qAbs(shown - served) <= 0.2 * served, qPrintable(details + QStringLiteral(" / %1").arg(served)));
        QVERIFY2(details.contains(QStringLiteral("1 viewer")), qPrintable(details));

        viewer.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!tile->toolTip().contains(QStringLiteral("fps sent")), 3000);
    }
};

QTEST_MAIN(tst_CameraTile)
#include "tst_cameratile.moc"
