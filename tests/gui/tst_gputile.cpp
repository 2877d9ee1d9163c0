// Camera tiles drawn by OpenGL, in a real X window (Xvfb). This machine has no GPU: Mesa's llvmpipe runs the same
// OpenGL calls and shaders on the CPU, so what is checked here is what the user sees (geometry, colours, overlay),
// not the speed a GPU brings.
#include "camera/camera.h"
#include "camera/camerafeed.h"
#include "camera/cameraregistry.h"
#include "dashboardprocess.h"
#include "mainwindow.h"
#include "testcameras.h"
#include "testclip.h"
#include "widgets/cameratile.h"
#include "widgets/glpictureview.h"
#include "widgets/tilerenderer.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdlib>

namespace {
// One camera alone in a tile of the given size, on screen.
class ShownCamera
{
public:
    ShownCamera(const QString &url, QSize size)
        : m_camera(m_registry.add(TestCameras::config(QStringLiteral("Yard"), QUrl(url))))
        , m_tile(m_camera)
    {
        m_tile.resize(size);
        m_tile.show();
    }

    // Whether a picture was painted within 5 s (then a moment more, for the newest to be drawn).
    bool waitForPicture()
    {
        if (!QTest::qWaitForWindowExposed(&m_tile) || !QTest::qWaitFor([this] { return m_tile.hasPicture(); }, 5000))
            return false;
        QTest::qWait(300);
        return true;
    }
    Camera *camera() const { return m_camera; }
    // What the tile's OpenGL view shows, rendered again now; null when the tile has no such view.
    QImage shown() const
    {
        auto *view = m_tile.findChild<GlPictureView *>();
        return view ? view->grabFramebuffer() : QImage();
    }
    qreal devicePixelRatio() const { return m_tile.devicePixelRatioF(); }

private:
    CameraRegistry m_registry;
    Camera *m_camera;
    CameraTile m_tile;
};

// The mean difference of the colour channels of two pictures over `area`, 0-255.
double meanDifference(const QImage &a, QPoint aOrigin, const QImage &b, QPoint bOrigin, QSize area)
{
    qint64 sum = 0;
    for (int y = 0; y < area.height(); ++y) {
        for (int x = 0; x < area.width(); ++x) {
            const QRgb p = a.pixel(aOrigin + QPoint(x, y));
            const QRgb q = b.pixel(bOrigin + QPoint(x, y));
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
        }
    }
    return double(sum) / (3.0 * area.width() * area.height());
}

bool isBackground(QRgb pixel)
{
    return std::abs(qRed(pixel) - 0x10) <= 1 && std::abs(qGreen(pixel) - 0x10) <= 1
        && std::abs(qBlue(pixel) - 0x10) <= 1;
}
} // namespace

