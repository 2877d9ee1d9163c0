#include "webcamsource.h"

#include "media/jpegcodec.h"
#include "sourceurl.h"

#include <QFile>
#include <QFileInfo>
#include <QTimerEvent>

#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/videodev2.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int MaxBadFrames = 5; // raw frames that are not JPEG before asking OpenCV to decode instead
constexpr int MaxFailedReads = 3; // reads in a row that bring nothing before the camera is reported lost

// A file descriptor closed when it goes out of scope.
class DeviceHandle final
{
public:
    explicit DeviceHandle(int fd)
        : m_fd(fd)
    { }
    ~DeviceHandle()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Q_DISABLE_COPY_MOVE(DeviceHandle)
    int get() const { return m_fd; }

private:
    int m_fd;
};

int retryingIoctl(int fd, unsigned long request, void *argument)
{
    int rc = 0;
    do {
        rc = ::ioctl(fd, request, argument);
    } while (rc == -1 && errno == EINTR);
    return rc;
}

QString fourccName(int fourcc)
{
    QString name;
    for (int shift = 0; shift < 32; shift += 8) {
        const char c = char((fourcc >> shift) & 0xff);
        if (c > ' ')
            name += QLatin1Char(c);
    }
    return name.toLower();
}

// OpenCV waits up to 10 s (its default) for each frame of a stalled camera, and nothing can break that wait. One
// second keeps interrupt() within its promise. OpenCV reads the variable at the first capture; it is set here,
// while the program starts and no other thread can be reading the environment.
[[maybe_unused]] const bool SelectTimeoutSet = [] {
    if (!qEnvironmentVariableIsSet("OPENCV_VIDEOIO_V4L_SELECT_TIMEOUT"))
        qputenv("OPENCV_VIDEOIO_V4L_SELECT_TIMEOUT", "1");
    return true;
}();

} // namespace

WebcamSource::WebcamSource(const QUrl &url, QObject *parent)
    : FrameSource(parent)
    , m_device(devicePath(url))
    , m_size(SourceUrl::sizeParameter(url, {}))
    , m_fps(SourceUrl::fpsParameter(url, 0))
{ }

WebcamSource::~WebcamSource() = default;

QString WebcamSource::devicePath(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == u"webcam") {
        bool ok = false;
        const int index = url.path().toInt(&ok);
        if (!ok || index < 0 || index > 255 || !url.host().isEmpty())
            return {};
        return QStringLiteral("/dev/video%1").arg(index);
    }
    if (scheme == u"v4l2") {
        const QString path = url.path();
        if (!path.startsWith(u'/') || path.size() < 2 || !url.host().isEmpty())
            return {};
        return QFileInfo(path).absoluteFilePath();
    }
    return {};
}

WebcamSource::DeviceCheck WebcamSource::checkDevice() const
{
    const QByteArray path = QFile::encodeName(m_device);
    struct stat info = {};
    if (::stat(path.constData(), &info) != 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return {SourceError::DeviceMissing, tr("no camera at %1").arg(m_device)};
        return {SourceError::Unreachable, tr("%1: %2").arg(m_device, QString::fromLocal8Bit(std::strerror(errno)))};
    }
    if (!S_ISCHR(info.st_mode))
        return {SourceError::UnsupportedFormat, tr("%1 is not a video device").arg(m_device)};

    const DeviceHandle fd(::open(path.constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC));
    if (fd.get() < 0) {
        switch (errno) {
        case EBUSY:
            return {SourceError::DeviceBusy, tr("another program is using %1").arg(m_device)};
        case ENOENT:
        case ENODEV:
        case ENXIO:
            return {SourceError::DeviceMissing, tr("no camera at %1").arg(m_device)};
        case EACCES:
        case EPERM:
            return {SourceError::Unreachable,
                    tr("no permission to open %1 (is this user in the \"video\" group?)").arg(m_device)};
        default:
            return {SourceError::Unreachable, tr("%1: %2").arg(m_device, QString::fromLocal8Bit(std::strerror(errno)))};
        }
    }

    v4l2_capability capability = {};
    if (retryingIoctl(fd.get(), VIDIOC_QUERYCAP, &capability) != 0) {
        if (errno == ENODEV)
            return {SourceError::DeviceMissing, tr("no camera at %1").arg(m_device)};
        return {SourceError::UnsupportedFormat, tr("%1 is not a video device").arg(m_device)};
    }
    const quint32 caps
        = (capability.capabilities & V4L2_CAP_DEVICE_CAPS) ? capability.device_caps : capability.capabilities;
    const QString card = QString::fromUtf8(reinterpret_cast<const char *>(capability.card)).trimmed();
    // A UVC camera also has a metadata node next to its picture node: say which one to use.
    if (!(caps & V4L2_CAP_VIDEO_CAPTURE))
        return {SourceError::UnsupportedFormat, tr("%1 (%2) is not a capture device").arg(m_device, card)};

    DeviceCheck check;
    v4l2_fmtdesc format = {};
    format.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    for (format.index = 0; retryingIoctl(fd.get(), VIDIOC_ENUM_FMT, &format) == 0; ++format.index) {
        if (format.pixelformat == V4L2_PIX_FMT_MJPEG || format.pixelformat == V4L2_PIX_FMT_JPEG)
            check.offersMjpeg = true;
    }

    // Opening a V4L2 node always succeeds, even while another program streams from it; setting the format is what
    // the driver refuses then. Setting the current format again changes nothing for anyone.
    v4l2_format current = {};
    current.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    if (retryingIoctl(fd.get(), VIDIOC_G_FMT, &current) == 0 && retryingIoctl(fd.get(), VIDIOC_S_FMT, &current) != 0
        && errno == EBUSY)
        return {SourceError::DeviceBusy, tr("another program is using %1 (%2)").arg(m_device, card)};
    return check;
}

