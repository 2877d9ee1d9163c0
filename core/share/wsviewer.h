#pragma once

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
// shared cameras and gets binary messages `[id length][id][JPEG]`, plus the camera list as JSON text every few
// seconds; on `/ws/video/ID/` it gets seed 000's `{"message": "data:image/jpeg;base64,…"}` for that camera.
// Like an MJPEG client, it writes only as fast as the browser reads: newest frame per camera wins.
class WsViewer final : public QObject
{
    Q_OBJECT

public:
    enum class Protocol { Dashboard, Seed000Json };
    using FeedLookup = std::function<std::shared_ptr<CameraFeed>(const QString &id)>;
    using CameraList = std::function<QJsonArray()>;

    static constexpr qint64 MaxIncomingMessageBytes = 64 * 1024;
    static constexpr int CameraListIntervalMs = 2000;

    WsViewer(std::unique_ptr<QWebSocket> socket, Protocol protocol, FeedLookup lookup, CameraList list,
             QObject *parent = nullptr);
    ~WsViewer() override;
    Q_DISABLE_COPY_MOVE(WsViewer)

    void subscribe(const QString &id);

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
    void onFrameAvailable(const QString &id);
    void flushWaiting();
    void send(const QString &id, const Frame &frame);
    void sendCameraList();
    void unsubscribeAll();

    std::unique_ptr<QWebSocket> m_socket;
    Protocol m_protocol;
    FeedLookup m_lookup;
    CameraList m_list;
    QHash<QString, Subscription> m_subscriptions;
    int m_listTimer = 0;
};
