#include "libavsource.h"

#include "media/jpegcodec.h"

#include "certificatetrust.h"
#include "libavlog.h"
#include "sourceurl.h"

#include <QFileInfo>
#include <QSslSocket>
#include <QTimerEvent>
#include <QUrlQuery>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/error.h>
}

using namespace std::chrono;

Q_LOGGING_CATEGORY(lcLibavSource, "cctv.sources.libav")

namespace {

// Our own query parameters: FFmpeg would send them on to the camera.
constexpr const char16_t *OwnParameters[] = {u"transport", u"open_timeout", u"read_timeout", u"trust"};

milliseconds secondsParameter(const QUrlQuery &query, const QString &name, milliseconds fallback)
{
    bool ok = false;
    const double seconds = query.queryItemValue(name).toDouble(&ok);
    return ok && seconds > 0 && seconds <= 600 ? milliseconds(qint64(seconds * 1000)) : fallback;
}

QString errorText(int averror)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(averror, text, sizeof text);
    return LibavLog::redactCredentials(QString::fromUtf8(text));
}

SourceError classify(int averror, bool opening)
{
    switch (averror) {
    case AVERROR(ETIMEDOUT):
        return SourceError::TimedOut;
    case AVERROR_HTTP_UNAUTHORIZED:
    case AVERROR_HTTP_FORBIDDEN:
        return SourceError::AuthenticationFailed;
    case AVERROR_HTTP_NOT_FOUND:
    case AVERROR(ENOENT):
        return SourceError::NotFound;
    case AVERROR(ECONNREFUSED):
    case AVERROR(EHOSTUNREACH):
    case AVERROR(ENETUNREACH):
    case AVERROR(EADDRNOTAVAIL):
        return SourceError::Unreachable;
    case AVERROR_INVALIDDATA:
    case AVERROR_PATCHWELCOME:
    case AVERROR_DECODER_NOT_FOUND:
    case AVERROR_DEMUXER_NOT_FOUND:
    case AVERROR_PROTOCOL_NOT_FOUND:
    case AVERROR_STREAM_NOT_FOUND:
    case AVERROR(ENOSYS):
        return SourceError::UnsupportedFormat;
    default:
        // A connection lost before the stream started is a camera we could not reach; after, a stream that ended.
        return opening ? SourceError::Unreachable : SourceError::StreamEnded;
    }
}

} // namespace

void LibavSource::FormatDeleter::operator()(AVFormatContext *context) const
{
    avformat_close_input(&context);
}

void LibavSource::CodecDeleter::operator()(AVCodecContext *context) const
{
    avcodec_free_context(&context);
}

void LibavSource::PacketDeleter::operator()(AVPacket *packet) const
{
    av_packet_free(&packet);
}

void LibavSource::FrameDeleter::operator()(AVFrame *frame) const
{
    av_frame_free(&frame);
}

LibavSource::LibavSource(const QUrl &url, QObject *parent)
    : FrameSource(parent)
    , m_url(url)
    , m_isFile(url.isLocalFile())
{
    LibavLog::install();
    const QUrlQuery query(url);
    m_udp = query.queryItemValue(QStringLiteral("transport")).compare(u"udp", Qt::CaseInsensitive) == 0;
    m_openTimeout = secondsParameter(query, QStringLiteral("open_timeout"), DefaultOpenTimeout);
    m_readTimeout = secondsParameter(query, QStringLiteral("read_timeout"), DefaultReadTimeout);
}

LibavSource::~LibavSource()
{
    close();
}

