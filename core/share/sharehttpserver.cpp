#include "sharehttpserver.h"

#include "camera/camerafeed.h"
#include "mjpegclient.h"
#include "pendingsnapshot.h"
#include "pushsender.h"
#include "securityheaders.h"
#include "sharetcpserver.h"
#include "sources/sourceurl.h"
#include "wsviewer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimerEvent>
#include <QWebSocket>

#include <cmath>

namespace {

using Status = QHttpServerResponder::StatusCode;

const std::pair<QByteArray, QByteArray> NoCache {"Cache-Control", "no-cache, no-store, must-revalidate"};
const std::pair<QByteArray, QByteArray> Policy {"Content-Security-Policy", SecurityHeaders::BasePolicy.toByteArray()};
const std::pair<QByteArray, QByteArray> NoSniff {"X-Content-Type-Options", "nosniff"};

QJsonObject describe(const CameraFeed &feed)
{
    const CameraConfig config = feed.config();
    const CameraStatus status = feed.status();
    // Which of its streams the camera runs now: the main one only while someone needs it, when it has a sub stream.
    QJsonArray streamsOpen;
    QJsonObject streams; // each stream's state and picture size
    for (const CameraStream stream : {CameraStream::Main, CameraStream::Sub}) {
        if (stream == CameraStream::Sub && !config.hasSubStream())
            break;
        const CameraState state = feed.streamState(stream);
        if (state != CameraState::Stopped)
            streamsOpen.append(cameraStreamName(stream));
        const QSize size = feed.streamSize(stream);
        streams.insert(cameraStreamName(stream),
                       QJsonObject {{QStringLiteral("state"), cameraStateName(state)},
                                    {QStringLiteral("width"), size.width()},
                                    {QStringLiteral("height"), size.height()}});
    }
    return QJsonObject {
        {QStringLiteral("id"), config.id},
        {QStringLiteral("name"), config.name},
        {QStringLiteral("kind"), config.kind()},
        {QStringLiteral("url"), SourceUrl::redacted(config.url)},
        {QStringLiteral("subUrl"), config.hasSubStream() ? SourceUrl::redacted(config.subUrl) : QString()},
        {QStringLiteral("enabled"), config.enabled},
        {QStringLiteral("shared"), config.shared},
        {QStringLiteral("state"), cameraStateName(status.state)},
        {QStringLiteral("error"), status.error},
        {QStringLiteral("fps"), qRound(status.fps * 10) / 10.0},
        {QStringLiteral("width"), status.size.width()},
        {QStringLiteral("height"), status.size.height()},
        {QStringLiteral("codec"), status.codec},
        {QStringLiteral("frameAgeMs"), status.frameAgeMs},
        {QStringLiteral("frames"), qint64(status.frames)},
        {QStringLiteral("reconnects"), qint64(status.reconnects)},
        {QStringLiteral("clients"), status.viewers},
        {QStringLiteral("streamsOpen"), streamsOpen},
        {QStringLiteral("streams"), streams},
        {QStringLiteral("bitrate"), status.bitrate},
        {QStringLiteral("drops"), qint64(status.drops)},
        {QStringLiteral("decodeMs"), std::round(status.decodeMs * 10) / 10},
        {QStringLiteral("fpsOut"), std::round(status.fpsOut * 10) / 10},
        {QStringLiteral("lastError"), status.lastError},
        {QStringLiteral("lastErrorAgeMs"), status.lastErrorAgeMs},
    };
}

// `width=W`, kept within what a screen can use; 0 when absent or unusable (full size).
int widthParameter(const QUrlQuery &query)
{
    const int width = query.queryItemValue(QStringLiteral("width")).toInt();
    return width >= 16 ? qMin(width, 7680) : 0;
}

// `stream=main|sub|auto`: the stream asked for (nothing: the server chooses by width); false when it is none of these.
bool streamParameter(const QUrlQuery &query, std::optional<CameraStream> *asked)
{
    const QString name = query.queryItemValue(QStringLiteral("stream"));
    *asked = cameraStreamNamed(name);
    return *asked || name.isEmpty() || name == u"auto";
}

constexpr QByteArrayView BadStream = "stream must be main, sub or auto";

// A page's Content-Security-Policy: its own inline script and style (by their hashes), pictures from blobs it
// makes, and a WebSocket to its own origin. Nothing else runs, even if a camera's name held markup.
QByteArray pagePolicy(const QByteArray &html)
{
    auto hashOf = [&html](QByteArrayView open, QByteArrayView close) {
        const qsizetype start = html.indexOf(open);
        const qsizetype end = start < 0 ? -1 : html.indexOf(close, start);
        if (end < 0)
            return QByteArray();
        const QByteArray content = html.sliced(start + open.size(), end - start - open.size());
        return "'sha256-" + QCryptographicHash::hash(content, QCryptographicHash::Sha256).toBase64() + "'";
    };
    return "default-src 'none'; script-src " + hashOf("<script>", "</script>") + "; style-src "
        + hashOf("<style>", "</style>")
        + "; img-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
}

struct Page
{
    QByteArray html;
    QByteArray policy;
};

const Page &page()
{
    static const Page loaded = [] {
        QFile file(QStringLiteral(":/share/index.html"));
        Page made;
        made.html = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("page missing\n");
        made.policy = pagePolicy(made.html);
        return made;
    }();
    return loaded;
}

// The path under which a reverse proxy serves us (`X-Forwarded-Prefix: /cctv`), so that the page's cookie goes to
// our pages only, not to every service on the host; `/` without one, or when it is not a plain path.
QByteArray cookiePath(const QHttpServerRequest &request)
{
    QByteArray prefix = request.value("x-forwarded-prefix").trimmed();
    const bool plain = prefix.startsWith('/') && prefix.size() <= 256
        && std::all_of(prefix.cbegin(), prefix.cend(),
                       [](char c) {
                           return std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '-' || c == '_'
                               || c == '.';
                       })
        && !prefix.contains("..");
    if (!plain)
        return "/";
    if (!prefix.endsWith('/'))
        prefix += '/';
    return prefix;
}

QJsonObject describeLink(const ViewLink &link)
{
    auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue(); };
    return QJsonObject {
        {QStringLiteral("id"), link.id},
        {QStringLiteral("camera"), link.camera},
        {QStringLiteral("token"), link.token},
        {QStringLiteral("path"), QStringLiteral("/?token=") + link.token},
        {QStringLiteral("created"), time(link.created)},
        {QStringLiteral("expires"), time(link.expires)},
        {QStringLiteral("lastUsed"), time(link.lastUsed)},
    };
}

