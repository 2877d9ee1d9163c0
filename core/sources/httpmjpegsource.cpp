#include "httpmjpegsource.h"

#include "certificatetrust.h"
#include "media/jpegcodec.h"
#include "sourceurl.h"

#include <QAuthenticator>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimerEvent>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcHttpSource, "cctv.source.http")

namespace {

constexpr qsizetype ReadChunk = 256 * 1024;
constexpr qsizetype MaxSingleJpeg = 16 * 1024 * 1024;
// This many parts in a row that are no JPEG picture, and the stream is not one we can show.
constexpr quint64 MaxSkippedParts = 25;
constexpr int MinPollMs = 20;

bool isJpegType(QByteArrayView mediaType)
{
    return mediaType == "image/jpeg" || mediaType == "image/jpg" || mediaType == "image/pjpeg";
}

// The media type of a Content-Type value, lower case, without parameters.
QByteArray mediaTypeOf(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

} // namespace

HttpMjpegSource::HttpMjpegSource(const QUrl &url, QObject *parent)
    : FrameSource(parent)
    , m_requestUrl(CertificateTrust::withoutParameter(url))
    , m_user(url.userName(QUrl::FullyDecoded))
    , m_password(url.password(QUrl::FullyDecoded))
    , m_trust(url)
{
    // Credentials go to the authenticator only: a URL ends up in server logs and proxies.
    m_requestUrl.setUserInfo({});
    QUrlQuery query(m_requestUrl);
    if (query.hasQueryItem(QStringLiteral("poll"))) {
        bool ok = false;
        const int poll = query.queryItemValue(QStringLiteral("poll")).toInt(&ok);
        m_pollMs = ok && poll > 0 ? qMax(MinPollMs, poll) : DefaultPollMs;
        query.removeAllQueryItems(QStringLiteral("poll"));
        m_requestUrl.setQuery(query.isEmpty() ? QUrlQuery() : query);
    }
}

HttpMjpegSource::~HttpMjpegSource()
{
    stopRequest();
}

void HttpMjpegSource::open()
{
    if (m_open)
        return;
    m_open = true;
    m_size = {};
    if (!m_network) {
        // Made here, on the worker thread, so its sockets live where they are read.
        m_network = new QNetworkAccessManager(this);
        connect(m_network, &QNetworkAccessManager::authenticationRequired, this,
                &HttpMjpegSource::onAuthenticationRequired);
    }
    sendRequest();
}

void HttpMjpegSource::close()
{
    m_open = false;
    m_pollTimer.stop();
    stopRequest();
}

void HttpMjpegSource::sendRequest()
{
    stopRequest();
    QNetworkRequest request(m_requestUrl);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Cache-Control", "no-cache");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("CCTV-Dashboard/" CCTV_VERSION));
    m_credentialsGiven = false;
    m_foreignChallenge.clear();
    m_skipped = 0;
    m_requestClock.start();
    m_firstPictureTimer.start(FirstPictureTimeoutMs, this);
    m_reply = m_network->get(request);
    m_answered = false;
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] { m_answered = true; });
    m_sslProblem.clear();
#if QT_CONFIG(ssl)
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_trust.settle(*m_reply, errors, &m_sslProblem); });
#endif
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpMjpegSource::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpMjpegSource::onFinished);
}

void HttpMjpegSource::stopRequest()
{
    m_firstPictureTimer.stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    m_parser.reset();
    m_single.clear();
    m_body = Body::Unknown;
}

void HttpMjpegSource::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_firstPictureTimer.timerId()) {
        fail(SourceError::TimedOut,
             !m_answered ? tr("no answer within %1 s").arg(FirstPictureTimeoutMs / 1000)
                         : tr("no complete picture within %1 s").arg(FirstPictureTimeoutMs / 1000));
    } else if (event->timerId() == m_pollTimer.timerId()) {
        m_pollTimer.stop();
        if (m_open)
            sendRequest();
    } else {
        FrameSource::timerEvent(event);
    }
}

