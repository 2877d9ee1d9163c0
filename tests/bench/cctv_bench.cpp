// The in-process half of tests/bench/run.sh. Prints one JSON document on stdout.
//
//   cctv_bench micro [--iterations N]
//       Each optimisation of the picture path against the alternative it replaced, on the same pictures, in this
//       process: milliseconds per picture for both and the gain (alternative / project).
//   cctv_bench yuv [--iterations N]
//       The display path of a decoded camera (scale and YUV→BGRA) by PictureScaler (swscale) against libyuv
//       (I420Scale, then I420ToARGBMatrix), 1080p and 360p pictures to grid and one-camera tile sizes; only in a
//       build that found libyuv (Debian's libyuv-dev, a benchmark-only dependency).
//   cctv_bench grid --seconds S [--window WxH] [--minimized] [--maximize] URL…
//       The real window (MainWindow, CameraRegistry, CameraTile) showing the cameras, as the program shows them:
//       pictures painted per second per tile, the delay from each picture's capture to the paint that shows it
//       (p50, p99), and this process's CPU over the window, in cores; then the median time of one tile's paint
//       with its overlay and with the pictures alone. --minimized: the same with the window minimised (nothing
//       painted, no display decoding), to measure what that saves. A camera given as `MAIN|SUB` has a sub stream.
//       --maximize: at the end, the first tile is double-clicked: the time from the double-click to the first
//       paint of a main-stream picture, and how many paints in between showed no picture (the goal: none).

#include "camera/camera.h"
#include "camera/camerafeed.h"
#include "camera/cameraregistry.h"
#include "mainwindow.h"
#include "media/frame.h"
#include "media/jpegcodec.h"
#include "media/picturescaler.h"
#include "testcameras.h"
#include "util/memorypolicy.h"
#include "widgets/cameragrid.h"
#include "widgets/cameratile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <vector>

extern "C" {
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}
#ifdef CCTV_BENCH_LIBYUV
#include <libyuv.h>
#endif

namespace {

double processCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto index = size_t(p * double(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

// Milliseconds per call of `work`, the median of five batches after a warm-up batch.
double millisecondsPer(int iterations, const std::function<void(int)> &work)
{
    std::vector<double> batches;
    for (int batch = 0; batch < 6; ++batch) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < iterations; ++i)
            work(batch * iterations + i);
        if (batch > 0)
            batches.push_back(double(timer.nsecsElapsed()) / 1e6 / iterations);
    }
    return percentile(batches, 0.5);
}

QJsonObject comparison(const QString &project, double projectMs, const QString &alternative, double alternativeMs)
{
    return {
        {QStringLiteral("project"), project},
        {QStringLiteral("project_ms"), projectMs},
        {QStringLiteral("alternative"), alternative},
        {QStringLiteral("alternative_ms"), alternativeMs},
        {QStringLiteral("gain"), projectMs > 0 ? alternativeMs / projectMs : 0},
    };
}

// A camera-like picture: smooth gradients, edges and sensor noise, so JPEG sizes and decode costs are realistic.
QImage scene(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    std::mt19937 random(7);
    std::uniform_int_distribution<int> noise(-3, 3); // a little sensor noise, as a real camera has
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const int r = (x * 255 / size.width() + noise(random)) & 0xff;
            const int g = (y * 255 / size.height() + noise(random)) & 0xff;
            const int b = (((x / 64 + y / 48) % 2) ? 200 : 60) + noise(random);
            line[x] = qRgb(r, g, qBound(0, b, 255));
        }
    }
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 3));
    for (int i = 0; i < 12; ++i)
        painter.drawEllipse(QPoint(size.width() * i / 12, size.height() / 2), size.width() / 20, size.height() / 6);
    QFont font = painter.font();
    font.setPixelSize(size.height() / 12);
    painter.setFont(font);
    painter.drawText(image.rect(), Qt::AlignBottom | Qt::AlignLeft, QStringLiteral("CAM 01  2026-11-22 21:00:00"));
    return image;
}

struct AvFrameDeleter
{
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};
using AvFramePtr = std::unique_ptr<AVFrame, AvFrameDeleter>;
struct SwsDeleter
{
    void operator()(SwsContext *context) const { sws_freeContext(context); }
};
using SwsPtr = std::unique_ptr<SwsContext, SwsDeleter>;

