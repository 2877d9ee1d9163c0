#include "wsviewer.h"

#include "camera/camerafeed.h"
#include "media/framemailbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimerEvent>
#include <QWebSocket>

namespace {
constexpr int MaxSubscriptions = 64;
}

WsViewer::WsViewer(std::unique_ptr<QWebSocket> socket, Protocol protocol, FeedLookup lookup, CameraList list,
                   QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_protocol(protocol)
    , m_lookup(std::move(lookup))
    , m_list(std::move(list))
{
    // A viewer only says which cameras it wants: anything big is hostile.
    setMaxIncomingMessageBytes(MaxIncomingMessageBytes);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &WsViewer::onTextMessage);
    connect(m_socket.get(), &QWebSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket.get(), &QWebSocket::bytesWritten, this, &WsViewer::flushWaiting);
    if (m_protocol == Protocol::Dashboard) {
        sendCameraList();
        m_listTimer = startTimer(CameraListIntervalMs);
    }
}

WsViewer::~WsViewer()
{
    // The socket is destroyed after the members its signals would reach (a viewer ended by a revoked link still
    // has bytes in flight, and closing reports them): nothing of it may call back into this half-destroyed object.
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    unsubscribeAll();
}

void WsViewer::allowPushing(qint64 maxFirstMessageBytes)
{
    m_mayPush = true;
    setMaxIncomingMessageBytes(maxFirstMessageBytes);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &message) { Q_EMIT peerSpoke({}, message); });
}

std::unique_ptr<QWebSocket> WsViewer::takeSocket()
{
    // A sender is not a viewer: its own pictures are not sent back to it.
    unsubscribeAll();
    if (m_waitTimer != 0)
        killTimer(std::exchange(m_waitTimer, 0));
    m_socket->disconnect(this);
    deleteLater();
    return std::move(m_socket);
}

