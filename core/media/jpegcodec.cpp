#include "jpegcodec.h"

#include <turbojpeg.h>

#include <QCoreApplication>
#include <QtGlobal>

void JpegCodec::HandleDeleter::operator()(void *handle) const
{
    tjDestroy(handle);
}

JpegCodec::JpegCodec()
    : m_compressor(tjInitCompress())
    , m_decompressor(tjInitDecompress())
{ }

JpegCodec::~JpegCodec() = default;

JpegCodec &JpegCodec::forThisThread()
{
    thread_local JpegCodec codec;
    return codec;
}

QByteArray JpegCodec::encode(const QImage &image, int quality)
{
    if (image.isNull() || !m_compressor)
        return {};
    const QImage source = (image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32)
        ? image
        : image.convertToFormat(QImage::Format_RGB32);
    // Compress straight into a buffer of the worst-case size, so no second copy is made.
    QByteArray out(qsizetype(tjBufSize(source.width(), source.height(), TJSAMP_420)), Qt::Uninitialized);
    auto *outPtr = reinterpret_cast<unsigned char *>(out.data());
    unsigned long outSize = 0;
    const int rc = tjCompress2(m_compressor.get(), source.constBits(), source.width(), int(source.bytesPerLine()),
                               source.height(), TJPF_BGRX, &outPtr, &outSize, TJSAMP_420, qBound(1, quality, 100),
                               TJFLAG_NOREALLOC | TJFLAG_FASTDCT);
    if (rc != 0)
        return {};
    out.truncate(qsizetype(outSize));
    out.squeeze();
    return out;
}

QByteArray JpegCodec::encodeYuv420(const unsigned char *const planes[3], const int strides[3], QSize size, int quality)
{
    if (!m_compressor || size.isEmpty())
        return {};
    QByteArray out(qsizetype(tjBufSize(size.width(), size.height(), TJSAMP_420)), Qt::Uninitialized);
    auto *outPtr = reinterpret_cast<unsigned char *>(out.data());
    unsigned long outSize = 0;
    // TurboJPEG's const-incorrect signature: the planes are only read.
    const int rc = tjCompressFromYUVPlanes(m_compressor.get(), const_cast<const unsigned char **>(planes), size.width(),
                                           strides, size.height(), TJSAMP_420, &outPtr, &outSize,
                                           qBound(1, quality, 100), TJFLAG_NOREALLOC | TJFLAG_FASTDCT);
    if (rc != 0)
        return {};
    out.truncate(qsizetype(outSize));
    out.squeeze();
    return out;
}

QSize JpegCodec::imageSize(const QByteArray &jpeg)
{
    int width = 0, height = 0, subsampling = 0, colorspace = 0;
    if (!m_decompressor || jpeg.isEmpty()
        || tjDecompressHeader3(m_decompressor.get(), reinterpret_cast<const unsigned char *>(jpeg.constData()),
                               static_cast<unsigned long>(jpeg.size()), &width, &height, &subsampling, &colorspace)
            != 0
        || width <= 0 || height <= 0)
        return {};
    return {width, height};
}

QString JpegCodec::sizeProblem(QSize size)
{
    if (size.width() <= MaxSide && size.height() <= MaxSide && qint64(size.width()) * size.height() <= MaxPixels)
        return {};
    return QCoreApplication::translate("JpegCodec", "picture too large: %1×%2 (at most %3×%3 and %4 megapixels)")
        .arg(size.width())
        .arg(size.height())
        .arg(MaxSide)
        .arg(MaxPixels / 1'000'000);
}

