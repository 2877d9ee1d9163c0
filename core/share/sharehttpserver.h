#pragma once

#include "accesspolicy.h"
#include "wsviewer.h"

#include <QAbstractHttpServer>
#include <QBasicTimer>
#include <QHash>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QStringList>

#include <memory>

class CameraFeed;
class PushHub;
class QHttpServerResponder;

// The share server's HTTP side (README, "Share server"): a table of routes, each saying who may call it, and the
// per-client streams. Lives on the share thread; everything it knows of the cameras comes through their
// thread-safe feeds.
class ShareHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit ShareHttpServer(AccessPolicy access, std::shared_ptr<PushHub> pushHub = {}, QObject *parent = nullptr);
    ~ShareHttpServer() override;
    Q_DISABLE_COPY_MOVE(ShareHttpServer)

    void addCamera(const std::shared_ptr<CameraFeed> &feed);
    void removeCamera(const QString &id);
    // The cameras in this order (the window's); ids not given keep their place after those given.
    void setOrder(const QStringList &ids);
    // New access rules (a new admin token): every stream and page opened with a credential that no longer holds
    // is ended.
    void setAccess(AccessPolicy access);

Q_SIGNALS:
    // A remote client asked to switch a camera on or off (POST /api/cameras/ID/on|off).
    void switchRequested(const QString &id, bool on);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void timerEvent(QTimerEvent *event) override;

private:
    // One request on its way through a route: what the handler needs.
    struct Call
    {
        const QHttpServerRequest &request;
        QTcpSocket *socket;
        QHttpServerResponder &responder;
        const Access &access;
        QString id; // the `{id}` of the route's path
    };
    // Who may call a route.
    enum class Need { AnyCredential, ViewerOfId, Admin };
    struct Route
    {
        QHttpServerRequest::Methods methods;
        QStringList pattern; // path segments; "{id}" matches any one
        Need need;
        void (ShareHttpServer::*handle)(const Call &call);
    };
    static const QList<Route> &routes();
    // The WebSocket routes: `/ws` (the page's) and seed 000's `/ws/video/{id}/`. Checked for access on the
    // upgrade request, then served by a WsViewer (or, once it pushes, a PushSender).
    struct SocketRoute
    {
        QStringList pattern;
        WsViewer::Protocol protocol;
    };
    static const QList<SocketRoute> &socketRoutes();
    // Whether path segments `parts` fit `pattern`; `id` receives what `{id}` matched.
    static bool matches(const QStringList &pattern, const QStringList &parts, QString *id);
    // The WebSocket route of a request path, with its `{id}` as a camera id; null when there is none.
    static const SocketRoute *socketRouteFor(const QString &path, QString *id, QString *name);

    void servePage(const Call &call);
    void serveCameraList(const Call &call);
    void serveSwitchOn(const Call &call);
    void serveSwitchOff(const Call &call);
    void serveLinks(const Call &call);
    void serveNewLink(const Call &call);
    void serveRevokeLink(const Call &call);
    void serveStream(const Call &call);
    void serveSnapshot(const Call &call);
    void serveSwitch(const Call &call, bool on);
    // The shared camera a route's `{id}` names; null when there is none, after answering why (404 or 403).
    std::shared_ptr<CameraFeed> sharedFeed(const Call &call) const;

    void acceptWebSockets();
    static bool isWebSocketUpgrade(const QHttpServerRequest &request);
    static AccessRequest accessRequest(const QHttpServerRequest &request, bool changesState);
    // 0 when the WebSocket upgrade may go ahead (its access is kept for acceptWebSockets()), else the HTTP status
    // that refuses it; `why` says why.
    int webSocketRefusal(const QHttpServerRequest &request, QTcpSocket *socket, QByteArray *why);
    QJsonArray sharedCameras(const Access &access) const;
    // Answers with an error and closes the connection when `status` is 401 or 403, so that a client without a
    // credential holds no connection slot for long.
    static void sendError(QHttpServerResponder &responder, int status, const QByteArray &message);
    // Long-lived clients (streams and WebSockets) live as long as their credential does.
    void trackSession(QObject *client, const Access &access);
    void endInvalidSessions();

    // Whether `name` can name a camera on seed 000's path: letters, digits, `_` and `-` (seed 000's are `\w+`),
    // so dots, slashes, backslashes and control characters never become a camera's name.
    static bool isVideoName(const QString &name);
    // Whether a peer on seed 000's path may push the pictures of camera `id` (`feed`, null when there is none).
    bool mayPush(const Access &access, const CameraFeed *feed) const;
    // A viewer allowed to push that sent something: it becomes the sender of camera `id`.
    void becomeSender(WsViewer *viewer, const Access &access, const QString &id, const QString &name,
                      const QString &text, const QByteArray &binary);
    static bool isPushCamera(const CameraFeed &feed);

    AccessPolicy m_access;
    std::shared_ptr<PushHub> m_pushHub;
    QStringList m_order;
    QHash<QString, std::shared_ptr<CameraFeed>> m_feeds;
    // WebSocket upgrades let through, by the peer's address and port, until QAbstractHttpServer hands them over.
    static constexpr qsizetype MaxPendingUpgrades = 1024;
    QHash<QString, Access> m_upgrades;
    QHash<QObject *, Access> m_sessions;
    QBasicTimer m_sessionCheck;
};