void WsViewer::setMaxIncomingMessageBytes(qint64 bytes)
{
    m_socket->setMaxAllowedIncomingMessageSize(quint64(bytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(bytes));
}

void WsViewer::unsubscribeAll()
{
    for (Subscription &subscription : m_subscriptions) {
        subscription.feed->frames(subscription.stream).detach(subscription.mailbox);
        subscription.feed->stats().removeViewer();
    }
    m_subscriptions.clear();
}

void WsViewer::subscribe(const QString &id, std::optional<CameraStream> asked, int width)
{
    if (!m_socket)
        return;
    if (const auto it = m_subscriptions.find(id); it != m_subscriptions.end()) {
        moveSubscription(*it, it->feed->streamFor(asked, width), width);
        return;
    }
    if (m_subscriptions.size() >= MaxSubscriptions)
        return;
    std::shared_ptr<CameraFeed> feed = m_lookup(id);
    if (!feed || !feed->config().shared) {
        if (m_protocol == Protocol::DjangoChannelsJson && m_waitTimer == 0) {
            m_waitingFor = id;
            m_waitTimer = startTimer(WaitForCameraIntervalMs);
        }
        return;
    }
    if (m_waitTimer != 0)
        killTimer(std::exchange(m_waitTimer, 0));
    auto *mailbox = new FrameMailbox(this);
    connect(
        mailbox, &FrameMailbox::frameAvailable, this, [this, id] { onFrameAvailable(id); }, Qt::QueuedConnection);
    feed->stats().addViewer();
    const CameraStream stream = feed->streamFor(asked, width);
    attach(*m_subscriptions.insert(id, Subscription {feed, mailbox, {}, stream, width}));
}

void WsViewer::attach(const Subscription &subscription)
{
    subscription.feed->frames(subscription.stream).attach(subscription.mailbox);
    // The newest picture at once, so a page fills in without waiting for the next frame.
    if (const Frame latest = subscription.feed->currentFrame(subscription.stream); !latest.isNull())
        subscription.mailbox->put(latest);
}

void WsViewer::moveSubscription(Subscription &subscription, CameraStream stream, int width)
{
    subscription.width = width;
    if (stream == subscription.stream)
        return;
    // The page keeps showing the old stream's pictures until the new one's first arrives.
    subscription.feed->frames(subscription.stream).detach(subscription.mailbox);
    subscription.stream = stream;
    subscription.waiting = {};
    attach(subscription);
}

void WsViewer::onTextMessage(const QString &message)
{
    if (m_protocol != Protocol::Dashboard) {
        if (m_mayPush)
            Q_EMIT peerSpoke(message, {});
        return; // seed 000's viewers send nothing we need
    }
    const QJsonObject request = QJsonDocument::fromJson(message.toUtf8()).object();
    const QJsonArray ids = request.value(QStringLiteral("subscribe")).toArray();
    const QString streamName = request.value(QStringLiteral("stream")).toString();
    const std::optional<CameraStream> asked = cameraStreamNamed(streamName);
    if (!asked && !streamName.isEmpty() && streamName != u"auto")
        return; // a word we do not know: nothing is changed
    const int width = request.value(QStringLiteral("width")).toInt();
    for (const QJsonValue id : ids)
        subscribe(id.toString(), asked, width >= 16 ? qMin(width, 7680) : 0);
}

void WsViewer::onFrameAvailable(const QString &id)
{
    auto it = m_subscriptions.find(id);
    if (it == m_subscriptions.end())
        return;
    const Frame frame = it->mailbox->take();
    if (frame.isNull())
        return;
    if (!it->feed->config().shared) {
        // Sharing was switched off while this page watched.
        it->feed->frames(it->stream).detach(it->mailbox);
        it->feed->stats().removeViewer();
        it->mailbox->deleteLater();
        m_subscriptions.erase(it);
        return;
    }
    if (m_socket->bytesToWrite() > 0) {
        it->waiting = frame; // latest wins while the browser is behind
        return;
    }
    send(id, frame);
}

void WsViewer::flushWaiting()
{
    if (m_socket->bytesToWrite() > 0)
        return;
    if (m_listDue)
        sendCameraList();
    for (auto it = m_subscriptions.begin(); it != m_subscriptions.end(); ++it) {
        if (!it->waiting.isNull())
            send(it.key(), std::exchange(it->waiting, Frame()));
    }
}

void WsViewer::send(const QString &id, const Frame &frame)
{
    const auto subscription = m_subscriptions.constFind(id);
    const QByteArray jpeg = frame.jpeg(subscription != m_subscriptions.cend() ? subscription->width : 0, 0);
    if (jpeg.isEmpty())
        return;
    if (subscription != m_subscriptions.cend())
        subscription->feed->stats().countSent();
    if (m_protocol == Protocol::DjangoChannelsJson) {
        const QByteArray dataUrl = "data:image/jpeg;base64," + jpeg.toBase64();
        m_socket->sendTextMessage(QStringLiteral("{\"message\": \"%1\"}").arg(QString::fromLatin1(dataUrl)));
        return;
    }
    const QByteArray idBytes = id.toUtf8().left(255);
    QByteArray message;
    message.reserve(1 + idBytes.size() + jpeg.size());
    message.append(char(idBytes.size()));
    message.append(idBytes);
    message.append(jpeg);
    m_socket->sendBinaryMessage(message);
}

void WsViewer::sendCameraList()
{
    // A browser that does not read gets no more lists piling up in our buffer: the newest waits for it.
    m_listDue = m_socket->bytesToWrite() > 0;
    if (m_listDue)
        return;
    const QJsonObject list {{QStringLiteral("type"), QStringLiteral("cameras")}, {QStringLiteral("cameras"), m_list()}};
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
}

void WsViewer::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_listTimer)
        sendCameraList();
    else if (event->timerId() == m_waitTimer && m_waitTimer != 0)
        subscribe(m_waitingFor);
    else
        QObject::timerEvent(event);
}
