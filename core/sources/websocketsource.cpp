#include "websocketsource.h"

#include "certificatetrust.h"
#include "jpegmessagedecoder.h"
#include "media/jpegcodec.h"

#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimerEvent>
#include <QWebSocket>

namespace {

// Qt 6.4 reports a refused handshake only as text ("Unhandled http status code: 401 (Unauthorized)"), with the
// same error code as a refused TCP connection: the status is read back from it. 0 when there is none.
int handshakeStatus(const QString &errorString)
{
    static const QRegularExpression Status(QStringLiteral("status code: (\\d{3})"));
    const QRegularExpressionMatch match = Status.match(errorString);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

WebSocketSource::WebSocketSource(const QUrl &url, QObject *parent)
    : FrameSource(parent)
    , m_url(url)
{ }

WebSocketSource::~WebSocketSource()
{
    close();
}

void WebSocketSource::open()
{
    if (m_socket)
        return;
    m_connected = false;
    m_announced = false;
    m_pictures = 0;
    m_messages.reset();

    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    // Qt's default lets one message grow to about 2 GiB; no picture needs more than the decoder takes.
    m_socket->setMaxAllowedIncomingMessageSize(quint64(JpegMessageDecoder::MaxMessageBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(JpegMessageDecoder::MaxMessageBytes));
    connect(m_socket, &QWebSocket::connected, this, &WebSocketSource::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &WebSocketSource::onDisconnected);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, &WebSocketSource::onError);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &WebSocketSource::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &WebSocketSource::onBinaryMessage);
    m_sslProblem.clear();
#if QT_CONFIG(ssl)
    connect(m_socket, &QWebSocket::sslErrors, this,
            [this, trust = CertificateTrust(m_url)](const QList<QSslError> &errors) {
                trust.settle(*m_socket, errors, &m_sslProblem);
            });
#endif

    // The credentials travel only in the Authorization header: the URL Qt sees (and may put in its messages)
    // has none.
    QUrl target = CertificateTrust::withoutParameter(m_url);
    target.setUserInfo(QString());
    QNetworkRequest request(target);
    if (!m_url.userName().isEmpty()) {
        const QByteArray credentials = (m_url.userName() + u':' + m_url.password()).toUtf8();
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    }
    m_connectTimer.start(ConnectTimeoutMs, this);
    m_socket->open(request);
}

void WebSocketSource::close()
{
    m_connectTimer.stop();
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    // Later: close() may run inside one of the socket's own signals.
    socket->deleteLater();
}

void WebSocketSource::fail(SourceError error, const QString &detail)
{
    close();
    Q_EMIT failed(error, detail);
}

void WebSocketSource::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_connectTimer.timerId())
        return FrameSource::timerEvent(event);
    fail(SourceError::TimedOut, tr("no WebSocket handshake within %1 s").arg(ConnectTimeoutMs / 1000));
}

void WebSocketSource::onConnected()
{
    m_connectTimer.stop();
    m_connected = true;
}

void WebSocketSource::onDisconnected()
{
    if (!m_connected) {
        fail(SourceError::Unreachable, tr("the connection closed during the WebSocket handshake"));
        return;
    }
    const auto code = m_socket->closeCode();
    if (code == QWebSocketProtocol::CloseCodeTooMuchData) {
        fail(SourceError::StreamEnded, tr("the camera sent a message larger than 16 MiB"));
        return;
    }
    const QString reason = m_socket->closeReason().left(80);
    if (code == QWebSocketProtocol::CloseCodeNormal || code == QWebSocketProtocol::CloseCodeGoingAway
        || reason.isEmpty())
        fail(SourceError::StreamEnded, tr("the camera closed the connection"));
    else
        fail(SourceError::StreamEnded, tr("the camera closed the connection (%1)").arg(reason));
}

void WebSocketSource::onError()
{
    const QAbstractSocket::SocketError error = m_socket->error();
    const int status = handshakeStatus(m_socket->errorString());
    switch (status) {
    case 0:
        break;
    case 401:
    case 407:
        return fail(SourceError::AuthenticationFailed, {});
    case 403:
        return fail(SourceError::AuthenticationFailed, tr("access forbidden (HTTP 403)"));
    case 404:
    case 410:
        return fail(SourceError::NotFound, {});
    default:
        return fail(SourceError::Unreachable, tr("the server answered HTTP %1, not a WebSocket").arg(status));
    }
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return fail(SourceError::Unreachable, tr("connection refused"));
    case QAbstractSocket::HostNotFoundError:
        return fail(SourceError::Unreachable, tr("host not found"));
    case QAbstractSocket::SocketTimeoutError:
        return fail(SourceError::TimedOut, {});
    case QAbstractSocket::SslHandshakeFailedError:
        return fail(SourceError::Unreachable,
                    m_sslProblem.isEmpty() ? tr("TLS handshake failed")
                                           : tr("TLS handshake failed (%1)").arg(m_sslProblem));
    case QAbstractSocket::RemoteHostClosedError:
        if (m_connected)
            return; // disconnected() follows and says how the stream ended
        return fail(SourceError::Unreachable, tr("the connection closed during the WebSocket handshake"));
    default:
        if (m_connected)
            return;
        // Qt's own words; the URL it knows carries no credentials (open() removed them).
        return fail(SourceError::Unreachable, m_socket->errorString().left(120));
    }
}

void WebSocketSource::onTextMessage(const QString &message)
{
    handle(m_messages.fromText(message));
}

void WebSocketSource::onBinaryMessage(const QByteArray &message)
{
    handle(m_messages.fromBinary(message));
}

void WebSocketSource::handle(JpegMessageStream::Message message)
{
    switch (message.verdict) {
    case JpegMessageStream::Verdict::TooLarge:
        return fail(SourceError::UnsupportedFormat, message.why);
    case JpegMessageStream::Verdict::Skipped:
        Q_EMIT pictureDropped(); // one bad message is skipped
        return;
    case JpegMessageStream::Verdict::NoPictures: {
        Q_EMIT pictureDropped();
        const QString detail
            = tr("%1 messages in a row held no JPEG picture (%2)").arg(m_messages.malformedInARow()).arg(message.why);
        // Before any picture the address is plainly not a camera; after some, the camera went wrong.
        return fail(m_pictures == 0 ? SourceError::UnsupportedFormat : SourceError::StreamEnded, detail);
    }
    case JpegMessageStream::Verdict::Picture:
        break;
    }
    const QSize size = message.size;
    QByteArray jpeg = std::move(message.jpeg);
    if (!m_announced) {
        m_announced = true;
        Q_EMIT opened(StreamInfo {QStringLiteral("mjpeg"), size, 0});
    }
    ++m_pictures;
    Q_EMIT frameCaptured(Frame::fromJpeg(std::move(jpeg), size, m_sequence++));
}