// The picture as a decoder hands it over: YUV 4:2:0 planes.
AvFramePtr yuvPicture(const QImage &rgb)
{
    AvFramePtr picture(av_frame_alloc());
    picture->format = AV_PIX_FMT_YUV420P;
    picture->width = rgb.width();
    picture->height = rgb.height();
    if (av_frame_get_buffer(picture.get(), 0) < 0)
        return {};
    const SwsPtr sws(sws_getContext(rgb.width(), rgb.height(), AV_PIX_FMT_BGRA, rgb.width(), rgb.height(),
                                    AV_PIX_FMT_YUV420P, SWS_BILINEAR, nullptr, nullptr, nullptr));
    const uint8_t *source[] = {rgb.constBits()};
    const int stride[] = {int(rgb.bytesPerLine())};
    sws_scale(sws.get(), source, stride, 0, rgb.height(), picture->data, picture->linesize);
    return picture;
}

// One swscale pass from the decoder's planes to RGB at `size`: at full size, the first step of the alternative to
// converting straight at the tile; at the tile's size, what the tile picture cost before PictureScaler.
QImage swscaleToRgb(const AVFrame &picture, SwsContext *sws, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    uint8_t *destination[] = {image.bits()};
    const int stride[] = {int(image.bytesPerLine())};
    sws_scale(sws, picture.data, picture.linesize, 0, picture.height, destination, stride);
    return image;
}