void HttpMjpegSource::onAuthenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator)
{
    // Left unanswered, the request ends with an authentication error: with no credentials, or when the camera
    // asks again after it was given them (they are wrong). Each attempt costs one request, never a loop.
    if (reply != m_reply || m_credentialsGiven || (m_user.isEmpty() && m_password.isEmpty()))
        return;
    // A camera (or whoever answers in its name) may redirect anywhere: its credentials go to its own scheme, host
    // and port only, never to where it points.
    if (!SourceUrl::isSameOrigin(reply->url(), m_requestUrl)) {
        m_foreignChallenge = reply->url();
        return;
    }
    m_credentialsGiven = true;
    authenticator->setUser(m_user);
    authenticator->setPassword(m_password);
}

bool HttpMjpegSource::checkResponseHead()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return false; // an error page: onFinished() says what went wrong
    const QByteArray contentType = m_reply->rawHeader("Content-Type");
    const QByteArray mediaType = mediaTypeOf(contentType);
    if (mediaType.startsWith("multipart/")) {
        m_body = Body::Multipart;
    } else if (isJpegType(mediaType)) {
        m_body = Body::SingleJpeg;
    } else if (mediaType.isEmpty() || mediaType == "application/octet-stream") {
        // Says nothing (FFmpeg's own server sends octet-stream): the first bytes tell.
        const QByteArray head = m_reply->peek(2);
        if (head.size() < 2)
            return false;
        m_body = head == "\xff\xd8" ? Body::SingleJpeg : Body::Multipart;
    } else {
        fail(SourceError::UnsupportedFormat,
             tr("the camera sends %1, not MJPEG").arg(QString::fromLatin1(mediaType.left(60))));
        return false;
    }
    if (m_body == Body::Multipart)
        m_parser = std::make_unique<MjpegParser>(contentType);
    return true;
}

void HttpMjpegSource::onReadyRead()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300) {
        m_reply->skip(m_reply->bytesAvailable()); // an error page, however long, is not kept: onFinished() tells
        return;
    }
    if (m_body == Body::Unknown && !checkResponseHead())
        return;
    if (m_body == Body::SingleJpeg) {
        m_single.append(m_reply->readAll());
        if (m_single.size() > MaxSingleJpeg)
            fail(SourceError::UnsupportedFormat, tr("picture larger than 16 MiB"));
        return;
    }
    while (m_reply && m_reply->bytesAvailable() > 0) {
        takeParts(m_reply->read(ReadChunk));
        if (!m_open)
            return;
    }
}

void HttpMjpegSource::takeParts(QByteArrayView bytes)
{
    QList<MjpegParser::Part> parts = m_parser->feed(bytes);
    for (MjpegParser::Part &part : parts) {
        const QByteArray type = mediaTypeOf(part.contentType);
        if (!type.isEmpty() && !isJpegType(type)) {
            ++m_skipped; // cameras may mix in other parts (audio, metadata): not ours to show
            continue;
        }
        if (!deliver(std::move(part.body))) {
            ++m_skipped;
            Q_EMIT pictureDropped();
        }
        if (!m_open)
            return;
    }
    if (m_parser->hasFailed())
        fail(SourceError::UnsupportedFormat, m_parser->failureReason());
    else if (m_skipped >= MaxSkippedParts)
        fail(SourceError::UnsupportedFormat, tr("the stream holds no JPEG pictures"));
    else if (m_parser->isFinished())
        fail(SourceError::StreamEnded, tr("the camera ended the stream"));
}

