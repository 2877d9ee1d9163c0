#pragma once

#include <QByteArray>
#include <QExplicitlySharedDataPointer>
#include <QImage>
#include <QMetaType>
#include <QSize>

#include <chrono>
#include <optional>

class FrameData;
struct AVFrame;

// One picture from a camera: immutable, implicitly shared (copying costs a reference count), with its
// derived forms (JPEG bytes, display image) made lazily and at most once however many threads ask.
class Frame final
{
public:
    using Clock = std::chrono::steady_clock;

    Frame();
    ~Frame();
    Frame(const Frame &other);
    Frame &operator=(const Frame &other);
    Frame(Frame &&other) noexcept;
    Frame &operator=(Frame &&other) noexcept;

    // A decoded picture; RGB32 is expected (other formats are converted when a form is derived).
    static Frame fromImage(QImage image, quint64 sequence, Clock::time_point captured = Clock::now());
    // A picture that arrived as JPEG: the bytes are served unchanged and decoded only for display.
    static Frame fromJpeg(QByteArray jpeg, QSize size, quint64 sequence, Clock::time_point captured = Clock::now());

    // A picture as the decoder made it (YUV planes): the frame keeps a reference to it, no copy. The display image
    // is scaled straight from YUV to the tile's size, and 4:2:0 pictures are compressed to JPEG from their planes.
    static Frame fromAvFrame(const AVFrame *picture, quint64 sequence, Clock::time_point captured = Clock::now());

    bool isNull() const;
    quint64 sequence() const;
    Clock::time_point captureTime() const;
    QSize size() const;
    bool isJpegSource() const;
    // Holds a decoder's picture (fromAvFrame).
    bool isDecodedPicture() const;

    // The planes of a decoder's 4:2:0 picture, for a painter that converts them itself (on the GPU). The pointers
    // stay valid while a copy of the frame lives. Chroma planes are half the size, rounded up.
    struct YuvPlanes
    {
        const uchar *data[3];
        int stride[3];
        QSize size;
        bool fullRange; // 0-255 ("JPEG") rather than 16-235
        bool bt709; // HD colours; otherwise BT.601
    };
    std::optional<YuvPlanes> yuv420Planes() const;

    // What the picture cost to receive: its encoded size in bytes as it arrived (a JPEG source's byte count), and
    // the time the source spent decoding it (zero when the source did not decode it itself).
    qint64 inputBytes() const;
    Clock::duration decodeTime() const;
    // Set by a source that decoded the picture itself, before it emits the frame (nobody shares it yet).
    void setInputCost(qint64 bytes, Clock::duration decodeTime);

    // The JPEG bytes: the source's own, or encoded once at the default quality on first request.
    QByteArray jpeg() const;

    // A smaller or differently compressed JPEG for viewers that ask for one (`?width=&quality=`): made once per
    // frame and variant, however many viewers share it. `width` 0 (or not below the frame's) keeps the size;
    // `quality` 0 is the default. With neither, this is jpeg(): for a JPEG source, its own bytes.
    QByteArray jpeg(int width, int quality) const;

    // The picture fitted into `bound` (aspect kept), made once per bound; the last one made is kept.
    QImage displayImage(QSize bound) const;
    // The display image made most recently, whatever its size: what a painter shows without any scaling. `bound`,
    // when given, receives the bound it was made for (displayImage's argument).
    QImage preparedDisplayImage(QSize *bound = nullptr) const;
    // The display image made for exactly `bound`, if one was: what a tile of that size shows when several tiles of
    // other sizes show the same camera. Null when none was made for it (yet). No lock.
    QImage displayImageMadeFor(QSize bound) const;

    static constexpr int DefaultJpegQuality = 80;
    static constexpr int MaxCachedVariants = 8; // beyond this many distinct variants of one frame, encode uncached

private:
    explicit Frame(FrameData *data);
    QExplicitlySharedDataPointer<FrameData> d;
};

Q_DECLARE_METATYPE(Frame)