int runMicro(int iterations)
{
    QJsonObject results;
    const QSize tile(320, 180); // a tile of the 4×4 grid in the 1280×760 window
    volatile qint64 sink = 0; // keeps the compiler from dropping work whose result is unused

    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        const QString tag = QStringLiteral("%1p").arg(size.height());
        const QImage rgb = scene(size);
        const QByteArray jpeg = JpegCodec::forThisThread().encode(rgb, Frame::DefaultJpegQuality);
        const AvFramePtr picture = yuvPicture(rgb);
        const SwsPtr toRgb(sws_getContext(size.width(), size.height(), AV_PIX_FMT_YUV420P, size.width(), size.height(),
                                          AV_PIX_FMT_BGRA, SWS_BILINEAR, nullptr, nullptr, nullptr));
        const QSize fitted = size.scaled(tile, Qt::KeepAspectRatio);

        // A JPEG camera's tile picture: TurboJPEG's scaled decode (1/4 here) against a full decode then a scale.
        results.insert(
            QStringLiteral("scaled_jpeg_decode_") + tag,
            comparison(QStringLiteral("TurboJPEG decode scaled to the tile"),
                       millisecondsPer(iterations,
                                       [&](int i) {
                                           sink = sink
                                               + Frame::fromJpeg(jpeg, size, quint64(i)).displayImage(tile).width();
                                       }),
                       QStringLiteral("full decode, then a smooth scale"), millisecondsPer(iterations, [&](int) {
                           sink = sink
                               + JpegCodec::forThisThread()
                                     .decode(jpeg)
                                     .scaled(fitted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                     .width();
                       })));

        // A decoded camera's tile picture: one swscale pass from YUV to RGB at the tile's size, against a full-size
        // RGB conversion then a scale.
        results.insert(
            QStringLiteral("yuv_display_") + tag,
            comparison(QStringLiteral("YUV to RGB at the tile's size in one pass"),
                       millisecondsPer(
                           iterations,
                           [&](int i) {
                               sink = sink + Frame::fromAvFrame(picture.get(), quint64(i)).displayImage(tile).width();
                           }),
                       QStringLiteral("full-size RGB, then a smooth scale"), millisecondsPer(iterations, [&](int) {
                           sink = sink
                               + swscaleToRgb(*picture, toRgb.get(), size)
                                     .scaled(fitted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                     .width();
                       })));

        // The big tile of a one-camera window: scaled in YUV, then swscale's SIMD converter (PictureScaler), against
        // one swscale pass from the planes to RGB at the tile's size.
        const QSize bigTile = size.scaled(QSize(1268, 714), Qt::KeepAspectRatio);
        const QSize oneTile = Frame::fromAvFrame(picture.get(), 0).displayImage(bigTile).size(); // same pixels
        const SwsPtr onePass(sws_getContext(size.width(), size.height(), AV_PIX_FMT_YUV420P, oneTile.width(),
                                            oneTile.height(), AV_PIX_FMT_BGRA, SWS_BILINEAR, nullptr, nullptr,
                                            nullptr));
        results.insert(
            QStringLiteral("yuv_display_one_tile_") + tag,
            comparison(
                QStringLiteral("scaled in YUV, then converted (PictureScaler), 1268x714 tile"),
                millisecondsPer(iterations,
                                [&](int i) {
                                    sink = sink
                                        + Frame::fromAvFrame(picture.get(), quint64(i)).displayImage(bigTile).width();
                                }),
                QStringLiteral("one swscale pass to RGB at the tile's size"), millisecondsPer(iterations, [&](int) {
                    sink = sink + swscaleToRgb(*picture, onePass.get(), oneTile).width();
                })));

        // A decoded camera shared as MJPEG: TurboJPEG compresses the decoder's planes, against RGB then JPEG.
        results.insert(
            QStringLiteral("yuv_to_jpeg_") + tag,
            comparison(QStringLiteral("YUV planes straight to TurboJPEG"),
                       millisecondsPer(
                           iterations,
                           [&](int i) { sink = sink + Frame::fromAvFrame(picture.get(), quint64(i)).jpeg().size(); }),
                       QStringLiteral("YUV to RGB, then TurboJPEG"), millisecondsPer(iterations, [&](int) {
                           sink = sink
                               + JpegCodec::forThisThread()
                                     .encode(swscaleToRgb(*picture, toRgb.get(), size), Frame::DefaultJpegQuality)
                                     .size();
                       })));

        // A JPEG camera shared as MJPEG: its own bytes, against a decode and a re-encode per picture.
        results.insert(
            QStringLiteral("jpeg_passthrough_") + tag,
            comparison(
                QStringLiteral("the camera's JPEG bytes passed through"),
                millisecondsPer(iterations,
                                [&](int i) { sink = sink + Frame::fromJpeg(jpeg, size, quint64(i)).jpeg().size(); }),
                QStringLiteral("decode and re-encode"), millisecondsPer(iterations, [&](int) {
                    sink = sink
                        + JpegCodec::forThisThread()
                              .encode(JpegCodec::forThisThread().decode(jpeg), Frame::DefaultJpegQuality)
                              .size();
                })));

        // The tile takes the worker's picture by reference (QImage sharing), against a deep copy per picture.
        const QImage prepared = Frame::fromJpeg(jpeg, size, 1).displayImage(size);
        results.insert(QStringLiteral("qimage_wrap_") + tag,
                       comparison(QStringLiteral("QImage shared with the tile (no copy)"),
                                  millisecondsPer(iterations * 10,
                                                  [&](int) {
                                                      const QImage shown = prepared;
                                                      sink = sink + shown.constBits()[0];
                                                  }),
                                  QStringLiteral("a deep copy per picture"), millisecondsPer(iterations, [&](int) {
                                      const QImage shown = prepared.copy();
                                      sink = sink + shown.constBits()[0];
                                  })));

        // The GUI thread's part: a 1:1 blit of the picture the worker scaled, against scaling it while painting.
        QImage backingStore(QSize(1280, 760), QImage::Format_ARGB32_Premultiplied);
        const QImage tileImage = Frame::fromJpeg(jpeg, size, 1).displayImage(tile);
        const QImage fullImage = JpegCodec::forThisThread().decode(jpeg);
        const QRect target(QPoint(0, 0), fitted);
        results.insert(QStringLiteral("gui_blit_") + tag,
                       comparison(QStringLiteral("GUI thread blits the worker's tile-size picture"),
                                  millisecondsPer(iterations,
                                                  [&](int) {
                                                      QPainter painter(&backingStore);
                                                      painter.drawImage(target.topLeft(), tileImage);
                                                  }),
                                  QStringLiteral("GUI thread scales the full picture (smooth)"),
                                  millisecondsPer(iterations, [&](int) {
                                      QPainter painter(&backingStore);
                                      painter.setRenderHint(QPainter::SmoothPixmapTransform);
                                      painter.drawImage(target, fullImage);
                                  })));

        // A hidden or minimised tile asks for no display picture: per picture it saves the display decode.
        const double jpegDisplay = results.value(QStringLiteral("scaled_jpeg_decode_") + tag)
                                       .toObject()
                                       .value(QStringLiteral("project_ms"))
                                       .toDouble();
        const double yuvDisplay = results.value(QStringLiteral("yuv_display_") + tag)
                                      .toObject()
                                      .value(QStringLiteral("project_ms"))
                                      .toDouble();
        results.insert(QStringLiteral("hidden_tile_") + tag,
                       QJsonObject {
                           {QStringLiteral("jpeg_camera_ms_saved_per_picture"), jpegDisplay},
                           {QStringLiteral("decoded_camera_ms_saved_per_picture"), yuvDisplay},
                           {QStringLiteral("jpeg_camera_cores_saved_at_25fps"), jpegDisplay * 25 / 1000},
                           {QStringLiteral("decoded_camera_cores_saved_at_25fps"), yuvDisplay * 25 / 1000},
                       });
        results.insert(QStringLiteral("jpeg_bytes_") + tag, jpeg.size());
    }
    results.insert(QStringLiteral("tile"), QStringLiteral("%1x%2").arg(tile.width()).arg(tile.height()));
    std::puts(QJsonDocument(results).toJson(QJsonDocument::Compact).constData());
    return sink == -1 ? 1 : 0;
}

// The display path of a decoded camera: PictureScaler (what the program uses) against libyuv doing the same job,
// the picture scaled in YUV (bilinear; box when shrinking by more than half, as PictureScaler chooses area), then
// converted with BT.709 coefficients.
int runYuv(int iterations)
{
#ifdef CCTV_BENCH_LIBYUV
    QJsonObject results;
    volatile qint64 sink = 0;
    for (const QSize size : {QSize(1920, 1080), QSize(640, 360)}) {
        const AvFramePtr picture = yuvPicture(scene(size));
        picture->colorspace = AVCOL_SPC_BT709;
        for (const QSize target : {QSize(400, 224), QSize(1268, 712)}) {
            const QString tag
                = QStringLiteral("%1p_to_%2x%3").arg(size.height()).arg(target.width()).arg(target.height());
            const int chromaWidth = (target.width() + 1) / 2;
            const int chromaHeight = (target.height() + 1) / 2;
            std::vector<uint8_t> y(size_t(target.width() * target.height()));
            std::vector<uint8_t> u(size_t(chromaWidth * chromaHeight));
            std::vector<uint8_t> v(size_t(chromaWidth * chromaHeight));
            const libyuv::FilterMode filter
                = target.width() < size.width() / 2 ? libyuv::kFilterBox : libyuv::kFilterBilinear;
            const auto viaLibyuv = [&] {
                QImage image(target, QImage::Format_RGB32);
                if (target == size) {
                    libyuv::I420ToARGBMatrix(picture->data[0], picture->linesize[0], picture->data[1],
                                             picture->linesize[1], picture->data[2], picture->linesize[2], image.bits(),
                                             int(image.bytesPerLine()), &libyuv::kYuvH709Constants, target.width(),
                                             target.height());
                    return image;
                }
                libyuv::I420Scale(picture->data[0], picture->linesize[0], picture->data[1], picture->linesize[1],
                                  picture->data[2], picture->linesize[2], size.width(), size.height(), y.data(),
                                  target.width(), u.data(), chromaWidth, v.data(), chromaWidth, target.width(),
                                  target.height(), filter);
                libyuv::I420ToARGBMatrix(y.data(), target.width(), u.data(), chromaWidth, v.data(), chromaWidth,
                                         image.bits(), int(image.bytesPerLine()), &libyuv::kYuvH709Constants,
                                         target.width(), target.height());
                return image;
            };
            results.insert(
                QStringLiteral("display_") + tag,
                comparison(QStringLiteral("PictureScaler (swscale: scaled in YUV, then converted)"),
                           millisecondsPer(iterations,
                                           [&](int) {
                                               sink = sink
                                                   + PictureScaler::forThisThread().toRgb32(*picture, target).width();
                                           }),
                           QStringLiteral("libyuv (I420Scale, then I420ToARGBMatrix)"),
                           millisecondsPer(iterations, [&](int) { sink = sink + viaLibyuv().width(); })));
        }
    }
    std::puts(QJsonDocument(results).toJson(QJsonDocument::Compact).constData());
    return sink == -1 ? 1 : 0;
#else
    Q_UNUSED(iterations)
    std::fputs("cctv_bench yuv: this build did not find libyuv (apt-get install libyuv-dev, then configure again)\n",
               stderr);
    return 2;
#endif
}

// Watches the tiles' paints: each paint that shows a newer picture than the tile's last one is counted, with the
// delay since that picture's capture. Measured as the paint starts; the blit that follows is a small, fixed cost.
class PaintProbe final : public QObject
{
public:
    explicit PaintProbe(QObject *parent)
        : QObject(parent)
    { }
    Q_DISABLE_COPY_MOVE(PaintProbe)

    bool counting = false;
    // While a tile is maximized (--maximize): its paints until the first of a main-stream picture.
    QObject *switching = nullptr;
    int switchPaints = 0;
    int switchEmptyPaints = 0;
    std::optional<qint64> mainPaintedAtNs; // on `clock`
    QElapsedTimer clock;
    QHash<QObject *, quint64> lastSequence;
    QHash<QObject *, int> painted;
    std::vector<double> delaysMs;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint)
            return false;
        const auto *tile = static_cast<CameraTile *>(watched);
        if (!tile->camera())
            return false;
        if (watched == switching && !mainPaintedAtNs) {
            ++switchPaints;
            if (!tile->hasPicture())
                ++switchEmptyPaints;
            else if (tile->shownStream() == CameraStream::Main)
                mainPaintedAtNs = clock.nsecsElapsed();
        }
        const Frame frame = tile->camera()->feed()->frames(tile->shownStream()).latest();
        if (frame.isNull() || frame.sequence() == lastSequence.value(watched))
            return false;
        lastSequence.insert(watched, frame.sequence());
        if (counting) {
            painted[watched] += 1;
            delaysMs.push_back(
                std::chrono::duration<double, std::milli>(Frame::Clock::now() - frame.captureTime()).count());
        }
        return false;
    }
};

