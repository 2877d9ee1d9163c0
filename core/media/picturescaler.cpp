#include "picturescaler.h"

#include <array>
#include <cstdlib>

extern "C" {
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

namespace {
struct SwsDeleter
{
    void operator()(SwsContext *context) const { sws_freeContext(context); }
};
struct AvFrameDeleter
{
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};

// The JPEG-range "yuvj" formats are deprecated in swscale: same layout, full range said separately.
AVPixelFormat withoutJpegRange(AVPixelFormat format, bool &fullRange)
{
    switch (format) {
    case AV_PIX_FMT_YUVJ420P:
        fullRange = true;
        return AV_PIX_FMT_YUV420P;
    case AV_PIX_FMT_YUVJ422P:
        fullRange = true;
        return AV_PIX_FMT_YUV422P;
    case AV_PIX_FMT_YUVJ444P:
        fullRange = true;
        return AV_PIX_FMT_YUV444P;
    case AV_PIX_FMT_YUVJ440P:
        fullRange = true;
        return AV_PIX_FMT_YUV440P;
    default:
        return format;
    }
}

// An RGB32 image whose rows are padded to a multiple of 32 pixels. swscale's SIMD colour converter writes whole
// blocks of pixels (16 on this machine, past a 1268-pixel row into the next 32 bytes: valgrind) and, in a row
// without room for its last block, leaves up to 7 pixels unwritten; the padding gives it room for both.
QImage paddedRgb32(QSize size)
{
    const qsizetype bytesPerLine = ((qsizetype(size.width()) + 31) & ~qsizetype(31)) * 4;
    auto *pixels = static_cast<uchar *>(std::malloc(size_t(bytesPerLine) * size_t(size.height())));
    if (!pixels)
        return {};
    return QImage(pixels, size.width(), size.height(), bytesPerLine, QImage::Format_RGB32, std::free, pixels);
}
} // namespace

// The swscale contexts of one thread, keyed by what we ask of them. swscale's own cache (sws_getCachedContext)
// cannot serve here: it compares our flags with the context's, and swscale adds SWS_FULL_CHR_H_INT itself for an
// odd output width, so it would build a new context for every picture; and setting the colour details again on
// each picture rebuilds its conversion tables. A few entries: a thread may serve a tile and a viewer.
class PictureScaler::Contexts
{
public:
    struct Key
    {
        QSize source;
        AVPixelFormat sourceFormat;
        QSize target;
        AVPixelFormat targetFormat;
        int colorspace; // for a conversion to RGB
        bool fullRange;
        bool operator==(const Key &) const = default;
    };

    SwsContext *get(const Key &key)
    {
        ++m_clock;
        Entry *oldest = &m_entries.front();
        for (Entry &entry : m_entries) {
            if (entry.context && entry.key == key) {
                entry.lastUse = m_clock;
                return entry.context.get();
            }
            if (entry.lastUse < oldest->lastUse)
                oldest = &entry;
        }
        oldest->context.reset(create(key));
        oldest->key = key;
        oldest->lastUse = m_clock;
        return oldest->context.get();
    }

private:
    static SwsContext *create(const Key &key)
    {
        // Area averaging when shrinking past half (no aliasing), bilinear otherwise; no filter for a plain
        // conversion, which swscale then does with its SIMD converter.
        const int flags = key.source == key.target        ? SWS_POINT
            : key.target.width() < key.source.width() / 2 ? SWS_AREA
                                                          : SWS_BILINEAR;
        SwsContext *context
            = sws_getContext(key.source.width(), key.source.height(), key.sourceFormat, key.target.width(),
                             key.target.height(), key.targetFormat, flags, nullptr, nullptr, nullptr);
        if (!context || key.targetFormat != AV_PIX_FMT_BGRA)
            return context; // YUV to YUV: the values are kept as they are
        int *inverse = nullptr, *table = nullptr;
        int sourceRange = 0, targetRange = 0, brightness = 0, contrast = 0, saturation = 0;
        if (sws_getColorspaceDetails(context, &inverse, &sourceRange, &table, &targetRange, &brightness, &contrast,
                                     &saturation)
            >= 0) {
            const int *coefficients
                = sws_getCoefficients(key.colorspace == AVCOL_SPC_BT709 ? SWS_CS_ITU709 : SWS_CS_DEFAULT);
            sws_setColorspaceDetails(context, coefficients, key.fullRange ? 1 : 0, table, 1, brightness, contrast,
                                     saturation);
        }
        return context;
    }

    struct Entry
    {
        Key key {};
        std::unique_ptr<SwsContext, SwsDeleter> context;
        quint64 lastUse = 0;
    };
    std::array<Entry, 6> m_entries;
    quint64 m_clock = 0;
};

struct PictureScaler::Planes
{
    std::unique_ptr<AVFrame, AvFrameDeleter> frame;

    // 4:2:0 planes of `size`, kept while the size stays.
    AVFrame *ensure(QSize size)
    {
        if (frame && frame->width == size.width() && frame->height == size.height())
            return frame.get();
        frame.reset(av_frame_alloc());
        if (!frame)
            return nullptr;
        frame->format = AV_PIX_FMT_YUV420P;
        frame->width = size.width();
        frame->height = size.height();
        if (av_frame_get_buffer(frame.get(), 0) < 0) {
            frame.reset();
            return nullptr;
        }
        return frame.get();
    }
};

PictureScaler::PictureScaler()
    : m_contexts(std::make_unique<Contexts>())
    , m_scratch(std::make_unique<Planes>())
{ }

PictureScaler::~PictureScaler() = default;

PictureScaler &PictureScaler::forThisThread()
{
    thread_local PictureScaler scaler;
    return scaler;
}

QImage PictureScaler::toRgb32(const AVFrame &picture, QSize target)
{
    bool fullRange = picture.color_range == AVCOL_RANGE_JPEG;
    const AVPixelFormat format = withoutJpegRange(AVPixelFormat(picture.format), fullRange);
    const QSize source(picture.width, picture.height);
    if (source.isEmpty() || target.isEmpty())
        return {};
    QImage image = paddedRgb32(target);
    if (image.isNull())
        return {};
    uint8_t *const rgb[4] = {image.bits(), nullptr, nullptr, nullptr};
    const int rgbStride[4] = {int(image.bytesPerLine()), 0, 0, 0};
    const Contexts::Key toRgb {target, AV_PIX_FMT_YUV420P, target, AV_PIX_FMT_BGRA, picture.colorspace, fullRange};

    // swscale's SIMD converter takes even sizes only: for an odd one it falls back to C code about 25 times slower
    // (1267x713: 6.3 ms against 0.25 ms for 1268x712), and the one pass is then no dearer.
    const bool evenTarget = target.width() % 2 == 0 && target.height() % 2 == 0;
    if (format == AV_PIX_FMT_YUV420P && target != source && evenTarget) {
        SwsContext *scale = m_contexts->get({source, format, target, AV_PIX_FMT_YUV420P, AVCOL_SPC_UNSPECIFIED, false});
        AVFrame *scaled = m_scratch->ensure(target);
        SwsContext *convert = m_contexts->get(toRgb);
        if (!scale || !scaled || !convert)
            return {};
        if (sws_scale(scale, picture.data, picture.linesize, 0, source.height(), scaled->data, scaled->linesize)
                != target.height()
            || sws_scale(convert, scaled->data, scaled->linesize, 0, target.height(), rgb, rgbStride)
                != target.height())
            return {};
        return image;
    }

    Contexts::Key onePass = toRgb;
    onePass.source = source;
    onePass.sourceFormat = format;
    SwsContext *context = m_contexts->get(onePass);
    if (!context
        || sws_scale(context, picture.data, picture.linesize, 0, source.height(), rgb, rgbStride) != target.height())
        return {};
    return image;
}