class GpuTileTest : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        qputenv("CCTV_RENDERER", "gl");
        TileRenderer::prepareApplication();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TileRenderer::useGpu())
            QFAIL(qPrintable(QStringLiteral("tiles should be drawn with OpenGL here: ") + TileRenderer::reason()));
    }

    void aDecodedPictureIsScaledAndColouredByTheShader()
    {
        QTemporaryDir dir;
        // One still picture (FFmpeg's test card: colour bars, a gradient, digits), so that any two reads agree.
        const QString clip
            = makeTestClip(dir, QStringLiteral("30"), {QStringLiteral("-vf"), QStringLiteral("loop=loop=-1:size=1")});
        if (clip.isEmpty())
            QSKIP("ffmpeg could not make a test clip");
        ShownCamera yard(QUrl::fromLocalFile(clip).toString(), {640, 360});
        QVERIFY(yard.waitForPicture());

        // The worker made no display image: scaling and colour conversion are the shader's.
        const Frame latest = yard.camera()->feed()->frames().latest();
        QVERIFY(latest.yuv420Planes().has_value());
        QVERIFY(latest.preparedDisplayImage().isNull());

        // What swscale makes of the same picture, for the tile's 480x360 picture area between its bars.
        const QImage reference = latest.displayImage(QSize(640, 360) * yard.devicePixelRatio());
        QCOMPARE(reference.size(), QSize(480, 360));
        const QImage shown = yard.shown();
        QCOMPARE(shown.size(), QSize(640, 360));
        // Clear of the overlay's corners: colours and layout as swscale's (a flipped or mirrored picture, swapped
        // red and blue, or the wrong range would be far off), up to filtering at the bars' edges.
        const double difference = meanDifference(shown, {80 + 40, 60}, reference, {40, 60}, {400, 240});
        qInfo("shader against swscale: mean difference %.2f of 255", difference);
        QVERIFY2(difference < 6.0, qPrintable(QStringLiteral("mean difference %1").arg(difference)));
        // Dark bars left and right of the 4:3 picture.
        QVERIFY(isBackground(shown.pixel(40, 180)));
        QVERIFY(isBackground(shown.pixel(600, 180)));
        QVERIFY(!isBackground(shown.pixel(320, 180)));
    }

    void aPictureShrunkPastHalfIsAveragedNotSampled()
    {
        // A grille of 1-pixel black and white columns shrunk to less than a quarter: averaged, it is an even grey;
        // sampled (two neighbours blended at each tile pixel), it would be stripes from near black to near white.
        QTemporaryDir dir;
        const QString grille = makeTestClip(
            dir, QStringLiteral("30"),
            {QStringLiteral("-vf"), QStringLiteral("scale=1280:720,geq=lum='if(mod(X\\,2)\\,235\\,16)':cb=128:cr=128"),
             QStringLiteral("-crf"), QStringLiteral("0")});
        if (grille.isEmpty())
            QSKIP("ffmpeg could not make the grille");
        ShownCamera camera(QUrl::fromLocalFile(grille).toString(), {300, 170});
        QVERIFY(camera.waitForPicture());
        const QImage shown = camera.shown();
        int darkest = 255, brightest = 0;
        for (int x = 60; x < 240; ++x) {
            darkest = qMin(darkest, qGray(shown.pixel(x, 85)));
            brightest = qMax(brightest, qGray(shown.pixel(x, 85)));
        }
        const QString range = QStringLiteral("greys %1 to %2").arg(darkest).arg(brightest);
        qInfo("%s", qPrintable(range));
        QVERIFY2(brightest - darkest < 40, qPrintable(range));
        QVERIFY2(darkest > 90 && brightest < 170, qPrintable(range));
    }

    void aCameraWithoutPlanesIsDrawnFromTheWorkersImage()
    {
        // The test pattern gives RGB pictures, as a JPEG camera's decoded ones: the worker makes the display image
        // at the tile's size and the view shows it as it is.
        ShownCamera porch(QStringLiteral("test:pattern?size=640x360&fps=10"), {640, 360});
        QVERIFY(porch.waitForPicture());
        double difference = 255;
        for (int attempt = 0; attempt < 10 && difference > 1.0; ++attempt) {
            QTest::qWait(50);
            const QImage picture = porch.camera()->feed()->frames().latest().preparedDisplayImage();
            QCOMPARE(picture.size(), QSize(640, 360));
            // The colour bars in the lower part, above the overlay's bottom line.
            difference = meanDifference(porch.shown(), {200, 230}, picture, {200, 230}, {240, 85});
        }
        QVERIFY2(difference <= 1.0, qPrintable(QStringLiteral("mean difference %1").arg(difference)));
    }

    void theOverlayIsDrawnOverThePicture()
    {
        CameraRegistry registry;
        registry.add(
            TestCameras::config(QStringLiteral("Porch"), QUrl(QStringLiteral("test:pattern?size=640x360&fps=10"))));
        MainWindow window(&registry);
        window.resize(800, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tile = window.findChild<CameraTile *>();
        QVERIFY(tile);
        QTRY_VERIFY_WITH_TIMEOUT(tile->hasPicture(), 5000);
        QTest::qWait(300);
        const QImage shown = tile->findChild<GlPictureView *>()->grabFramebuffer();
        // The green dot of a live camera left of its name, top left (the test picture has no green there).
        int green = 0;
        for (int y = 8; y < 34; ++y) {
            for (int x = 8; x < 30; ++x) {
                const QRgb pixel = shown.pixel(x, y);
                green += qGreen(pixel) > 150 && qRed(pixel) < 120 && qBlue(pixel) < 160 ? 1 : 0;
            }
        }
        QVERIFY2(green > 10, qPrintable(QStringLiteral("%1 green pixels where the state dot is").arg(green)));
    }

    void withoutOpenGLTheProgramDrawsInSoftware()
    {
        // The real program with its window, asked for OpenGL where there is none (the offscreen platform without
        // an X display): it says so and goes on, pictures drawn in software.
        DashboardProcess dashboard;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("CCTV_RENDERER"), QStringLiteral("gl"));
        dashboard.process().setProcessEnvironment(environment);
        dashboard.setHeadless(false);
        QVERIFY(dashboard.start({QStringLiteral("--demo")}).isValid());
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.output().contains("Camera pictures drawn with software: no OpenGL here"),
                                 10000);
        QTest::qWait(1000);
        QCOMPARE(dashboard.process().state(), QProcess::Running);
        QVERIFY(dashboard.stop(SIGTERM) >= 0);
        QCOMPARE(dashboard.process().exitCode(), 0);
    }
};

QTEST_MAIN(GpuTileTest)
#include "tst_gputile.moc"
