#include "frame.h"

#include "jpegcodec.h"
#include "picturescaler.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSharedData>

#include <array>
#include <atomic>
#include <list>
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

// A form of the picture made at most once: the first caller makes it under the form's own guard (a second caller
// of the same form waits and shares it), and once made it is read without any lock.
template<typename T> class OnceForm
{
public:
    template<typename Make> const T &get(Make &&make)
    {
        if (!m_ready.load(std::memory_order_acquire)) {
            QMutexLocker lock(&m_guard);
            if (!m_ready.load(std::memory_order_relaxed)) {
                m_value = make();
                m_ready.store(true, std::memory_order_release);
            }
        }
        return m_value;
    }
    // Before the frame is shared.
    void set(T value)
    {
        m_value = std::move(value);
        m_ready.store(true, std::memory_order_release);
    }
    bool isReady() const { return m_ready.load(std::memory_order_acquire); }
    const T &value() const { return m_value; } // only once isReady()

private:
    QMutex m_guard;
    std::atomic<bool> m_ready {false};
    T m_value {};
};

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

    // Derived forms, each made under its own guard: a viewer's encode never holds up the painter's read.
    OnceForm<QByteArray> jpeg; // the source's bytes, or the one encode
    struct Display
    {
        explicit Display(QSize forBound)
            : bound(forBound)
        { }
        QSize bound;
        OnceForm<QImage> image;
        std::atomic<bool> published {false};
    };
    struct Variant
    {
        Variant(int forWidth, int forQuality)
            : width(forWidth)
            , quality(forQuality)
        { }
        int width;
        int quality;
        OnceForm<QByteArray> jpeg;
    };
    // The lists only grow (a std::list keeps its elements in place), under `formsMutex`, held just long enough to
    // find or add an entry.
    QMutex formsMutex;
    std::list<Display> displays;
    std::list<Variant> variants;
    static constexpr int MaxDisplays = 6; // tile sizes one frame is shown at (a few tiles, a resize in between)
    std::atomic<const Display *> latestDisplay {nullptr}; // set once its image is made
    // Every display whose image is made, in the order made: read by painters without the lock.
    std::array<std::atomic<const Display *>, MaxDisplays> madeDisplays {};
    std::atomic<int> madeCount {0};
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
    data->jpeg.set(std::move(jpeg));
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

// The full-size JPEG, encoded on first use.
const QByteArray &fullJpeg(FrameData &data)
{
    return data.jpeg.get([&data] {
        if (data.picture)
            return encodePicture(*data.picture, Frame::DefaultJpegQuality);
        if (!data.image.isNull())
            return JpegCodec::forThisThread().encode(data.image, Frame::DefaultJpegQuality);
        return QByteArray();
    });
}

// The picture fitted into `bound` (aspect kept), RGB32.
QImage fittedPicture(FrameData &data, QSize bound)
{
    if (data.picture) {
        QSize target = data.size.scaled(bound, Qt::KeepAspectRatio).expandedTo({1, 1});
        // Even sides keep swscale on its fast paths (for an odd width it interpolates chroma fully, at five times
        // the cost). One row or column less is not seen.
        if (target.width() > 2)
            target.setWidth(target.width() & ~1);
        if (target.height() > 2)
            target.setHeight(target.height() & ~1);
        return PictureScaler::forThisThread().toRgb32(*data.picture, target);
    }
    QImage picture = data.jpegSource ? JpegCodec::forThisThread().decode(data.jpeg.value(), bound) : data.image;
    if (picture.isNull())
        return {};
    const QSize fitted = picture.size().scaled(bound, Qt::KeepAspectRatio);
    if (picture.size() != fitted)
        picture = picture.scaled(fitted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (picture.format() != QImage::Format_RGB32)
        picture = std::move(picture).convertToFormat(QImage::Format_RGB32);
    return picture;
}

// A smaller or differently compressed JPEG.
QByteArray encodeVariant(FrameData &data, int width, int quality)
{
    if (data.picture && width == 0)
        return encodePicture(*data.picture, quality);
    const QSize target = width == 0 ? data.size : QSize(width, qMax(1, data.size.height() * width / data.size.width()));
    // A decoded picture is scaled as it is (a decoder's straight from YUV); a JPEG source goes through its JPEG,
    // decoded at the nearest scale.
    QImage picture = data.picture ? PictureScaler::forThisThread().toRgb32(*data.picture, target)
        : !data.image.isNull()    ? data.image
                                  : JpegCodec::forThisThread().decode(fullJpeg(data), target);
    if (picture.isNull())
        return {};
    if (picture.size() != target)
        picture = picture.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return JpegCodec::forThisThread().encode(picture, quality);
}
} // namespace

QByteArray Frame::jpeg() const
{
    return d ? fullJpeg(*d) : QByteArray();
}

QImage Frame::displayImage(QSize bound) const
{
    if (!d || bound.isEmpty())
        return {};
    FrameData::Display *display = nullptr;
    {
        QMutexLocker lock(&d->formsMutex);
        for (FrameData::Display &candidate : d->displays) {
            if (candidate.bound == bound)
                display = &candidate;
        }
        if (!display && d->displays.size() < FrameData::MaxDisplays)
            display = &d->displays.emplace_back(bound);
    }
    if (!display)
        return fittedPicture(*d, bound);
    const QImage &image = display->image.get([this, bound] { return fittedPicture(*d, bound); });
    if (!image.isNull()) {
        d->latestDisplay.store(display, std::memory_order_release);
        if (!display->published.exchange(true, std::memory_order_acq_rel)) {
            const int at = d->madeCount.fetch_add(1, std::memory_order_acq_rel);
            if (at < FrameData::MaxDisplays)
                d->madeDisplays[size_t(at)].store(display, std::memory_order_release);
        }
    }
    return image;
}

QImage Frame::displayImageMadeFor(QSize bound) const
{
    if (!d || bound.isEmpty())
        return {};
    // No lock: whoever made a display image published it whole, then its entry.
    const int made = qMin(d->madeCount.load(std::memory_order_acquire), FrameData::MaxDisplays);
    for (int i = 0; i < made; ++i) {
        const FrameData::Display *display = d->madeDisplays[size_t(i)].load(std::memory_order_acquire);
        if (display && display->bound == bound)
            return display->image.value();
    }
    return {};
}

QImage Frame::preparedDisplayImage(QSize *bound) const
{
    // No lock: whoever made the display image published it whole.
    const FrameData::Display *display = d ? d->latestDisplay.load(std::memory_order_acquire) : nullptr;
    if (bound)
        *bound = display ? display->bound : QSize();
    return display ? display->image.value() : QImage();
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

    FrameData::Variant *variant = nullptr;
    {
        QMutexLocker lock(&d->formsMutex);
        for (FrameData::Variant &candidate : d->variants) {
            if (candidate.width == width && candidate.quality == quality)
                variant = &candidate;
        }
        if (!variant && d->variants.size() < MaxCachedVariants)
            variant = &d->variants.emplace_back(width, quality);
    }
    // A second viewer asking the same waits for this variant alone and shares it.
    if (!variant)
        return encodeVariant(*d, width, quality);
    return variant->jpeg.get([this, width, quality] { return encodeVariant(*d, width, quality); });
}
