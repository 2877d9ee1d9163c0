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

QByteArray Frame::jpeg() const
{
    if (!d)
        return {};
    QMutexLocker lock(&d->mutex);
    if (d->jpeg.isEmpty() && !d->image.isNull())
        d->jpeg = JpegCodec::forThisThread().encode(d->image, DefaultJpegQuality);
    return d->jpeg;
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
