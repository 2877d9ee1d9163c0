#pragma once

#include "camera/camerastate.h"
#include "media/frame.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>

#include <functional>
#include <memory>

class CameraFeed;
class FrameMailbox;
class QWebSocket;

// One browser page (or seed 000 viewer) reading cameras over a WebSocket. On `/ws` the page subscribes to any
// shared cameras (`{"subscribe": [ids], "stream": "main|sub|auto", "width": W}`, the last two as for stream.mjpg;
// subscribing again to a camera moves it to the stream now asked for) and gets binary messages
// `[id length][id][JPEG]`, plus the camera list as JSON text every few seconds; on `/ws/video/ID/` it gets `{"message":
// "data:image/jpeg;base64,…"}` for that camera, the JSON text frame a Django Channels relay sends (seed 000). Like an
// MJPEG client, it writes only as fast as the browser reads: newest frame per camera wins. On `/ws/video/ID/` the peer
// may instead be seed 000's sender: when it may push, whatever it sends is handed on with its socket (peerSpoke()), and
// the share server makes a PushSender of it.
class WsViewer final : public QObject
{
    Q_OBJECT

public:
    enum class Protocol { Dashboard, DjangoChannelsJson };
    using FeedLookup = std::function<std::shared_ptr<CameraFeed>(const QString &id)>;
    using CameraList = std::function<QJsonArray()>;

    static constexpr qint64 MaxIncomingMessageBytes = 64 * 1024;
    static constexpr int CameraListIntervalMs = 2000;
    static constexpr int WaitForCameraIntervalMs = 500;

    WsViewer(std::unique_ptr<QWebSocket> socket, Protocol protocol, FeedLookup lookup, CameraList list,
             QObject *parent = nullptr);
    ~WsViewer() override;
    Q_DISABLE_COPY_MOVE(WsViewer)

    // A seed 000 viewer of a camera that does not exist yet keeps asking until it does.
    void subscribe(const QString &id, std::optional<CameraStream> asked = std::nullopt, int width = 0);
    // Seed 000: this peer may be a sender; a message from it (up to a first picture's size) is then handed on.
    void allowPushing(qint64 maxFirstMessageBytes);
    // The socket, for whoever takes the peer over; this viewer then ends.
    std::unique_ptr<QWebSocket> takeSocket();

Q_SIGNALS:
    // A peer allowed to push sent a message (`binary`, else `text`): it is a sender, not a viewer.
    void peerSpoke(const QString &text, const QByteArray &binary);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct Subscription
    {
        std::shared_ptr<CameraFeed> feed;
        FrameMailbox *mailbox = nullptr;
        Frame waiting;
        CameraStream stream = CameraStream::Main;
        int width = 0;
    };

    void onTextMessage(const QString &message);
    void onFrameAvailable(const QString &id);
    void flushWaiting();
    void send(const QString &id, const Frame &frame);
    void sendCameraList();
    void setMaxIncomingMessageBytes(qint64 bytes);
    void unsubscribeAll();
    // Reads the subscription's stream, starting with its newest picture.
    void attach(const Subscription &subscription);
    void moveSubscription(Subscription &subscription, CameraStream stream, int width);

    std::unique_ptr<QWebSocket> m_socket;
    Protocol m_protocol;
    FeedLookup m_lookup;
    CameraList m_list;
    QHash<QString, Subscription> m_subscriptions;
    int m_listTimer = 0;
    bool m_listDue = false; // the camera list waits for the browser to take what it was sent
    int m_waitTimer = 0;
    QString m_waitingFor;
    bool m_mayPush = false;
};