void writeJson(QHttpServerResponder &responder, const QJsonValue &value, Status status = Status::Ok)
{
    const QByteArray body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    responder.write(body, {{"Content-Type", "application/json"}, NoCache, Policy, NoSniff}, status);
}

} // namespace

ShareHttpServer::ShareHttpServer(AccessPolicy access, std::shared_ptr<PushHub> pushHub, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_access(std::move(access))
    , m_pushHub(std::move(pushHub))
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &ShareHttpServer::acceptWebSockets);
    if (m_access.links())
        connect(m_access.links().get(), &ViewLinks::changed, this, &ShareHttpServer::endInvalidSessions);
    // Links expire while their viewers watch: checked now and then, not per frame.
    m_sessionCheck.start(5000, this);
}

ShareHttpServer::~ShareHttpServer() = default;

const QList<ShareHttpServer::Route> &ShareHttpServer::routes()
{
    using M = QHttpServerRequest::Method;
    const QString id = QStringLiteral("{id}");
    static const QList<Route> table = {
        {M::Get | M::Head, {}, Need::AnyCredential, &ShareHttpServer::servePage},
        {M::Get | M::Head, {QStringLiteral("index.html")}, Need::AnyCredential, &ShareHttpServer::servePage},
        {M::Get | M::Head,
         {QStringLiteral("api"), QStringLiteral("cameras")},
         Need::Admin,
         &ShareHttpServer::serveCameraList},
        {M::Post,
         {QStringLiteral("api"), QStringLiteral("cameras"), id, QStringLiteral("on")},
         Need::Admin,
         &ShareHttpServer::serveSwitchOn},
        {M::Post,
         {QStringLiteral("api"), QStringLiteral("cameras"), id, QStringLiteral("off")},
         Need::Admin,
         &ShareHttpServer::serveSwitchOff},
        {M::Get | M::Head,
         {QStringLiteral("api"), QStringLiteral("cameras"), id, QStringLiteral("links")},
         Need::Admin,
         &ShareHttpServer::serveLinks},
        {M::Post,
         {QStringLiteral("api"), QStringLiteral("cameras"), id, QStringLiteral("links")},
         Need::Admin,
         &ShareHttpServer::serveNewLink},
        {M::Delete,
         {QStringLiteral("api"), QStringLiteral("links"), id},
         Need::Admin,
         &ShareHttpServer::serveRevokeLink},
        {M::Get | M::Head,
         {QStringLiteral("cameras"), id, QStringLiteral("stream.mjpg")},
         Need::ViewerOfId,
         &ShareHttpServer::serveStream},
        {M::Get | M::Head,
         {QStringLiteral("cameras"), id, QStringLiteral("snapshot.jpg")},
         Need::ViewerOfId,
         &ShareHttpServer::serveSnapshot},
    };
    return table;
}