int runGrid(const QStringList &urls, int seconds, QSize windowSize, bool minimized, bool maximize)
{
    CameraRegistry registry;
    for (qsizetype i = 0; i < urls.size(); ++i) {
        const QStringList streams = urls[i].split(u'|');
        CameraConfig config = TestCameras::config(QStringLiteral("cam%1").arg(i + 1), QUrl(streams.first()));
        if (streams.size() > 1)
            config.subUrl = QUrl(streams.at(1));
        registry.add(config, CameraRegistry::Lifetime::ThisRunOnly);
    }
    MainWindow window(&registry);
    window.resize(windowSize);
    window.show();
    if (minimized)
        window.showMinimized();
    auto *probe = new PaintProbe(&window);
    const QList<CameraTile *> tiles = window.grid()->tiles();
    for (CameraTile *tile : tiles)
        tile->installEventFilter(probe);

    double cpuStart = 0;
    double elapsed = 0;
    double cpu = 0;
    QElapsedTimer clock;
    std::vector<double> overlayUs;
    std::vector<double> picturesUs;
    // The GUI thread's cost of one tile's paint, with the whole overlay (name and state unfaded, rate, size, clock) and
    // with the pictures alone, in rounds that alternate so both meet the same machine: what the chrome costs.
    // Measured at the end of the window, while the pictures are still coming.
    const auto measurePaints = [&] {
        QList<CameraTile *> shown;
        for (CameraTile *tile : tiles) {
            if (tile->isVisible() && tile->hasPicture())
                shown.append(tile);
        }
        QImage target(window.size(), QImage::Format_ARGB32_Premultiplied);
        for (int round = 0; round < 40 && !shown.isEmpty(); ++round) {
            for (const bool overlay : {true, false}) {
                window.grid()->setOverlayItems(overlay ? OverlayItems {true, true, true, false}
                                                       : OverlayItems {false, false, false, false});
                for (CameraTile *tile : std::as_const(shown)) {
                    QElapsedTimer paint;
                    paint.start();
                    tile->render(&target);
                    (overlay ? overlayUs : picturesUs).push_back(double(paint.nsecsElapsed()) / 1e3);
                }
            }
        }
    };
    // Counted once every camera has had time to connect and settle.
    QTimer::singleShot(5000, &window, [&] {
        probe->counting = true;
        cpuStart = processCpuSeconds();
        clock.start();
        QTimer::singleShot(seconds * 1000, &window, [&] {
            elapsed = double(clock.nsecsElapsed()) / 1e9;
            cpu = (processCpuSeconds() - cpuStart) / elapsed;
            probe->counting = false;
            if (!minimized)
                measurePaints();
            if (!maximize || tiles.isEmpty())
                return QApplication::quit();
            // As a person does: a double-click on the first tile. Ends at its first main-stream paint, or 10 s.
            probe->switching = tiles.first();
            probe->clock.start();
            const QPointF centre = QRectF(tiles.first()->rect()).center();
            QMouseEvent click(QEvent::MouseButtonDblClick, centre, tiles.first()->mapToGlobal(centre), Qt::LeftButton,
                              Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(tiles.first(), &click);
            auto *poll = new QTimer(&window);
            QObject::connect(poll, &QTimer::timeout, &window, [&] {
                if (probe->mainPaintedAtNs || probe->clock.elapsed() > 10'000)
                    QApplication::quit();
            });
            poll->start(10);
        });
    });
    QApplication::exec();

    std::vector<double> tileFps;
    QJsonArray perTile;
    for (CameraTile *tile : tiles) {
        const double fps = probe->painted.value(tile) / elapsed;
        tileFps.push_back(fps);
        const CameraStatus status = tile->camera()->feed()->status();
        perTile.append(
            QJsonObject {{QStringLiteral("painted_fps"), fps},
                         {QStringLiteral("stream"), cameraStreamName(tile->shownStream())},
                         {QStringLiteral("received_fps"), status.fps},
                         {QStringLiteral("decode_ms"), status.decodeMs},
                         {QStringLiteral("tile"), QStringLiteral("%1x%2").arg(tile->width()).arg(tile->height())}});
    }
    QJsonObject result {
        {QStringLiteral("cameras"), int(tiles.size())},
        {QStringLiteral("tile_paint_us_p50"), percentile(overlayUs, 0.5)},
        {QStringLiteral("tile_paint_us_pictures_only_p50"), percentile(picturesUs, 0.5)},
        {QStringLiteral("seconds"), elapsed},
        {QStringLiteral("cpu_cores"), cpu},
        {QStringLiteral("painted_fps_min"), tileFps.empty() ? 0 : *std::min_element(tileFps.begin(), tileFps.end())},
        {QStringLiteral("painted_fps_median"), percentile(tileFps, 0.5)},
        {QStringLiteral("paint_delay_ms_p50"), percentile(probe->delaysMs, 0.5)},
        {QStringLiteral("paint_delay_ms_p99"), percentile(probe->delaysMs, 0.99)},
        {QStringLiteral("paint_samples"), qint64(probe->delaysMs.size())},
        {QStringLiteral("tiles"), perTile},
    };
    if (maximize) {
        result.insert(QStringLiteral("maximize_to_main_ms"),
                      probe->mainPaintedAtNs ? QJsonValue(double(*probe->mainPaintedAtNs) / 1e6) : QJsonValue());
        result.insert(QStringLiteral("maximize_paints"), probe->switchPaints);
        result.insert(QStringLiteral("maximize_empty_paints"), probe->switchEmptyPaints);
    }
    std::puts(QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

int usage()
{
    std::fputs("usage: cctv_bench micro [--iterations N]\n"
               "       cctv_bench yuv [--iterations N]\n"
               "       cctv_bench grid --seconds S [--window WxH] [--minimized] [--maximize] URL[|SUBURL]...\n",
               stderr);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    // As the program does (app/main.cpp), so the window measured here is the one users run.
    MemoryPolicy::keepPictureBuffers();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = QApplication::arguments().mid(1);
    if (args.isEmpty())
        return usage();
    const QString mode = args.takeFirst();
    int iterations = 20;
    int seconds = 10;
    QSize window(1280, 760);
    bool minimized = false;
    bool maximize = false;
    QStringList urls;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == QLatin1String("--iterations") && !args.isEmpty())
            iterations = qMax(1, args.takeFirst().toInt());
        else if (arg == QLatin1String("--seconds") && !args.isEmpty())
            seconds = qMax(1, args.takeFirst().toInt());
        else if (arg == QLatin1String("--window") && !args.isEmpty()) {
            const QStringList wh = args.takeFirst().split(u'x');
            if (wh.size() == 2)
                window = QSize(wh[0].toInt(), wh[1].toInt());
        } else if (arg == QLatin1String("--minimized"))
            minimized = true;
        else if (arg == QLatin1String("--maximize"))
            maximize = true;
        else if (arg.startsWith(QLatin1String("--")))
            return usage();
        else
            urls << arg;
    }
    if (mode == QLatin1String("micro"))
        return runMicro(iterations);
    if (mode == QLatin1String("yuv"))
        return runYuv(iterations);
    if (mode == QLatin1String("grid") && !urls.isEmpty())
        return runGrid(urls, seconds, window, minimized, maximize);
    return usage();
}
