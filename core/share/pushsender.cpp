#include "pushsender.h"

#include "sources/pushhub.h"

#include <QWebSocket>

PushSender::PushSender(std::unique_ptr<QWebSocket> socket, std::shared_ptr<PushHub> hub, const QString &id,
                       const QString &name, QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_hub(std::move(hub))
    , m_id(id)
    , m_name(name)
{
    setMaxMessageBytes(MaxFirstMessageBytes);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &PushSender::receiveText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, &PushSender::receiveBinary);
    connect(m_socket.get(), &QWebSocket::disconnected, this, &QObject::deleteLater);
}

PushSender::~PushSender()
{
    // Nothing of the socket may call back into this half-destroyed object.
    m_socket->disconnect(this);
    m_socket->abort();
    if (m_registered)
        m_hub->removeSender(m_id);
}

void PushSender::setMaxMessageBytes(qint64 bytes)
{
    m_socket->setMaxAllowedIncomingMessageSize(quint64(bytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(bytes));
}

void PushSender::receiveText(const QString &message)
{
    receive(m_messages.fromText(message));
}

void PushSender::receiveBinary(const QByteArray &message)
{
    receive(m_messages.fromBinary(message));
}

void PushSender::receive(JpegMessageStream::Message message)
{
    switch (message.verdict) {
    case JpegMessageStream::Verdict::Skipped:
        return;
    case JpegMessageStream::Verdict::NoPictures:
        m_socket->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported, QStringLiteral("no JPEG pictures"));
        return;
    case JpegMessageStream::Verdict::TooLarge:
        m_socket->close(QWebSocketProtocol::CloseCodeTooMuchData, message.why);
        return;
    case JpegMessageStream::Verdict::Picture:
        break;
    }
    if (!m_registered) {
        if (!m_hub->addSender(m_id, m_name)) {
            m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too many pushed cameras"));
            return;
        }
        m_registered = true;
        setMaxMessageBytes(JpegMessageDecoder::MaxMessageBytes);
    }
    m_hub->push(m_id, std::move(message.jpeg), message.size);
}
