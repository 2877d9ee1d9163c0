#pragma once

#include "media/frame.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>

#include <functional>
#include <memory>

class CameraFeed;
class FrameMailbox;
class PushHub;
class QWebSocket;

// One browser page (or seed 000 viewer) reading cameras over a WebSocket. On `/ws` the page subscribes to any
// shared cameras and gets binary messages `[id length][id][JPEG]`, plus the camera list as JSON text every few
// seconds; on `/ws/video/ID/` it gets `{"message": "data:image/jpeg;base64,…"}` for that camera, the JSON text
// frame a Django Channels relay sends (seed 000).
// Like an MJPEG client, it writes only as fast as the browser reads: newest frame per camera wins.
// On `/ws/video/ID/` the peer may instead be seed 000's sender: once it pushes a picture it stops viewing and
// feeds camera ID through the PushHub (acceptPictures()).
class WsViewer final : public QObject
{
    Q_OBJECT

public:
    enum class Protocol { Dashboard, DjangoChannelsJson };
    using FeedLookup = std::function<std::shared_ptr<CameraFeed>(const QString &id)>;
    using CameraList = std::function<QJsonArray()>;

    static constexpr qint64 MaxIncomingMessageBytes = 64 * 1024;
    // A would-be sender's first message: room for a 4K JPEG as base64, not for the full allowance, which it gets
    // once a picture of it was accepted.
    static constexpr qint64 MaxFirstPushMessageBytes = 4 * 1024 * 1024;
    static constexpr int CameraListIntervalMs = 2000;
    static constexpr int WaitForCameraIntervalMs = 500;
    // A sender whose messages hold no picture this many times in a row is disconnected.
    static constexpr int MaxMalformedInARow = 10;

    WsViewer(std::unique_ptr<QWebSocket> socket, Protocol protocol, FeedLookup lookup, CameraList list,
             QObject *parent = nullptr);
    ~WsViewer() override;
    Q_DISABLE_COPY_MOVE(WsViewer)

    // A seed 000 viewer of a camera that does not exist yet keeps asking until it does.
    void subscribe(const QString &id);
    // Seed 000: pictures this peer sends become camera `id`'s (the sender called it `name`).
    void acceptPictures(std::shared_ptr<PushHub> hub, const QString &id, const QString &name);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct Subscription
    {
        std::shared_ptr<CameraFeed> feed;
        FrameMailbox *mailbox = nullptr;
        Frame waiting;
    };

    void onTextMessage(const QString &message);
    void onBinaryMessage(const QByteArray &message);
    void onPushedMessage(QByteArray jpeg, const QString &error);
    void onFrameAvailable(const QString &id);
    void flushWaiting();
    void send(const QString &id, const Frame &frame);
    void sendCameraList();
    void setMaxIncomingMessageBytes(qint64 bytes);
    void unsubscribeAll();

    std::unique_ptr<QWebSocket> m_socket;
    Protocol m_protocol;
    FeedLookup m_lookup;
    CameraList m_list;
    QHash<QString, Subscription> m_subscriptions;
    int m_listTimer = 0;
    bool m_listDue = false; // the camera list waits for the browser to take what it was sent
    int m_waitTimer = 0;
    QString m_waitingFor;

    std::shared_ptr<PushHub> m_pushHub; // set when the peer may push pictures
    QString m_pushId;
    QString m_pushName;
    bool m_pushing = false; // the peer is a sender: registered with the hub
    int m_malformedInARow = 0;
};
