#pragma once

#include "accesspolicy.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonArray>
#include <QStringList>

#include <memory>

class CameraFeed;
class PushHub;
class QHttpServerResponder;

// The share server's HTTP side (SPEC.md, "Share server"): routes, access checks and the per-client streams.
// Lives on the share thread; everything it knows of the cameras comes through their thread-safe feeds.
class ShareHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit ShareHttpServer(AccessPolicy access, std::shared_ptr<PushHub> pushHub = {}, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ShareHttpServer)

    void addCamera(const std::shared_ptr<CameraFeed> &feed);
    void removeCamera(const QString &id);
    void moveCamera(const QString &id, int position);

Q_SIGNALS:
    // A remote client asked to switch a camera on or off (POST /api/cameras/ID/on|off).
    void switchRequested(const QString &id, bool on);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void servePage(const QHttpServerRequest &request, QHttpServerResponder &responder) const;
    void acceptWebSockets();
    static bool isWebSocketUpgrade(const QHttpServerRequest &request);
    // 0 when the WebSocket upgrade may go ahead, else the HTTP status that refuses it.
    int webSocketRefusal(const QHttpServerRequest &request) const;
    QJsonArray sharedCameras() const;
    void serveCameraList(QHttpServerResponder &responder) const;
    void serveSnapshot(const CameraFeed &feed, int width, QHttpServerResponder &responder) const;
    void serveSwitch(const QString &id, const QString &action, QHttpServerResponder &responder);
    static void sendError(QHttpServerResponder &responder, int status, const QByteArray &message);

    // The camera id a seed 000 path `/ws/video/NAME/` names.
    static QString videoPathId(const QString &name);
    // Whether `name` can name a camera on seed 000's path: letters, digits, `_` and `-` (seed 000's are `\w+`),
    // so dots, slashes, backslashes and control characters never become a camera's name.
    static bool isVideoName(const QString &name);
    static bool isPushCamera(const CameraFeed &feed);

    AccessPolicy m_access;
    std::shared_ptr<PushHub> m_pushHub;
    QStringList m_order;
    QHash<QString, std::shared_ptr<CameraFeed>> m_feeds;
};
