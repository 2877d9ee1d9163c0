#pragma once

#include "framesource.h"

#include <QBasicTimer>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <memory>

struct AVCodecContext;
struct AVFormatContext;
struct AVFrame;
struct AVPacket;

// RTSP cameras (`rtsp://`, `rtsps://`) and video files (`file:///…`, looped at their own rate) read through
// libavformat/libavcodec. Our own query parameters, removed before the URL reaches FFmpeg:
// `transport=tcp|udp` (RTSP, TCP by default), `open_timeout=` and `read_timeout=` in seconds.
class LibavSource final : public FrameSource
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultOpenTimeout {10000};
    static constexpr int RtspsDefaultPort = 322;
    static constexpr std::chrono::milliseconds DefaultReadTimeout {5000};

    explicit LibavSource(const QUrl &url, QObject *parent = nullptr);
    ~LibavSource() override;
    Q_DISABLE_COPY_MOVE(LibavSource)

    void open() override;
    void close() override;
    void interrupt() override;

    // What FFmpeg is given: our own parameters removed; for a file, its local path.
    static QString ffmpegInput(const QUrl &url);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    using Clock = std::chrono::steady_clock;
    struct FormatDeleter
    {
        void operator()(AVFormatContext *context) const;
    };
    struct CodecDeleter
    {
        void operator()(AVCodecContext *context) const;
    };
    struct PacketDeleter
    {
        void operator()(AVPacket *packet) const;
    };
    struct FrameDeleter
    {
        void operator()(AVFrame *frame) const;
    };

    static int interruptCallback(void *opaque);
    bool openInput();
    // rtsps: the camera's certificate is one the system or the user trusts; else fails, saying why.
    bool checkCertificate();
    // Frees the stream and decoder; unlike close(), keeps an interruption in force.
    void release();
    void readNext();
    // Sends one packet (null drains) and delivers or queues what the decoder returns; false on a decoder error.
    bool decode(const AVPacket *packet);
    void deliver(const AVFrame *picture);
    bool restartFile();
    void startDeadline(std::chrono::milliseconds timeout);
    void fail(int averror, bool opening);
    void fail(SourceError error, const QString &detail);

    QUrl m_url;
    bool m_isFile = false;
    bool m_udp = false;
    std::chrono::milliseconds m_openTimeout = DefaultOpenTimeout;
    std::chrono::milliseconds m_readTimeout = DefaultReadTimeout;

    std::atomic_bool m_stop {false};
    // While opening: the context FFmpeg works on, so the interrupt callback can see where a redirect leads.
    AVFormatContext *m_opening = nullptr;
    QByteArray m_openedInput; // the address asked for, as FFmpeg got it
    QString m_foreignRedirect; // where a camera with credentials redirected to another host (refused)
    std::atomic<Clock::rep> m_deadline {0}; // Clock ticks; read by the interrupt callback on FFmpeg's side

    std::unique_ptr<AVFormatContext, FormatDeleter> m_format;
    std::unique_ptr<AVCodecContext, CodecDeleter> m_decoder;
    std::unique_ptr<AVPacket, PacketDeleter> m_packet;
    std::unique_ptr<AVFrame, FrameDeleter> m_picture;
    int m_stream = -1;
    quint64 m_sequence = 0;
    // What the pictures since the last one delivered cost: packet bytes read, time spent in the decoder.
    qint64 m_pendingBytes = 0;
    Clock::duration m_pendingDecode {};
    QBasicTimer m_readTimer;

    // Files play at their own rate: each picture waits for its time, measured from the first of the loop.
    Frame m_due;
    Clock::time_point m_dueAt;
    Clock::time_point m_loopStart;
    double m_loopFirstPts = -1;
    double m_lastPts = 0;
    double m_frameInterval = 0.04;
};