QString LibavSource::ffmpegInput(const QUrl &url)
{
    if (url.isLocalFile())
        return url.toLocalFile();
    QUrl copy = url;
    QUrlQuery query(url);
    for (const char16_t *name : OwnParameters)
        query.removeAllQueryItems(QString::fromUtf16(name));
    copy.setQuery(query.isEmpty() ? QString() : query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return copy.toString(QUrl::FullyEncoded);
}

void LibavSource::interrupt()
{
    m_stop = true;
}

int LibavSource::interruptCallback(void *opaque)
{
    auto *self = static_cast<LibavSource *>(opaque);
    if (self->m_stop)
        return 1;
    // FFmpeg follows an RTSP redirect within avformat_open_input() and keeps the credentials of the first address
    // for the next: the new address is in the context before anything is sent there, so the connection is cut
    // here when it leads to another host with our credentials in hand.
    if (self->m_opening && self->m_opening->url && self->m_openedInput != self->m_opening->url
        && self->m_foreignRedirect.isEmpty() && !self->m_url.password().isEmpty()) {
        const QUrl target(QString::fromUtf8(self->m_opening->url));
        if (!SourceUrl::isSameOrigin(target, self->m_url)) {
            self->m_foreignRedirect = SourceUrl::origin(target);
            return 1;
        }
    }
    if (!self->m_foreignRedirect.isEmpty())
        return 1;
    const Clock::rep deadline = self->m_deadline.load();
    return deadline != 0 && Clock::now().time_since_epoch().count() > deadline ? 1 : 0;
}

void LibavSource::startDeadline(milliseconds timeout)
{
    m_deadline = (Clock::now() + timeout).time_since_epoch().count();
}

bool LibavSource::checkCertificate()
{
    // FFmpeg 5.1's RTSP client opens its TLS connection with no way to ask for a certificate check, and does not
    // check by default. The camera's certificate is checked here on a connection of our own, just before FFmpeg's
    // (against the system's trust store, or the fingerprint pinned with ?trust=): a machine in between that
    // answers for the camera is refused before the password is sent. (One that lets our check through and takes
    // only FFmpeg's connection would still not be seen: see the README.)
    QSslSocket socket;
    QString problem;
    const CertificateTrust trust(m_url);
    connect(&socket, &QSslSocket::sslErrors, &socket,
            [&](const QList<QSslError> &errors) { trust.settle(socket, errors, &problem); });
    socket.connectToHostEncrypted(m_url.host(), quint16(m_url.port(RtspsDefaultPort)));
    const auto deadline = Clock::now() + m_openTimeout;
    // In slices, so that the camera's interrupt() ends the wait within a moment.
    while (!socket.isEncrypted() && socket.state() != QAbstractSocket::UnconnectedState && !m_stop
           && Clock::now() < deadline)
        socket.waitForEncrypted(200);
    if (socket.isEncrypted()) {
        socket.abort();
        return true;
    }
    if (m_stop)
        return false;
    if (!problem.isEmpty())
        fail(SourceError::Unreachable, tr("secure connection failed (%1)").arg(problem));
    else if (socket.state() == QAbstractSocket::UnconnectedState)
        fail(SourceError::Unreachable, socket.errorString());
    else
        fail(SourceError::TimedOut, {});
    return false;
}

void LibavSource::open()
{
    if (m_format)
        return;
    if (!openInput()) {
        release();
        return;
    }
    m_readTimer.start(0, this);
}

bool LibavSource::openInput()
{
    if (m_isFile && QFileInfo(m_url.toLocalFile()).isDir()) {
        fail(SourceError::UnsupportedFormat, tr("a folder, not a video file"));
        return false;
    }
    if (m_url.scheme().compare(u"rtsps", Qt::CaseInsensitive) == 0 && !checkCertificate())
        return false;
    AVFormatContext *context = avformat_alloc_context();
    if (!context) {
        fail(AVERROR(ENOMEM), true);
        return false;
    }
    context->interrupt_callback.callback = &LibavSource::interruptCallback;
    context->interrupt_callback.opaque = this;

    AVDictionary *options = nullptr;
    if (!m_isFile) {
        av_dict_set(&options, "rtsp_transport", m_udp ? "udp" : "tcp", 0);
        av_dict_set(&options, "allowed_media_types", "video", 0);
        // The first pictures as soon as the stream opens: its frame rate is not guessed from its first 20 pictures
        // (we measure it as they come), and the pictures read while the stream is probed are kept and decoded, not
        // dropped (FFmpeg's "nobuffer" drops them, and with them the key frame: the decoder then waits a whole key
        // frame interval for the next one). Time to the first picture of a 720p25 RTSP stream, 2 s between key frames
        // (ffmpeg -frames:v 1 against the test server): 2.27 s with nobuffer, 1.27 s as FFmpeg opens by default,
        // 0.47 s so. Once open, every picture is decoded as it arrives either way.
        av_dict_set(&options, "fpsprobesize", "0", 0);
    }
    startDeadline(m_openTimeout);
    m_openedInput = ffmpegInput(m_url).toUtf8();
    m_foreignRedirect.clear();
    m_opening = context;
    int rc = avformat_open_input(&context, m_openedInput.constData(), nullptr, &options); // frees context on failure
    m_opening = nullptr;
    av_dict_free(&options);
    if (!m_foreignRedirect.isEmpty()) {
        if (rc >= 0)
            avformat_close_input(&context);
        fail(SourceError::AuthenticationFailed,
             tr("the camera redirected to %1: its password is only sent to the camera's own address")
                 .arg(m_foreignRedirect));
        return false;
    }
    if (rc < 0) {
        fail(rc, true);
        return false;
    }
    m_format.reset(context);
    rc = avformat_find_stream_info(context, nullptr);
    if (rc < 0) {
        fail(rc, true);
        return false;
    }

    const AVCodec *codec = nullptr;
    m_stream = av_find_best_stream(context, AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
    if (m_stream < 0 || !codec) {
        // Which video stream lacks a decoder, if one does: say its codec.
        const int video = av_find_best_stream(context, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
        fail(SourceError::UnsupportedFormat,
             video < 0 ? tr("no video stream")
                       : tr("no decoder for %1")
                             .arg(QString::fromLatin1(avcodec_get_name(context->streams[video]->codecpar->codec_id))));
        return false;
    }
    AVStream *stream = context->streams[m_stream];
    for (unsigned i = 0; i < context->nb_streams; ++i) {
        if (int(i) != m_stream)
            context->streams[i]->discard = AVDISCARD_ALL;
    }

    m_decoder.reset(avcodec_alloc_context3(codec));
    if (!m_decoder || avcodec_parameters_to_context(m_decoder.get(), stream->codecpar) < 0) {
        fail(AVERROR(ENOMEM), true);
        return false;
    }
    // One decoding thread per camera: frame threading would add a frame of delay per thread, and many cameras
    // already keep every core busy.
    m_decoder->thread_count = 1;
    m_decoder->flags |= AV_CODEC_FLAG_LOW_DELAY;
    m_decoder->pkt_timebase = stream->time_base;
    // The same bound as for JPEG pictures: a stream that claims a giant picture is refused, not allocated.
    m_decoder->max_pixels = JpegCodec::MaxPixels;
    if (const QString problem = JpegCodec::sizeProblem({m_decoder->width, m_decoder->height}); !problem.isEmpty()) {
        fail(SourceError::UnsupportedFormat, problem);
        return false;
    }
    rc = avcodec_open2(m_decoder.get(), codec, nullptr);
    if (rc < 0) {
        fail(SourceError::UnsupportedFormat, errorText(rc));
        return false;
    }
    m_packet.reset(av_packet_alloc());
    m_picture.reset(av_frame_alloc());
    if (!m_packet || !m_picture) {
        fail(AVERROR(ENOMEM), true);
        return false;
    }

    const AVRational rate = av_guess_frame_rate(context, stream, nullptr);
    const double fps = rate.num > 0 && rate.den > 0 ? av_q2d(rate) : 0;
    m_frameInterval = fps > 0 && fps <= 240 ? 1.0 / fps : 0.04;
    m_sequence = 0;
    m_loopFirstPts = -1;
    m_loopStart = Clock::now();
    m_due = {};
    Q_EMIT opened(StreamInfo {QString::fromLatin1(avcodec_get_name(stream->codecpar->codec_id)),
                              QSize(stream->codecpar->width, stream->codecpar->height), fps});
    return true;
}

void LibavSource::close()
{
    release();
    m_stop = false; // the camera's interrupt() is followed by close(): the next open() starts afresh
}

void LibavSource::release()
{
    m_readTimer.stop();
    m_due = {};
    m_picture.reset();
    m_packet.reset();
    m_decoder.reset();
    m_format.reset();
    m_stream = -1;
    m_deadline = 0;
    m_pendingBytes = 0;
    m_pendingDecode = {};
}

void LibavSource::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_readTimer.timerId())
        return FrameSource::timerEvent(event);
    readNext();
}

// One step per call, so queued calls (close() above all) run between packets.
void LibavSource::readNext()
{
    if (!m_format)
        return;
    if (!m_due.isNull()) {
        const auto wait = duration_cast<milliseconds>(m_dueAt - Clock::now());
        if (wait.count() > 0) {
            m_readTimer.start(int(wait.count()), Qt::PreciseTimer, this);
            return;
        }
        const Frame frame = std::exchange(m_due, Frame());
        m_readTimer.start(0, this);
        Q_EMIT frameCaptured(frame);
        return;
    }

    const auto receiveStart = Clock::now();
    int rc = avcodec_receive_frame(m_decoder.get(), m_picture.get());
    m_pendingDecode += Clock::now() - receiveStart;
    if (rc == 0) {
        deliver(m_picture.get());
        av_frame_unref(m_picture.get());
        return;
    }
    if (rc == AVERROR_EOF) {
        if (!m_isFile || !restartFile())
            fail(SourceError::StreamEnded, {});
        return;
    }
    if (rc != AVERROR(EAGAIN)) {
        fail(rc, false);
        return;
    }

    startDeadline(m_readTimeout);
    rc = av_read_frame(m_format.get(), m_packet.get());
    if (rc == AVERROR_EOF && m_isFile) {
        avcodec_send_packet(m_decoder.get(), nullptr); // drain: the last pictures, then EOF from the decoder
        return;
    }
    if (rc < 0) {
        fail(rc, false);
        return;
    }
    if (m_packet->stream_index == m_stream) {
        m_pendingBytes += m_packet->size;
        const auto sendStart = Clock::now();
        rc = avcodec_send_packet(m_decoder.get(), m_packet.get());
        m_pendingDecode += Clock::now() - sendStart;
        // A damaged packet costs a picture, not the stream: the decoder resynchronises on the next key frame.
        if (rc == AVERROR_INVALIDDATA)
            Q_EMIT pictureDropped();
        if (rc < 0 && rc != AVERROR(EAGAIN) && rc != AVERROR_INVALIDDATA) {
            av_packet_unref(m_packet.get());
            fail(rc, false);
            return;
        }
    }
    av_packet_unref(m_packet.get());
}

void LibavSource::deliver(const AVFrame *picture)
{
    const qint64 bytes = std::exchange(m_pendingBytes, 0);
    const Clock::duration decodeTime = std::exchange(m_pendingDecode, Clock::duration {});
    if (!m_isFile) {
        Frame frame = Frame::fromAvFrame(picture, m_sequence++);
        frame.setInputCost(bytes, decodeTime);
        if (!frame.isNull())
            Q_EMIT frameCaptured(frame);
        return;
    }
    // Pace by presentation time, from the first picture of this pass through the file.
    const AVRational timeBase = m_format->streams[m_stream]->time_base;
    double pts = picture->best_effort_timestamp != AV_NOPTS_VALUE
        ? double(picture->best_effort_timestamp) * av_q2d(timeBase)
        : m_lastPts + m_frameInterval;
    if (m_loopFirstPts < 0)
        m_loopFirstPts = pts;
    if (pts < m_loopFirstPts)
        pts = m_lastPts + m_frameInterval;
    m_lastPts = pts;
    m_dueAt = m_loopStart + duration_cast<Clock::duration>(duration<double>(pts - m_loopFirstPts));
    const auto now = Clock::now();
    if (now - m_dueAt > 1s) { // far behind (a slow machine, a pause): start the clock again from here
        m_loopStart = now;
        m_loopFirstPts = pts;
        m_dueAt = now;
    }
    m_due = Frame::fromAvFrame(picture, m_sequence++, m_dueAt);
    m_due.setInputCost(bytes, decodeTime);
}

bool LibavSource::restartFile()
{
    if (m_loopFirstPts < 0) {
        fail(SourceError::UnsupportedFormat, tr("no picture in the file"));
        return true;
    }
    AVStream *stream = m_format->streams[m_stream];
    const int64_t start = stream->start_time != AV_NOPTS_VALUE ? stream->start_time : 0;
    startDeadline(m_readTimeout);
    if (av_seek_frame(m_format.get(), m_stream, start, AVSEEK_FLAG_BACKWARD) < 0)
        return false;
    avcodec_flush_buffers(m_decoder.get());
    // The next pass starts one frame after the last picture of this one.
    m_loopStart = m_dueAt + duration_cast<Clock::duration>(duration<double>(m_frameInterval));
    m_loopFirstPts = -1;
    return true;
}

void LibavSource::fail(int averror, bool opening)
{
    if (m_stop)
        return; // interrupted on purpose: the camera is closing us, there is nothing to report
    // FFmpeg does not always pass the interruption on as such (a cut RTSP reply becomes "invalid data"): the
    // deadline itself says whether time ran out.
    const Clock::rep deadline = m_deadline.load();
    const bool deadlinePassed
        = averror == AVERROR_EXIT || (deadline != 0 && Clock::now().time_since_epoch().count() > deadline);
    const SourceError error = deadlinePassed ? SourceError::TimedOut : classify(averror, opening);
    QString detail = deadlinePassed ? QString() : errorText(averror);
    if (m_isFile && (error == SourceError::UnsupportedFormat || error == SourceError::NotFound))
        detail = QFileInfo(m_url.toLocalFile()).fileName() + QStringLiteral(": ") + detail;
    fail(error, detail);
}

void LibavSource::fail(SourceError error, const QString &detail)
{
    if (m_stop)
        return;
    qCInfo(lcLibavSource).noquote() << SourceUrl::redacted(m_url) << describeSourceError(error) << detail;
    release();
    Q_EMIT failed(error, detail);
}