QImage JpegCodec::decode(const QByteArray &jpeg, QSize bound)
{
    const QSize full = imageSize(jpeg);
    if (!full.isValid() || !sizeProblem(full).isEmpty())
        return {};

    // Benchmark knob (tests/bench/README.md): CCTV_BENCH_FULL_DECODE=1 decodes every picture at full size, as a
    // decoder without scaling would, so the gain of scaled decoding can be measured on the same run. Read once.
    static const bool fullDecodeOnly = qEnvironmentVariableIntValue("CCTV_BENCH_FULL_DECODE") != 0;
    QSize target = full;
    if (bound.isValid() && !bound.isEmpty() && !fullDecodeOnly) {
        int count = 0;
        const tjscalingfactor *factors = tjGetScalingFactors(&count);
        const QSize fitted = full.scaled(bound, Qt::KeepAspectRatio);
        for (int i = 0; i < count; ++i) {
            const QSize scaled(TJSCALED(full.width(), factors[i]), TJSCALED(full.height(), factors[i]));
            const bool covers = scaled.width() >= fitted.width() && scaled.height() >= fitted.height();
            if (covers && scaled.width() * scaled.height() < target.width() * target.height())
                target = scaled;
        }
    }

    QImage image(target, QImage::Format_RGB32);
    if (image.isNull())
        return {};
    const int rc
        = tjDecompress2(m_decompressor.get(), reinterpret_cast<const unsigned char *>(jpeg.constData()),
                        static_cast<unsigned long>(jpeg.size()), image.bits(), target.width(),
                        int(image.bytesPerLine()), target.height(), TJPF_BGRX, TJFLAG_FASTDCT | TJFLAG_LIMITSCANS);
    // A warning (rc != 0 but a picture decoded) is common with slightly damaged camera JPEGs: keep the picture.
    if (rc != 0 && tjGetErrorCode(m_decompressor.get()) == TJERR_FATAL)
        return {};
    return image;
}

namespace {

constexpr uchar MarkerHuffmanTable = 0xc4;
constexpr uchar MarkerStartOfScan = 0xda;

// Walks the header segments of a JPEG up to the start of scan. Calls `visit(marker, offset, length)` for each one
// (offset of its 0xFF, length including the marker); stops early when `visit` returns false. Returns the offset of
// the start-of-scan marker, or -1 when the header is not well formed.
template<typename Visit> qsizetype walkHeader(const QByteArray &jpeg, Visit visit)
{
    const auto *data = reinterpret_cast<const uchar *>(jpeg.constData());
    const qsizetype size = jpeg.size();
    if (size < 4 || data[0] != 0xff || data[1] != 0xd8)
        return -1;
    qsizetype pos = 2;
    while (pos + 4 <= size) {
        if (data[pos] != 0xff)
            return -1;
        const uchar marker = data[pos + 1];
        if (marker == 0xff) { // fill byte
            ++pos;
            continue;
        }
        if (marker == MarkerStartOfScan)
            return pos;
        const qsizetype length = 2 + ((qsizetype(data[pos + 2]) << 8) | data[pos + 3]);
        if (length < 4 || pos + length > size)
            return -1;
        if (!visit(marker, pos, length))
            return -1;
        pos += length;
    }
    return -1;
}

// The tables of JPEG's Annex K, as libjpeg writes them when it does not optimise: taken from a tiny picture of our own.
QByteArray standardHuffmanTables()
{
    QImage tiny(16, 16, QImage::Format_RGB32);
    tiny.fill(Qt::gray);
    JpegCodec codec;
    const QByteArray sample = codec.encode(tiny, 75);
    QByteArray tables;
    walkHeader(sample, [&](uchar marker, qsizetype offset, qsizetype length) {
        if (marker == MarkerHuffmanTable)
            tables += sample.mid(offset, length);
        return true;
    });
    return tables;
}

} // namespace

QByteArray JpegCodec::withHuffmanTables(const QByteArray &jpeg)
{
    bool hasTables = false;
    const qsizetype scan = walkHeader(jpeg, [&hasTables](uchar marker, qsizetype, qsizetype) {
        hasTables = marker == MarkerHuffmanTable;
        return !hasTables;
    });
    if (scan < 0 || hasTables)
        return jpeg;
    static const QByteArray Tables = standardHuffmanTables();
    QByteArray out;
    out.reserve(jpeg.size() + Tables.size());
    out.append(jpeg.constData(), scan).append(Tables).append(jpeg.constData() + scan, jpeg.size() - scan);
    return out;
}
