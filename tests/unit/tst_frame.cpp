#include "camera/camerafeed.h"
#include "camera/displayrequest.h"
#include "media/frame.h"
#include "media/jpegcodec.h"
#include "media/picturescaler.h"

#include <QPainter>
#include <QTest>

#include <future>
#include <memory>

extern "C" {
#include <libavutil/frame.h>
#include <libavutil/pixdesc.h>
}

namespace {
QImage picture(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.fillRect(image.rect(), Qt::darkBlue);
    painter.fillRect(QRect(QPoint(), size / 2), Qt::yellow);
    return image;
}

struct AvFrameDeleter
{
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};
using AvFramePtr = std::unique_ptr<AVFrame, AvFrameDeleter>;

struct Yuv
{
    int y, u, v;
};
// Red and blue in BT.601, limited ("tv") range and full ("jpeg") range.
constexpr Yuv RedLimited {81, 90, 240};
constexpr Yuv BlueLimited {41, 240, 110};
constexpr Yuv RedFull {76, 85, 255};
constexpr Yuv BlueFull {29, 255, 107};

// A decoder-like planar YUV picture: the top half `top`, the bottom half `bottom`.
AvFramePtr yuvPicture(QSize size, AVPixelFormat format, Yuv top, Yuv bottom)
{
    AvFramePtr frame(av_frame_alloc());
    frame->format = format;
    frame->width = size.width();
    frame->height = size.height();
    frame->color_range = format == AV_PIX_FMT_YUVJ420P ? AVCOL_RANGE_JPEG : AVCOL_RANGE_MPEG;
    if (av_frame_get_buffer(frame.get(), 0) < 0)
        return {};
    const AVPixFmtDescriptor *layout = av_pix_fmt_desc_get(format);
    for (int plane = 0; plane < 3; ++plane) {
        const int rows = plane == 0 ? size.height() : AV_CEIL_RSHIFT(size.height(), layout->log2_chroma_h);
        const int columns = plane == 0 ? size.width() : AV_CEIL_RSHIFT(size.width(), layout->log2_chroma_w);
        for (int row = 0; row < rows; ++row) {
            const Yuv &colour = row < rows / 2 ? top : bottom;
            const int value = plane == 0 ? colour.y : plane == 1 ? colour.u : colour.v;
            memset(frame->data[plane] + qsizetype(row) * frame->linesize[plane], value, size_t(columns));
        }
    }
    return frame;
}

bool near(QRgb actual, QColor expected, int tolerance = 24)
{
    return qAbs(qRed(actual) - expected.red()) <= tolerance && qAbs(qGreen(actual) - expected.green()) <= tolerance
        && qAbs(qBlue(actual) - expected.blue()) <= tolerance;
}
} // namespace

Q_DECLARE_METATYPE(Yuv)

