#include "frame.h"

#include "jpegcodec.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSharedData>

class FrameData final : public QSharedData
{
public:
    quint64 sequence = 0;
    Frame::Clock::time_point captured;
    QSize size;
    QImage image; // set for decoded sources
    bool jpegSource = false;

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

Frame Frame::fromJpeg(QByteArray jpeg, QSize size, quint64 sequence, Clock::time_point captured)
{
    auto *data = new FrameData;
    data->sequence = sequence;
    data->captured = captured;
    data->size = size;
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

namespace {
// The full-size JPEG, encoded on first use; the caller holds the frame's mutex.
const QByteArray &fullJpegLocked(FrameData &data)
{
    if (data.jpeg.isEmpty() && !data.image.isNull())
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

QImage Frame::preparedDisplayImage() const
{
    if (!d)
        return {};
    QMutexLocker lock(&d->mutex);
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
    // A decoded picture is scaled as it is; anything else goes through its JPEG, decoded at the nearest scale.
    QImage picture = !d->image.isNull() ? d->image : JpegCodec::forThisThread().decode(fullJpegLocked(*d), target);
    if (picture.isNull())
        return {};
    if (picture.size() != target)
        picture = picture.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QByteArray encoded = JpegCodec::forThisThread().encode(picture, quality);
    if (d->variants.size() < MaxCachedVariants)
        d->variants.append({width, quality, encoded});
    return encoded;
}
