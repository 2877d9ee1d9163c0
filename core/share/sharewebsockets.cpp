// The share server's WebSocket side: its routes, the access check on the upgrade request, and handing each
// socket to a WsViewer or, once it pushes pictures, a PushSender. The HTTP routes are in sharehttpserver.cpp.

#include "sharehttpserver.h"

#include "camera/camerafeed.h"
#include "pushsender.h"
#include "wsviewer.h"

#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QWebSocket>

const QList<ShareHttpServer::SocketRoute> &ShareHttpServer::socketRoutes()
{
    static const QList<SocketRoute> table = {
        {{QStringLiteral("ws")}, WsViewer::Protocol::Dashboard},
        {{QStringLiteral("ws"), QStringLiteral("video"), QStringLiteral("{id}")},
         WsViewer::Protocol::DjangoChannelsJson},
    };
    return table;
}

const ShareHttpServer::SocketRoute *ShareHttpServer::socketRouteFor(const QString &path, QString *id, QString *name)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (const SocketRoute &route : socketRoutes()) {
        QString matched;
        if (!matches(route.pattern, parts, &matched))
            continue;
        if (!route.pattern.contains(QStringLiteral("{id}")))
            return &route;
        if (!isVideoName(matched))
            return nullptr;
        // Seed 000 names are `\w+` (`Front_Door`); camera ids are slugs (`front-door`).
        *name = matched;
        *id = CameraConfig::slugFor(matched);
        return &route;
    }
    return nullptr;
}

void ShareHttpServer::acceptWebSockets()
{
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
        if (!socket)
            continue;
        // Access and the path were checked on the upgrade request (webSocketRefusal()); the camera may have
        // gone since.
        const Access access
            = m_upgrades.take(socket->peerAddress().toString() + u' ' + QString::number(socket->peerPort()));
        if (access.role == Access::Role::None) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("not allowed"));
            continue;
        }
        QString id;
        QString name;
        const SocketRoute *route = socketRouteFor(socket->requestUrl().path(), &id, &name);
        // A view link's page sees its own camera and nothing else.
        auto lookup = [this, access](const QString &camera) {
            return access.mayView(camera) ? m_feeds.value(camera) : std::shared_ptr<CameraFeed>();
        };
        auto list = [this, access] { return sharedCameras(access); };
        if (route && route->protocol == WsViewer::Protocol::Dashboard) {
            trackSession(new WsViewer(std::move(socket), route->protocol, lookup, list, this), access);
            continue;
        }
        // Seed 000's path: a viewer of one camera by name, as JSON data URLs, or a sender pushing that camera's
        // pictures. Both look the same until the peer sends something.
        const auto feed = m_feeds.value(id);
        const bool pushable = mayPush(access, feed.get());
        if (!route || (!pushable && (!feed || !feed->config().shared))) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("not available"));
            continue;
        }
        auto *viewer = new WsViewer(std::move(socket), route->protocol, lookup, list, this);
        trackSession(viewer, access);
        if (pushable) {
            viewer->allowPushing(PushSender::MaxFirstMessageBytes);
            connect(viewer, &WsViewer::peerSpoke, this,
                    [this, viewer, access, id, name](const QString &text, const QByteArray &binary) {
                        becomeSender(viewer, access, id, name, text, binary);
                    });
        }
        viewer->subscribe(id);
    }
}

void ShareHttpServer::becomeSender(WsViewer *viewer, const Access &access, const QString &id, const QString &name,
                                   const QString &text, const QByteArray &binary)
{
    m_sessions.remove(viewer);
    // The sender's name becomes the camera's: kept short and printable.
    QString shown = name.left(64);
    shown.removeIf([](QChar c) { return !c.isPrint(); });
    auto *sender = new PushSender(viewer->takeSocket(), m_pushHub, id, shown.isEmpty() ? id : shown, this);
    trackSession(sender, access);
    if (binary.isNull())
        sender->receiveText(text);
    else
        sender->receiveBinary(binary);
}

bool ShareHttpServer::mayPush(const Access &access, const CameraFeed *feed) const
{
    // Only the admin may push, to a camera that does not exist yet or is a push camera.
    return m_pushHub && access.isAdmin() && (!feed || isPushCamera(*feed));
}

bool ShareHttpServer::isVideoName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 64 && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'_' || c == u'-';
    });
}

bool ShareHttpServer::isPushCamera(const CameraFeed &feed)
{
    return feed.config().kind() == u"push";
}

bool ShareHttpServer::isWebSocketUpgrade(const QHttpServerRequest &request)
{
    return request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

int ShareHttpServer::webSocketRefusal(const QHttpServerRequest &request, QTcpSocket *socket, QByteArray *why)
{
    const Access access = m_access.decide(accessRequest(request, true));
    if (access.role == Access::Role::None) {
        *why = access.reason;
        return access.refusal;
    }
    const QString key = socket->peerAddress().toString() + u' ' + QString::number(socket->peerPort());
    // An upgrade whose handshake then fails never reaches acceptWebSockets(): the table must not keep them all.
    if (m_upgrades.size() >= MaxPendingUpgrades)
        m_upgrades.clear();
    *why = "not found";
    QString id;
    QString name;
    const SocketRoute *route = socketRouteFor(request.url().path(), &id, &name);
    if (!route)
        return 404;
    if (route->protocol == WsViewer::Protocol::DjangoChannelsJson) {
        const auto feed = m_feeds.value(id);
        // With a push hub, an unknown name may be a sender about to create its camera (or a viewer waiting for
        // it, as seed 000's page does).
        if (!mayPush(access, feed.get())) {
            if (!access.mayView(id)) {
                *why = "this link is for another camera";
                return 403;
            }
            if (!feed)
                return 404;
            if (!feed->config().shared) {
                *why = "this camera is not shared";
                return 403;
            }
        }
    }
    m_upgrades.insert(key, access);
    return 0;
}