bool ShareHttpServer::matches(const QStringList &pattern, const QStringList &parts, QString *id)
{
    if (pattern.size() != parts.size())
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (pattern[i] == u"{id}")
            *id = parts[i];
        else if (pattern[i] != parts[i])
            return false;
    }
    return true;
}

AccessRequest ShareHttpServer::accessRequest(const QHttpServerRequest &request, bool changesState)
{
    return AccessRequest {request.remoteAddress(), request.query(), request.headers(), changesState};
}

bool ShareHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ShareTcpServer::requestAnswered(socket);
    // QHttpServer 6.4 upgrades a WebSocket request only when this returns true without answering it; a refusal
    // returns false and is answered by missingHandler().
    if (isWebSocketUpgrade(request)) {
        QByteArray why;
        return webSocketRefusal(request, socket, &why) == 0;
    }

    QHttpServerResponder responder = makeResponder(request, socket);
    const QStringList parts = request.url().path().split(u'/', Qt::SkipEmptyParts);
    const Route *found = nullptr;
    bool pathKnown = false;
    QString id;
    for (const Route &route : routes()) {
        QString routeId;
        if (!matches(route.pattern, parts, &routeId))
            continue;
        pathKnown = true;
        if (route.methods.testFlag(request.method())) {
            found = &route;
            id = routeId;
            break;
        }
    }
    // Checked before anything else: a client without a credential learns nothing, not even which paths exist.
    const bool readOnly
        = request.method() == QHttpServerRequest::Method::Get || request.method() == QHttpServerRequest::Method::Head;
    const Access access = m_access.decide(accessRequest(request, !readOnly));
    if (access.role == Access::Role::None) {
        sendError(responder, access.refusal, access.reason);
        return true;
    }
    if (!pathKnown)
        return false; // missingHandler(): 404
    if (!found) {
        sendError(responder, 405, readOnly ? "state changes need POST" : "use GET");
        return true;
    }
    if (found->need == Need::Admin && !access.isAdmin()) {
        sendError(responder, 403, "this needs the admin token");
        return true;
    }
    if (found->need == Need::ViewerOfId && !access.mayView(id)) {
        sendError(responder, 403, "this link is for another camera");
        return true;
    }
    (this->*found->handle)(Call {request, socket, responder, access, id});
    return true;
}

void ShareHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ShareTcpServer::requestAnswered(socket);
    QHttpServerResponder responder = makeResponder(request, socket);
    QByteArray why = "not found";
    const int status = isWebSocketUpgrade(request) ? webSocketRefusal(request, socket, &why) : 404;
    sendError(responder, status == 0 ? 404 : status, why);
}

void ShareHttpServer::sendError(QHttpServerResponder &responder, int status, const QByteArray &message)
{
    if (status != 401 && status != 403) {
        responder.write(message + '\n', {{"Content-Type", "text/plain; charset=utf-8"}, NoCache, Policy, NoSniff},
                        Status(status));
        return;
    }
    responder.write(message + '\n',
                    {{"Content-Type", "text/plain; charset=utf-8"}, NoCache, Policy, NoSniff, {"Connection", "close"}},
                    Status(status));
    if (responder.socket())
        responder.socket()->disconnectFromHost();
}