void WebcamSource::open()
{
    if (m_capture)
        return;
    m_interrupted = false;
    const DeviceCheck check = checkDevice();
    if (check.error != SourceError::None)
        return fail(check.error, check.detail);

    m_capture = std::make_unique<cv::VideoCapture>();
    bool started = false;
    try {
        started = m_capture->open(m_device.toStdString(), cv::CAP_V4L2) && m_capture->isOpened();
        if (started)
            configure(check.offersMjpeg);
    } catch (const cv::Exception &) {
        started = false;
    }
    if (!started) {
        // The node looked fine a moment ago: most likely another program took it in between.
        const DeviceCheck again = checkDevice();
        if (again.error != SourceError::None)
            return fail(again.error, again.detail);
        return fail(SourceError::Unreachable, tr("%1 would not start").arg(m_device));
    }

    const QSize size(int(m_capture->get(cv::CAP_PROP_FRAME_WIDTH)), int(m_capture->get(cv::CAP_PROP_FRAME_HEIGHT)));
    const QString codec = m_passJpeg ? QStringLiteral("mjpeg") : fourccName(int(m_capture->get(cv::CAP_PROP_FOURCC)));
    m_sequence = 0;
    m_badFrames = 0;
    m_failedReads = 0;
    Q_EMIT opened(StreamInfo {codec, size, m_capture->get(cv::CAP_PROP_FPS)});
    // One frame per timer event, so close() and interrupt() are handled between frames.
    m_timer.start(0, this);
}

void WebcamSource::configure(bool wantMjpeg)
{
    cv::VideoCapture &capture = *m_capture;
    // The format first: the sizes and rates a camera offers depend on it (MJPEG allows the large ones at full rate).
    if (wantMjpeg)
        capture.set(cv::CAP_PROP_FOURCC, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'));
    if (m_size.isValid()) {
        capture.set(cv::CAP_PROP_FRAME_WIDTH, m_size.width());
        capture.set(cv::CAP_PROP_FRAME_HEIGHT, m_size.height());
    }
    if (m_fps > 0)
        capture.set(cv::CAP_PROP_FPS, m_fps);
    const bool deviceSendsMjpeg = int(capture.get(cv::CAP_PROP_FOURCC)) == cv::VideoWriter::fourcc('M', 'J', 'P', 'G');
    // Raw buffers: the camera's own JPEG reaches viewers untouched, with no decode and re-encode on the way.
    m_passJpeg
        = deviceSendsMjpeg && capture.set(cv::CAP_PROP_CONVERT_RGB, 0) && capture.get(cv::CAP_PROP_CONVERT_RGB) == 0;
}

void WebcamSource::close()
{
    m_timer.stop();
    // Releasing closes the device node: the camera's light goes out and another program may open it.
    m_capture.reset();
}

void WebcamSource::interrupt()
{
    m_interrupted = true;
}

void WebcamSource::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId())
        return FrameSource::timerEvent(event);
    if (m_interrupted || !m_capture)
        return m_timer.stop();
    readOne();
}

void WebcamSource::readOne()
{
    cv::Mat picture; // a new matrix for each frame: viewers may still hold the previous one's pixels
    bool ok = false;
    try {
        ok = m_capture->read(picture) && !picture.empty();
    } catch (const cv::Exception &) {
        ok = false;
    }
    if (m_interrupted)
        return;
    if (!ok) {
        if (!QFileInfo::exists(m_device))
            return fail(SourceError::DeviceMissing, tr("%1 was unplugged").arg(m_device));
        if (++m_failedReads >= MaxFailedReads)
            return fail(SourceError::Unreachable, tr("%1 stopped sending pictures").arg(m_device));
        return;
    }
    m_failedReads = 0;
    const auto captured = Frame::Clock::now();

    if (m_passJpeg) {
        QByteArray jpeg = JpegCodec::withHuffmanTables(QByteArray::fromRawData(
            reinterpret_cast<const char *>(picture.data), qsizetype(picture.total() * picture.elemSize())));
        jpeg.detach(); // the matrix is released below: keep a copy of our own (one copy, as without tables)
        const QSize size = JpegCodec::forThisThread().imageSize(jpeg);
        if (const QString problem = JpegCodec::sizeProblem(size); size.isValid() && !problem.isEmpty())
            return fail(SourceError::UnsupportedFormat, problem);
        if (size.isValid()) {
            m_badFrames = 0;
            Q_EMIT frameCaptured(Frame::fromJpeg(std::move(jpeg), size, m_sequence++, captured));
            return;
        }
        Q_EMIT pictureDropped();
        if (++m_badFrames >= MaxBadFrames) {
            // Not JPEG after all (some drivers label other data MJPG): let OpenCV decode from now on.
            m_passJpeg = !m_capture->set(cv::CAP_PROP_CONVERT_RGB, 1);
        }
        return;
    }
    if (picture.type() != CV_8UC3)
        return;
    // The picture is wrapped, not copied: the QImage keeps the matrix's pixels alive until the last reader lets go.
    auto *held = new cv::Mat(std::move(picture));
    QImage image(
        held->data, held->cols, held->rows, qsizetype(held->step), QImage::Format_BGR888,
        [](void *matrix) { delete static_cast<cv::Mat *>(matrix); }, held);
    Q_EMIT frameCaptured(Frame::fromImage(std::move(image), m_sequence++, captured));
}

void WebcamSource::fail(SourceError error, const QString &detail)
{
    close();
    Q_EMIT failed(error, detail);
}