class tst_Frame : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copiesShareOnePicture()
    {
        const Frame frame = Frame::fromImage(picture({320, 240}), 7);
        const Frame copy = frame; // NOLINT: the copy is the point
        QCOMPARE(copy.sequence(), 7u);
        QCOMPARE(copy.size(), QSize(320, 240));
        QCOMPARE(copy.captureTime(), frame.captureTime());
    }

    void jpegIsEncodedOnceForManyReaders()
    {
        const Frame frame = Frame::fromImage(picture({1280, 720}), 1);
        // Sixteen readers on sixteen threads ask at once: they must all get the very same bytes, not sixteen encodes.
        std::vector<std::future<QByteArray>> readers;
        for (int i = 0; i < 16; ++i)
            readers.push_back(std::async(std::launch::async, [frame] { return frame.jpeg(); }));
        std::vector<QByteArray> results;
        for (auto &reader : readers)
            results.push_back(reader.get());
        QVERIFY(results.front().startsWith("\xff\xd8"));
        for (const QByteArray &result : results)
            QCOMPARE(static_cast<const void *>(result.constData()),
                     static_cast<const void *>(results.front().constData()));
    }

    void variantsAreEncodedOncePerFrameAndShared()
    {
        for (const bool fromJpeg : {false, true}) {
            const QImage source = picture({1280, 720});
            const Frame frame = fromJpeg
                ? Frame::fromJpeg(JpegCodec::forThisThread().encode(source, 90), {1280, 720}, 1)
                : Frame::fromImage(source, 1);
            std::vector<std::future<QByteArray>> readers;
            for (int i = 0; i < 8; ++i)
                readers.push_back(std::async(std::launch::async, [frame] { return frame.jpeg(320, 60); }));
            std::vector<QByteArray> results;
            for (auto &reader : readers)
                results.push_back(reader.get());
            for (const QByteArray &result : results)
                QCOMPARE(static_cast<const void *>(result.constData()),
                         static_cast<const void *>(results.front().constData()));
            QCOMPARE(JpegCodec::forThisThread().imageSize(results.front()), QSize(320, 180));
            // A lower quality is a smaller file; the default asks for nothing new.
            QVERIFY(frame.jpeg(0, 30).size() < frame.jpeg(0, 95).size());
            QCOMPARE(frame.jpeg(0, 0).constData(), frame.jpeg().constData());
            QCOMPARE(frame.jpeg(5000, 0).constData(), frame.jpeg().constData());
        }
    }

    void jpegDecodesToTheFrameSize()
    {
        const Frame frame = Frame::fromImage(picture({640, 360}), 1);
        QCOMPARE(JpegCodec::forThisThread().imageSize(frame.jpeg()), QSize(640, 360));
        const QImage decoded = JpegCodec::forThisThread().decode(frame.jpeg());
        QCOMPARE(decoded.size(), QSize(640, 360));
        // Top-left quarter yellow, the rest dark blue, within JPEG's error.
        const QColor yellow = decoded.pixelColor(10, 10);
        QVERIFY2(yellow.red() > 200 && yellow.green() > 200 && yellow.blue() < 60, qPrintable(yellow.name()));
        const QColor blue = decoded.pixelColor(600, 300);
        QVERIFY2(blue.blue() > 100 && blue.red() < 40, qPrintable(blue.name()));
    }

    void jpegSourceBytesPassThroughUntouched()
    {
        const QByteArray jpeg = JpegCodec::forThisThread().encode(picture({640, 480}), 90);
        const Frame frame = Frame::fromJpeg(jpeg, {640, 480}, 3);
        QVERIFY(frame.isJpegSource());
        QCOMPARE(static_cast<const void *>(frame.jpeg().constData()), static_cast<const void *>(jpeg.constData()));
    }

    // Two tiles of different sizes show one camera (the window and a wall): each slot asks for its size, the worker
    // makes each once, and each tile finds the picture made for its own size.
    void severalTilesGetAPictureEachAtTheirSize()
    {
        DisplayRequest request;
        const int window = request.acquire();
        const int wall = request.acquire();
        const int third = request.acquire();
        QVERIFY(window >= 0 && wall >= 0 && third >= 0 && window != wall);
        request.set(window, {320, 180});
        request.set(wall, {1280, 720});
        request.set(third, {320, 180}); // the same size as the window's: made once
        const Frame frame = Frame::fromImage(picture({1920, 1080}), 1);
        const QVarLengthArray<QSize, DisplayRequest::Slots> bounds = request.imageBoundsFor(frame);
        QCOMPARE(bounds.size(), 2);
        QCOMPARE(request.size(), QSize(1280, 720)); // the largest anyone asks for
        for (const QSize bound : bounds)
            frame.displayImage(bound);
        QCOMPARE(frame.displayImageMadeFor({320, 180}).size(), QSize(320, 180));
        QCOMPARE(frame.displayImageMadeFor({1280, 720}).size(), QSize(1280, 720));
        QVERIFY(frame.displayImageMadeFor({640, 360}).isNull()); // nobody asked for it: nothing made
        // Shared, not made again: the same pixels for every reader of that size.
        QCOMPARE(frame.displayImageMadeFor({320, 180}).constBits(), frame.displayImage({320, 180}).constBits());

        // Every slot taken: the next tile gets none; a tile gone gives its slot back, and asks for nothing more.
        QVERIFY(request.acquire() >= 0);
        QCOMPARE(request.acquire(), -1);
        request.release(wall);
        QCOMPARE(request.size(), QSize(320, 180));
        QCOMPARE(request.acquire(), wall);
        QVERIFY(request.size() == QSize(320, 180));
        for (int slot = 0; slot < DisplayRequest::Slots; ++slot)
            request.release(slot);
        QVERIFY(request.imageBoundsFor(frame).isEmpty());
        QVERIFY(request.size().isEmpty());
    }

    void displayImageFitsTheTile_data()
    {
        QTest::addColumn<bool>("fromJpeg");
        QTest::addColumn<QSize>("bound");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("decoded, quarter") << false << QSize(320, 180) << QSize(320, 180);
        QTest::newRow("decoded, letterboxed") << false << QSize(400, 400) << QSize(400, 225);
        QTest::newRow("jpeg, eighth") << true << QSize(160, 90) << QSize(160, 90);
        QTest::newRow("jpeg, odd tile") << true << QSize(500, 300) << QSize(500, 281);
    }
    void displayImageFitsTheTile()
    {
        QFETCH(bool, fromJpeg);
        QFETCH(QSize, bound);
        QFETCH(QSize, expected);
        const QImage source = picture({1280, 720});
        const Frame frame = fromJpeg ? Frame::fromJpeg(JpegCodec::forThisThread().encode(source, 85), {1280, 720}, 1)
                                     : Frame::fromImage(source, 1);
        const QImage display = frame.displayImage(bound);
        QCOMPARE(display.size(), expected);
        QCOMPARE(display.format(), QImage::Format_RGB32);
        // Made once: a second request returns the same pixels, and a painter can fetch it without any work.
        QCOMPARE(frame.displayImage(bound).constBits(), display.constBits());
        QCOMPARE(frame.preparedDisplayImage().constBits(), display.constBits());
    }

    void scaledDecodePicksTheSmallestCoveringScale()
    {
        const QByteArray jpeg = JpegCodec::forThisThread().encode(picture({1920, 1080}), 85);
        QCOMPARE(JpegCodec::forThisThread().decode(jpeg, {240, 135}).size(), QSize(240, 135)); // 1/8
        QCOMPARE(JpegCodec::forThisThread().decode(jpeg, {400, 225}).size(), QSize(480, 270)); // 1/4
        QCOMPARE(JpegCodec::forThisThread().decode(jpeg, {1000, 600}).size(), QSize(1200, 675)); // 5/8
    }

    void decodedPictureKeepsTheDecodersPlanes()
    {
        AvFramePtr decoded = yuvPicture({640, 360}, AV_PIX_FMT_YUV420P, RedLimited, BlueLimited);
        QVERIFY(decoded);
        const Frame frame = Frame::fromAvFrame(decoded.get(), 3);
        // A reference, not a copy; and the decoder may reuse its own frame at once.
        av_frame_unref(decoded.get());
        QVERIFY(frame.isDecodedPicture());
        QVERIFY(!frame.isJpegSource());
        QCOMPARE(frame.sequence(), 3u);
        QCOMPARE(frame.size(), QSize(640, 360));
        const QImage display = frame.displayImage({320, 320});
        QCOMPARE(display.size(), QSize(320, 180));
        QVERIFY(near(display.pixel(160, 40), Qt::red));
        QVERIFY(near(display.pixel(160, 140), Qt::blue));
    }

    void aGpuTileGetsTheDecodersPlanesAndTheWorkerMakesNoPicture()
    {
        AvFramePtr limited = yuvPicture({640, 360}, AV_PIX_FMT_YUV420P, RedLimited, BlueLimited);
        AvFramePtr full = yuvPicture({641, 361}, AV_PIX_FMT_YUVJ420P, RedFull, BlueFull);
        AvFramePtr chroma422 = yuvPicture({640, 360}, AV_PIX_FMT_YUV422P, RedLimited, BlueLimited);
        QVERIFY(limited && full && chroma422);
        const Frame decoded = Frame::fromAvFrame(limited.get(), 1);
        const std::optional<Frame::YuvPlanes> planes = decoded.yuv420Planes();
        QVERIFY(planes.has_value());
        QCOMPARE(planes->size, QSize(640, 360));
        QVERIFY(!planes->fullRange);
        QCOMPARE(planes->data[0][0], uchar(RedLimited.y)); // the decoder's own bytes
        QCOMPARE(planes->data[2][planes->stride[2] * 179], uchar(BlueLimited.v)); // the last chroma row
        const std::optional<Frame::YuvPlanes> fullPlanes = Frame::fromAvFrame(full.get(), 2).yuv420Planes();
        QVERIFY(fullPlanes.has_value());
        QVERIFY(fullPlanes->fullRange);
        QCOMPARE(fullPlanes->size, QSize(641, 361));
        // Other layouts are drawn from the worker's display picture.
        const Frame other = Frame::fromAvFrame(chroma422.get(), 3);
        QVERIFY(!other.yuv420Planes().has_value());
        const Frame jpeg
            = Frame::fromJpeg(JpegCodec::forThisThread().encode(QImage(64, 36, QImage::Format_RGB32), 80), {64, 36}, 4);
        QVERIFY(!jpeg.yuv420Planes().has_value());

        // The worker asks its feed which display picture to make: none for a picture a GPU tile draws itself.
        CameraFeed feed(CameraConfig {});
        feed.display().set({320, 180}, DisplayRequest::Form::Planes);
        QCOMPARE(feed.display().size(), QSize(320, 180));
        using Bounds = QVarLengthArray<QSize, DisplayRequest::Slots>;
        QVERIFY(feed.display().imageBoundsFor(decoded).isEmpty());
        QCOMPARE(feed.display().imageBoundsFor(other), Bounds({QSize(320, 180)}));
        QCOMPARE(feed.display().imageBoundsFor(jpeg), Bounds({QSize(320, 180)}));
        feed.display().set({320, 180}, DisplayRequest::Form::Image);
        QCOMPARE(feed.display().imageBoundsFor(decoded), Bounds({QSize(320, 180)}));
        feed.display().set({}, DisplayRequest::Form::Planes); // hidden
        QVERIFY(feed.display().imageBoundsFor(jpeg).isEmpty());
    }

    void decodedPictureIsPaintedToItsLastColumn_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QSize>("bound");
        QTest::addColumn<Yuv>("top");
        QTest::addColumn<Yuv>("bottom");
        // Widths that are not a multiple of 8: swscale's SIMD converter works in blocks of 8 pixels.
        QTest::newRow("1268 wide, scaled") << int(AV_PIX_FMT_YUV420P) << QSize(1268, 1000) << RedLimited << BlueLimited;
        QTest::newRow("636 wide, scaled, full range")
            << int(AV_PIX_FMT_YUVJ420P) << QSize(636, 1000) << RedFull << BlueFull;
        QTest::newRow("1916 wide, as it is")
            << int(AV_PIX_FMT_YUV420P) << QSize(1916, 1080) << RedLimited << BlueLimited;
    }
    void decodedPictureIsPaintedToItsLastColumn()
    {
        QFETCH(int, format);
        QFETCH(QSize, bound);
        QFETCH(Yuv, top);
        QFETCH(Yuv, bottom);
        const QSize source = bound.width() == 1916 ? QSize(1916, 1080) : QSize(1920, 1080);
        AvFramePtr decoded = yuvPicture(source, AVPixelFormat(format), top, bottom);
        const QImage display = Frame::fromAvFrame(decoded.get(), 1).displayImage(bound);
        QCOMPARE(display.width(), bound.width());
        for (int x : {0, display.width() / 2, display.width() - 8, display.width() - 1}) {
            QVERIFY2(near(display.pixel(x, display.height() / 4), Qt::red), qPrintable(QString::number(x)));
            QVERIFY2(near(display.pixel(x, display.height() * 3 / 4), Qt::blue), qPrintable(QString::number(x)));
        }
    }

    void scalerPaintsEveryPixelOfAnySize_data()
    {
        QTest::addColumn<QSize>("source");
        QTest::addColumn<QSize>("target");
        QTest::newRow("even to odd height") << QSize(1920, 1080) << QSize(1268, 713);
        QTest::newRow("even to odd width") << QSize(1920, 1080) << QSize(1267, 714);
        QTest::newRow("even to odd both") << QSize(1920, 1080) << QSize(321, 179);
        QTest::newRow("odd, unscaled") << QSize(1917, 1079) << QSize(1917, 1079);
        QTest::newRow("odd to even") << QSize(641, 359) << QSize(320, 180);
        QTest::newRow("tiny") << QSize(1920, 1080) << QSize(1, 1);
        QTest::newRow("enlarged") << QSize(320, 180) << QSize(1270, 714);
    }
    void scalerPaintsEveryPixelOfAnySize()
    {
        QFETCH(QSize, source);
        QFETCH(QSize, target);
        AvFramePtr decoded = yuvPicture(source, AV_PIX_FMT_YUV420P, RedLimited, RedLimited);
        const QImage image = PictureScaler::forThisThread().toRgb32(*decoded, target);
        QCOMPARE(image.size(), target);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (!near(image.pixel(x, y), Qt::red))
                    QFAIL(qPrintable(QStringLiteral("pixel %1,%2 is %3").arg(x).arg(y).arg(image.pixel(x, y), 0, 16)));
            }
        }
    }

    void decodedPictureDisplayFitsTheTileOnce()
    {
        AvFramePtr decoded = yuvPicture({1280, 720}, AV_PIX_FMT_YUV420P, RedLimited, BlueLimited);
        const Frame frame = Frame::fromAvFrame(decoded.get(), 1);
        const QImage display = frame.displayImage({500, 300});
        QCOMPARE(display.size(), QSize(500, 280)); // 281 rounded to even, for swscale's fast paths
        QCOMPARE(display.format(), QImage::Format_RGB32);
        QCOMPARE(qAlpha(display.pixel(10, 10)), 255);
        QCOMPARE(frame.displayImage({500, 300}).constBits(), display.constBits());
        QCOMPARE(frame.preparedDisplayImage().constBits(), display.constBits());
    }

    void decodedPictureEncodesToJpeg_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("fullRange");
        // 4:2:0 goes to TurboJPEG as planes; 4:4:4 takes the RGB fallback.
        QTest::newRow("yuv420p") << int(AV_PIX_FMT_YUV420P) << false;
        QTest::newRow("yuvj420p") << int(AV_PIX_FMT_YUVJ420P) << true;
        QTest::newRow("yuv444p (fallback)") << int(AV_PIX_FMT_YUV444P) << false;
    }
    void decodedPictureEncodesToJpeg()
    {
        QFETCH(int, format);
        QFETCH(bool, fullRange);
        AvFramePtr decoded = yuvPicture({640, 360}, AVPixelFormat(format), fullRange ? RedFull : RedLimited,
                                        fullRange ? BlueFull : BlueLimited);
        QVERIFY(decoded);
        const Frame frame = Frame::fromAvFrame(decoded.get(), 1);
        const QByteArray jpeg = frame.jpeg();
        QVERIFY(jpeg.startsWith("\xff\xd8"));
        QCOMPARE(static_cast<const void *>(frame.jpeg().constData()), static_cast<const void *>(jpeg.constData()));
        const QImage decodedJpeg = JpegCodec::forThisThread().decode(jpeg);
        QCOMPARE(decodedJpeg.size(), QSize(640, 360));
        // Limited-range planes go into the JPEG as they are: colours stay close, contrast is slightly lower.
        QVERIFY(near(decodedJpeg.pixel(320, 60), Qt::red, 40));
        QVERIFY(near(decodedJpeg.pixel(320, 300), Qt::blue, 40));

        const QByteArray small = frame.jpeg(320, 60);
        QCOMPARE(JpegCodec::forThisThread().imageSize(small), QSize(320, 180));
        QCOMPARE(static_cast<const void *>(frame.jpeg(320, 60).constData()),
                 static_cast<const void *>(small.constData()));
        QVERIFY(frame.jpeg(0, 50) != jpeg); // same size, another quality
    }

    void emptyDecodedPictureIsRejected()
    {
        AvFramePtr empty(av_frame_alloc());
        QVERIFY(Frame::fromAvFrame(empty.get(), 1).isNull());
        QVERIFY(Frame::fromAvFrame(nullptr, 1).isNull());
    }

    void garbageIsRejectedWithoutCrashing()
    {
        const QByteArray garbage("\xff\xd8 this is not a picture");
        QVERIFY(!JpegCodec::forThisThread().imageSize(garbage).isValid());
        QVERIFY(JpegCodec::forThisThread().decode(garbage, {100, 100}).isNull());
        const Frame frame = Frame::fromJpeg(garbage, {100, 100}, 1);
        QVERIFY(frame.displayImage({100, 100}).isNull());
    }
};

QTEST_GUILESS_MAIN(tst_Frame)
#include "tst_frame.moc"