bool HttpMjpegSource::deliver(QByteArray jpeg)
{
    const QSize size = JpegCodec::forThisThread().imageSize(jpeg);
    if (!size.isValid())
        return false;
    if (const QString problem = JpegCodec::sizeProblem(size); !problem.isEmpty()) {
        fail(SourceError::UnsupportedFormat, problem);
        return true;
    }
    m_skipped = 0;
    m_firstPictureTimer.stop();
    if (size != m_size) {
        m_size = size;
        const double fps = m_body == Body::SingleJpeg ? 1000.0 / (m_pollMs > 0 ? m_pollMs : DefaultPollMs) : 0.0;
        Q_EMIT opened(StreamInfo {QStringLiteral("mjpeg"), size, fps});
    }
    Q_EMIT frameCaptured(Frame::fromJpeg(std::move(jpeg), size, m_sequence++));
    return true;
}

void HttpMjpegSource::onFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    const QNetworkReply::NetworkError error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (error == QNetworkReply::NoError && m_body == Body::Unknown && status >= 200 && status < 300) {
        if (!checkResponseHead()) {
            if (m_open)
                fail(SourceError::UnsupportedFormat, tr("empty answer"));
            return;
        }
    }
    if (error == QNetworkReply::NoError && m_body == Body::SingleJpeg) {
        m_single.append(reply->readAll());
        const QByteArray jpeg = std::exchange(m_single, {});
        stopRequest();
        if (!deliver(jpeg)) {
            fail(SourceError::UnsupportedFormat, tr("the answer is not a JPEG picture"));
            return;
        }
        // Poll on a fixed period, whatever the time a request took.
        const int period = m_pollMs > 0 ? m_pollMs : DefaultPollMs;
        m_pollTimer.start(int(qMax<qint64>(0, period - m_requestClock.elapsed())), this);
        return;
    }
    if (m_body == Body::Multipart && reply->bytesAvailable() > 0) {
        takeParts(reply->readAll());
        if (!m_open)
            return;
    }
    if (!m_foreignChallenge.isEmpty()) {
        fail(SourceError::AuthenticationFailed,
             tr("the camera redirected to %1, which asks for a password: the camera's password is only sent to "
                "the camera's own address")
                 .arg(SourceUrl::origin(m_foreignChallenge)));
    } else if (status == 401 || error == QNetworkReply::AuthenticationRequiredError) {
        fail(SourceError::AuthenticationFailed,
             m_user.isEmpty() ? tr("the camera asks for a user name and password") : QString());
    } else if (status == 403 || error == QNetworkReply::ContentAccessDenied) {
        fail(SourceError::AuthenticationFailed, tr("access denied (HTTP 403)"));
    } else if (status == 404 || status == 410 || error == QNetworkReply::ContentNotFoundError) {
        fail(SourceError::NotFound, tr("HTTP %1").arg(status));
    } else if (status >= 300) {
        fail(SourceError::Unreachable, tr("HTTP %1").arg(status));
    } else if (m_body == Body::Multipart) {
        fail(SourceError::StreamEnded, tr("the camera closed the connection"));
    } else {
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
            fail(SourceError::Unreachable, tr("connection refused"));
            break;
        case QNetworkReply::HostNotFoundError:
            fail(SourceError::Unreachable, tr("host not found"));
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            fail(SourceError::TimedOut, {});
            break;
        case QNetworkReply::SslHandshakeFailedError:
            fail(SourceError::Unreachable,
                 m_sslProblem.isEmpty() ? tr("secure connection failed")
                                        : tr("secure connection failed (%1)").arg(m_sslProblem));
            break;
        case QNetworkReply::ProtocolFailure:
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
            fail(SourceError::UnsupportedFormat, tr("not an HTTP camera"));
            break;
        case QNetworkReply::RemoteHostClosedError:
            // Also what Qt reports when the bytes are not HTTP at all.
            fail(SourceError::Unreachable, tr("no valid HTTP answer"));
            break;
        default:
            fail(SourceError::Unreachable, {});
            break;
        }
    }
}

void HttpMjpegSource::fail(SourceError error, const QString &detail)
{
    if (!m_open)
        return;
    close();
    qCInfo(lcHttpSource).noquote() << SourceUrl::redacted(m_requestUrl) << describeSourceError(error) << detail;
    Q_EMIT failed(error, detail);
}
