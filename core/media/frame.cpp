#include "frame.h"

#include "jpegcodec.h"
#include "picturescaler.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSharedData>

#include <memory>

extern "C" {
#include <libavutil/frame.h>
}

namespace {
struct AvFrameDeleter
{
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};
using AvFramePtr = std::unique_ptr<AVFrame, AvFrameDeleter>;

bool isPlanar420(const AVFrame &picture)
{
    return picture.format == AV_PIX_FMT_YUV420P || picture.format == AV_PIX_FMT_YUVJ420P;
}
} // namespace

class FrameData final : public QSharedData
{
public:
    quint64 sequence = 0;
    Frame::Clock::time_point captured;
    QSize size;
    QImage image; // set for decoded sources
    AvFramePtr picture; // set for a decoder's picture: its YUV planes, shared with the decoder by reference
    bool jpegSource = false;
    qint64 inputBytes = 0;
    Frame::Clock::duration decodeTime {};

    // Derived forms: written once under the mutex, then only read.
    QMutex mutex;
    QByteArray jpeg; // the source's bytes, or the one encode
    QImage display;
    QSize displayBound;
    struct Variant
    {
        int width;
        int quality;
        QByteArray jpeg;
    };
    QList<Variant> variants;
};

Frame::Frame() = default;
Frame::~Frame() = default;
Frame::Frame(const Frame &other) = default;
Frame &Frame::operator=(const Frame &other) = default;
Frame::Frame(Frame &&other) noexcept = default;
Frame &Frame::operator=(Frame &&other) noexcept = default;
Frame::Frame(FrameData *data)
    : d(data)
{ }

Frame Frame::fromImage(QImage image, quint64 sequence, Clock::time_point captured)
{
    auto *data = new FrameData;
    data->sequence = sequence;
    data->captured = captured;
    data->size = image.size();
    data->image = std::move(image);
    return Frame(data);
}

Frame Frame::fromAvFrame(const AVFrame *picture, quint64 sequence, Clock::time_point captured)
{
    if (!picture || picture->width <= 0 || picture->height <= 0)
        return {};
    AvFramePtr reference(av_frame_clone(picture));
    if (!reference)
        return {};
    auto *data = new FrameData;
    data->sequence = sequence;
    data->captured = captured;
    data->size = QSize(picture->width, picture->height);
    data->picture = std::move(reference);
    return Frame(data);
}

Frame Frame::fromJpeg(QByteArray jpeg, QSize size, quint64 sequence, Clock::time_point captured)
{
    auto *data = new FrameData;
    data->sequence = sequence;
    data->captured = captured;
    data->size = size;
    data->inputBytes = jpeg.size();
    data->jpeg = std::move(jpeg);
    data->jpegSource = true;
    return Frame(data);
}

bool Frame::isNull() const
{
    return !d;
}

quint64 Frame::sequence() const
{
    return d ? d->sequence : 0;
}

qint64 Frame::inputBytes() const
{
    return d ? d->inputBytes : 0;
}

Frame::Clock::duration Frame::decodeTime() const
{
    return d ? d->decodeTime : Clock::duration {};
}

void Frame::setInputCost(qint64 bytes, Clock::duration decodeTime)
{
    if (!d)
        return;
    d->inputBytes = bytes;
    d->decodeTime = decodeTime;
}

Frame::Clock::time_point Frame::captureTime() const
{
    return d ? d->captured : Clock::time_point {};
}

QSize Frame::size() const
{
    return d ? d->size : QSize();
}

bool Frame::isJpegSource() const
{
    return d && d->jpegSource;
}

bool Frame::isDecodedPicture() const
{
    return d && d->picture;
}

std::optional<Frame::YuvPlanes> Frame::yuv420Planes() const
{
    if (!d || !d->picture || !isPlanar420(*d->picture))
        return std::nullopt;
    const AVFrame &picture = *d->picture;
    if (picture.linesize[0] <= 0 || picture.linesize[1] <= 0 || picture.linesize[2] <= 0)
        return std::nullopt; // stored bottom-up: not worth a painter's special case
    YuvPlanes planes {};
    for (int i = 0; i < 3; ++i) {
        planes.data[i] = picture.data[i];
        planes.stride[i] = picture.linesize[i];
    }
    planes.size = d->size;
    planes.fullRange = picture.format == AV_PIX_FMT_YUVJ420P || picture.color_range == AVCOL_RANGE_JPEG;
    planes.bt709 = picture.colorspace == AVCOL_SPC_BT709;
    return planes;
}