void ShareHttpServer::servePage(const Call &call)
{
    const std::pair<QByteArray, QByteArray> type {"Content-Type", "text/html; charset=utf-8"};
    const std::pair<QByteArray, QByteArray> policy {"Content-Security-Policy", page().policy};
    const std::pair<QByteArray, QByteArray> referrer {"Referrer-Policy", "no-referrer"};
    // A browser that came with a credential in `?token=` keeps it as a cookie, so its WebSocket and stream links
    // work without it (the page then takes it out of the address bar). Only a valid one: a trusted local user gets
    // the page whatever it sends, and must not be handed a cookie holding whatever it sent.
    if (m_access.queryHoldsCredential(call.request.query())) {
        const QByteArray cookie = m_access.cookieFor(call.request.query(), cookiePath(call.request));
        call.responder.write(page().html, {type, NoCache, policy, NoSniff, referrer, {"Set-Cookie", cookie}});
        return;
    }
    call.responder.write(page().html, {type, NoCache, policy, NoSniff, referrer});
}

void ShareHttpServer::serveCameraList(const Call &call)
{
    QJsonArray cameras;
    for (const QString &id : std::as_const(m_order))
        cameras.append(describe(*m_feeds.value(id)));
    writeJson(call.responder, cameras);
}

void ShareHttpServer::serveSwitchOn(const Call &call)
{
    serveSwitch(call, true);
}

void ShareHttpServer::serveSwitchOff(const Call &call)
{
    serveSwitch(call, false);
}

void ShareHttpServer::serveSwitch(const Call &call, bool on)
{
    if (!m_feeds.contains(call.id))
        return sendError(call.responder, 404, "no such camera");
    Q_EMIT switchRequested(call.id, on);
    writeJson(call.responder, QJsonObject {{QStringLiteral("id"), call.id}, {QStringLiteral("enabled"), on}},
              Status::Accepted);
}

void ShareHttpServer::serveLinks(const Call &call)
{
    if (!m_feeds.contains(call.id))
        return sendError(call.responder, 404, "no such camera");
    QJsonArray links;
    if (m_access.links()) {
        for (const ViewLink &link : m_access.links()->list(call.id))
            links.append(describeLink(link));
    }
    writeJson(call.responder, links);
}

void ShareHttpServer::serveNewLink(const Call &call)
{
    if (!m_feeds.contains(call.id))
        return sendError(call.responder, 404, "no such camera");
    if (!m_access.links())
        return sendError(call.responder, 501, "view links are not available here");
    // `{"lifetime": seconds}`; absent or null: a link that never expires.
    const QJsonValue lifetime = QJsonDocument::fromJson(call.request.body()).object().value(QStringLiteral("lifetime"));
    std::optional<qint64> seconds;
    if (lifetime.isDouble()) {
        if (lifetime.toDouble() < 1 || lifetime.toDouble() > 10 * 365 * 86400.0)
            return sendError(call.responder, 400, "lifetime: seconds from 1 to ten years, or null for never");
        seconds = qint64(lifetime.toDouble());
    } else if (!lifetime.isNull() && !lifetime.isUndefined()) {
        return sendError(call.responder, 400, "lifetime: seconds from 1 to ten years, or null for never");
    }
    const std::optional<ViewLink> link = m_access.links()->create(call.id, seconds);
    if (!link)
        return sendError(call.responder, 409, "too many view links: revoke some first");
    writeJson(call.responder, describeLink(*link), Status::Created);
}

void ShareHttpServer::serveRevokeLink(const Call &call)
{
    if (!m_access.links() || !m_access.links()->revoke(call.id))
        return sendError(call.responder, 404, "no such link");
    call.responder.write(QByteArray(), {NoCache, Policy, NoSniff}, Status::NoContent);
}

std::shared_ptr<CameraFeed> ShareHttpServer::sharedFeed(const Call &call) const
{
    const auto feed = m_feeds.value(call.id);
    if (!feed)
        sendError(call.responder, 404, "no such camera");
    else if (!feed->config().shared)
        sendError(call.responder, 403, "this camera is not shared");
    return feed && feed->config().shared ? feed : nullptr;
}

void ShareHttpServer::serveStream(const Call &call)
{
    const auto feed = sharedFeed(call);
    if (!feed)
        return;
    const QUrlQuery query = call.request.query();
    std::optional<CameraStream> asked;
    if (!streamParameter(query, &asked))
        return sendError(call.responder, 400, BadStream.toByteArray());
    MjpegClient::Options options;
    options.maxFps = qBound(0.0, query.queryItemValue(QStringLiteral("fps")).toDouble(), 60.0);
    options.width = widthParameter(query);
    options.quality = qBound(0, query.queryItemValue(QStringLiteral("quality")).toInt(), 95);
    options.stream = feed->streamFor(asked, options.width);
    trackSession(new MjpegClient(call.socket, feed, options, this), call.access);
}

