#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>

#include <memory>

// TurboJPEG compression and scaled decompression. One instance per thread: the handles are not thread-safe.
class JpegCodec final
{
public:
    // The largest picture any camera may bring. A JPEG's header may claim any size up to 65535×65535 in a few
    // bytes; decoded, that is 16 GB. 8192 a side and 40 megapixels hold every camera sold (a 12 MP fisheye, 8K).
    static constexpr int MaxSide = 8192;
    static constexpr qint64 MaxPixels = 40'000'000;

    JpegCodec();
    ~JpegCodec();
    Q_DISABLE_COPY_MOVE(JpegCodec)

    // The codec of the calling thread, made on first use and kept for the thread's life.
    static JpegCodec &forThisThread();

    // Encodes an RGB32/ARGB32 image; returns an empty array on failure.
    QByteArray encode(const QImage &image, int quality);

    // Encodes a 4:2:0 picture straight from its Y, Cb and Cr planes (no RGB step); empty on failure.
    QByteArray encodeYuv420(const unsigned char *const planes[3], const int strides[3], QSize size, int quality);

    // The picture size a JPEG declares in its header; invalid if the bytes are not a JPEG.
    QSize imageSize(const QByteArray &jpeg);
    // Empty when a picture of `size` may be decoded, else why not, in words ("picture too large: 30000×30000").
    // Every source checks it before it passes a picture on.
    static QString sizeProblem(QSize size);

    // Decodes at the smallest of TurboJPEG's scale factors (1/8 … 1) whose result still covers `bound`
    // (keeping the aspect ratio); an invalid bound decodes at full size. Null image on failure, for a picture
    // that sizeProblem() refuses, and for a progressive JPEG with an unreasonable number of scans.
    QImage decode(const QByteArray &jpeg, QSize bound = {});

    // The picture with the standard Huffman tables put in when it has none. Motion JPEG from USB cameras leaves them
    // out (the standard is implied), which some viewers cannot decode. Bytes that already have tables, or that are
    // not a well-formed JPEG header, come back unchanged.
    static QByteArray withHuffmanTables(const QByteArray &jpeg);

private:
    struct HandleDeleter
    {
        void operator()(void *handle) const;
    };
    std::unique_ptr<void, HandleDeleter> m_compressor;
    std::unique_ptr<void, HandleDeleter> m_decompressor;
};
