#include "onvifsource.h"

#include "kinds/camerakind.h"
#include "libavsource.h"

namespace {

constexpr int CallTimeoutMs = 5000; // each ONVIF call; a camera answers in well under a second

SourceError sourceErrorOf(OnvifDeviceReport::Problem problem)
{
    using Problem = OnvifDeviceReport::Problem;
    switch (problem) {
    case Problem::Unreachable:
        return SourceError::Unreachable;
    case Problem::Unauthorized:
    case Problem::ClockRefused:
        return SourceError::AuthenticationFailed;
    case Problem::NoRtspProfile:
        return SourceError::NotFound;
    case Problem::NotOnvif:
    case Problem::Hostile:
    case Problem::None:
        break;
    }
    return SourceError::UnsupportedFormat;
}

} // namespace

OnvifSource::OnvifSource(const QUrl &url, QObject *parent)
    : FrameSource(parent)
    , m_url(url)
{ }

OnvifSource::~OnvifSource()
{
    close();
}

QUrl OnvifSource::deviceService(const QUrl &url)
{
    QUrl service;
    service.setScheme(QStringLiteral("http"));
    service.setHost(url.host());
    service.setPort(url.port(80) == 80 ? -1 : url.port());
    service.setPath(QStringLiteral("/onvif/device_service"));
    return service;
}

QUrl OnvifSource::streamAddress(const OnvifDeviceReport &report, const QUrl &url, QString *error)
{
    const QString wanted = KindUrl::option(url, QStringLiteral("profile"));
    std::optional<OnvifDeviceReport::Stream> stream;
    if (wanted.isEmpty()) {
        // `stream=sub`: the smallest profile, the camera's sub stream (the same as the main one when it has one).
        const bool sub = KindUrl::option(url, QStringLiteral("stream")) == u"sub";
        stream = sub ? report.subStream() : report.mainStream();
    } else {
        for (const OnvifDeviceReport::Stream &candidate : report.streams) {
            if (candidate.profile.token == wanted)
                stream = candidate;
        }
    }
    if (!stream) {
        if (error) {
            *error = wanted.isEmpty() ? tr("the camera gives no RTSP address")
                                      : tr("the camera has no profile \"%1\"").arg(wanted.left(64));
        }
        return {};
    }
    QUrl address = stream->uri;
    // The camera's password is the camera's: to its own host, never to one its answer names.
    if (address.host().compare(url.host(), Qt::CaseInsensitive) == 0) {
        address.setUserName(url.userName());
        address.setPassword(url.password());
    }
    return address;
}

void OnvifSource::open()
{
    close();
    if (!m_client) {
        m_client = new OnvifClient(this);
        m_client->setTimeout(CallTimeoutMs);
        connect(m_client, &OnvifClient::finished, this, &OnvifSource::onReport);
    }
    m_client->query(deviceService(m_url), m_url.userName(), m_url.password());
}

void OnvifSource::onReport(const OnvifDeviceReport &report)
{
    if (report.problem != OnvifDeviceReport::Problem::None) {
        Q_EMIT failed(sourceErrorOf(report.problem), report.error);
        return;
    }
    QString error;
    const QUrl address = streamAddress(report, m_url, &error);
    if (!address.isValid()) {
        Q_EMIT failed(SourceError::NotFound, error);
        return;
    }
    {
        const QMutexLocker lock(&m_streamLock);
        if (m_interrupted)
            return;
        m_stream = std::make_unique<LibavSource>(address);
    }
    LibavSource *stream = m_stream.get();
    connect(stream, &FrameSource::opened, this, &FrameSource::opened, Qt::DirectConnection);
    connect(stream, &FrameSource::frameCaptured, this, &FrameSource::frameCaptured, Qt::DirectConnection);
    connect(stream, &FrameSource::failed, this, &FrameSource::failed, Qt::DirectConnection);
    connect(stream, &FrameSource::pictureDropped, this, &FrameSource::pictureDropped, Qt::DirectConnection);
    stream->open();
}

void OnvifSource::close()
{
    if (m_client)
        m_client->cancel();
    stopStream();
    const QMutexLocker lock(&m_streamLock);
    m_interrupted = false;
}

void OnvifSource::stopStream()
{
    std::unique_ptr<LibavSource> stream;
    {
        const QMutexLocker lock(&m_streamLock);
        stream = std::move(m_stream);
    }
    if (stream)
        stream->close();
}

void OnvifSource::interrupt()
{
    const QMutexLocker lock(&m_streamLock);
    m_interrupted = true;
    if (m_stream)
        m_stream->interrupt();
}