void ShareHttpServer::serveSnapshot(const Call &call)
{
    const auto feed = sharedFeed(call);
    if (!feed)
        return;
    const QUrlQuery query = call.request.query();
    std::optional<CameraStream> asked;
    if (!streamParameter(query, &asked))
        return sendError(call.responder, 400, BadStream.toByteArray());
    const int width = widthParameter(query);
    const CameraStream stream = feed->streamFor(asked, width);
    const Frame current = feed->currentFrame(stream);
    if (stream == CameraStream::Main && feed->config().hasSubStream() && feed->state() == CameraState::Live
        && feed->streamState(stream) != CameraState::Live) {
        // The main stream is closed while nobody watches it in full size (or is failing): opened for this picture.
        // A client that let us choose gets the sub stream's picture if the main one gives none.
        PendingSnapshot::Request request;
        request.width = width;
        request.headOnly = call.request.method() == QHttpServerRequest::Method::Head;
        if (!asked)
            request.fallback = feed->currentFrame(CameraStream::Sub);
        trackSession(new PendingSnapshot(call.socket, feed, request, this), call.access);
        return;
    }
    const QByteArray jpeg = current.jpeg(width, 0);
    if (jpeg.isEmpty())
        return sendError(call.responder, 503, "no picture yet");
    call.responder.write(
        jpeg,
        {{"Content-Type", "image/jpeg"}, NoCache, Policy, NoSniff, {"X-Stream", cameraStreamName(stream).toLatin1()}});
}

void ShareHttpServer::trackSession(QObject *client, const Access &access)
{
    if (access.local)
        return; // nothing to revoke: this machine's own user
    m_sessions.insert(client, access);
    connect(client, &QObject::destroyed, this, [this, client] { m_sessions.remove(client); });
}

void ShareHttpServer::setAccess(AccessPolicy access)
{
    if (m_access.links())
        disconnect(m_access.links().get(), nullptr, this, nullptr);
    m_access = std::move(access);
    if (m_access.links())
        connect(m_access.links().get(), &ViewLinks::changed, this, &ShareHttpServer::endInvalidSessions);
    // Every admin session came with the old token: ended, whatever the new one is.
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        if (it->isAdmin())
            it.key()->deleteLater();
    }
    endInvalidSessions();
}

void ShareHttpServer::endInvalidSessions()
{
    const QList<ViewLink> links = m_access.links() ? m_access.links()->list() : QList<ViewLink>();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        if (it->role != Access::Role::Viewer)
            continue;
        const bool valid = std::any_of(links.cbegin(), links.cend(), [&](const ViewLink &link) {
            return link.id == it->linkId && !link.isExpired(now);
        });
        if (!valid)
            it.key()->deleteLater();
    }
}

void ShareHttpServer::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_sessionCheck.timerId())
        endInvalidSessions();
    else
        QAbstractHttpServer::timerEvent(event);
}

QJsonArray ShareHttpServer::sharedCameras(const Access &access) const
{
    QJsonArray cameras;
    for (const QString &id : m_order) {
        const auto &feed = m_feeds.value(id);
        if (feed->config().shared && access.mayView(id))
            cameras.append(describe(*feed));
    }
    return cameras;
}

void ShareHttpServer::addCamera(const std::shared_ptr<CameraFeed> &feed)
{
    const QString id = feed->id();
    if (!m_feeds.contains(id))
        m_order.append(id);
    m_feeds.insert(id, feed);
}

void ShareHttpServer::removeCamera(const QString &id)
{
    m_feeds.remove(id);
    m_order.removeAll(id);
}

void ShareHttpServer::setOrder(const QStringList &ids)
{
    QStringList order;
    for (const QString &id : ids) {
        if (m_feeds.contains(id) && !order.contains(id))
            order.append(id);
    }
    for (const QString &id : std::as_const(m_order)) {
        if (!order.contains(id))
            order.append(id);
    }
    m_order = order;
}