namespace {
// A decoder's picture as JPEG: 4:2:0 straight from its planes, anything else through one RGB conversion.
QByteArray encodePicture(const AVFrame &picture, int quality)
{
    if (isPlanar420(picture)) {
        const unsigned char *const planes[3] = {picture.data[0], picture.data[1], picture.data[2]};
        const int strides[3] = {picture.linesize[0], picture.linesize[1], picture.linesize[2]};
        return JpegCodec::forThisThread().encodeYuv420(planes, strides, QSize(picture.width, picture.height), quality);
    }
    return JpegCodec::forThisThread().encode(
        PictureScaler::forThisThread().toRgb32(picture, QSize(picture.width, picture.height)), quality);
}

// The full-size JPEG, encoded on first use; the caller holds the frame's mutex.
const QByteArray &fullJpegLocked(FrameData &data)
{
    if (data.jpeg.isEmpty() && data.picture)
        data.jpeg = encodePicture(*data.picture, Frame::DefaultJpegQuality);
    else if (data.jpeg.isEmpty() && !data.image.isNull())
        data.jpeg = JpegCodec::forThisThread().encode(data.image, Frame::DefaultJpegQuality);
    return data.jpeg;
}
} // namespace

QByteArray Frame::jpeg() const
{
    if (!d)
        return {};
    QMutexLocker lock(&d->mutex);
    return fullJpegLocked(*d);
}

QImage Frame::displayImage(QSize bound) const
{
    if (!d || bound.isEmpty())
        return {};
    QMutexLocker lock(&d->mutex);
    if (d->displayBound == bound && !d->display.isNull())
        return d->display;

    if (d->picture) {
        QSize target = d->size.scaled(bound, Qt::KeepAspectRatio).expandedTo({1, 1});
        // Even sides keep swscale on its fast paths (for an odd width it interpolates chroma fully, at five times
        // the cost). One row or column less is not seen.
        if (target.width() > 2)
            target.setWidth(target.width() & ~1);
        if (target.height() > 2)
            target.setHeight(target.height() & ~1);
        QImage scaled = PictureScaler::forThisThread().toRgb32(*d->picture, target);
        if (scaled.isNull())
            return {};
        d->display = scaled;
        d->displayBound = bound;
        return scaled;
    }
    QImage picture = d->jpegSource ? JpegCodec::forThisThread().decode(d->jpeg, bound) : d->image;
    if (picture.isNull())
        return {};
    const QSize fitted = picture.size().scaled(bound, Qt::KeepAspectRatio);
    if (picture.size() != fitted)
        picture = picture.scaled(fitted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (picture.format() != QImage::Format_RGB32)
        picture = std::move(picture).convertToFormat(QImage::Format_RGB32);
    d->display = picture;
    d->displayBound = bound;
    return picture;
}

QImage Frame::preparedDisplayImage(QSize *bound) const
{
    if (!d)
        return {};
    QMutexLocker lock(&d->mutex);
    if (bound)
        *bound = d->displayBound;
    return d->display;
}

QByteArray Frame::jpeg(int width, int quality) const
{
    if (!d)
        return {};
    if (width <= 0 || width >= d->size.width())
        width = 0;
    quality = quality <= 0 ? DefaultJpegQuality : qBound(10, quality, 95);
    if (width == 0 && quality == DefaultJpegQuality)
        return jpeg();

    // One lock per frame for the whole encode: a second viewer asking the same waits and shares the result.
    QMutexLocker lock(&d->mutex);
    for (const FrameData::Variant &variant : std::as_const(d->variants)) {
        if (variant.width == width && variant.quality == quality)
            return variant.jpeg;
    }
    const QSize target = width == 0 ? d->size : QSize(width, qMax(1, d->size.height() * width / d->size.width()));
    QByteArray encoded;
    if (d->picture && width == 0) {
        encoded = encodePicture(*d->picture, quality);
    } else {
        // A decoded picture is scaled as it is (a decoder's straight from YUV); a JPEG source goes through its
        // JPEG, decoded at the nearest scale.
        QImage picture = d->picture ? PictureScaler::forThisThread().toRgb32(*d->picture, target)
            : !d->image.isNull()    ? d->image
                                    : JpegCodec::forThisThread().decode(fullJpegLocked(*d), target);
        if (picture.isNull())
            return {};
        if (picture.size() != target)
            picture = picture.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        encoded = JpegCodec::forThisThread().encode(picture, quality);
    }
    if (encoded.isEmpty())
        return {};
    if (d->variants.size() < MaxCachedVariants)
        d->variants.append({width, quality, encoded});
    return encoded;
}
