#pragma once

#include "viewlinks.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <memory>

// A request as the access check sees it.
struct AccessRequest
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    QHostAddress peer;
    QUrlQuery query;
    Headers headers;
    // POST, PUT, DELETE or a WebSocket upgrade: what a foreign web page must never be able to do.
    bool changesState = false;

    // The value of header `name` (any case); empty when absent.
    QByteArray header(QByteArrayView name) const;
};

// What one request may do, as decided by the AccessPolicy.
struct Access
{
    enum class Role { None, Viewer, Admin };

    Role role = Role::None;
    int refusal = 401; // with Role::None: 401 (no valid credential) or 403 (refused whatever the credential)
    QByteArray reason; // with Role::None: said to the client
    QString camera; // with Role::Viewer: the one camera a view link opens
    QString linkId; // with Role::Viewer: the view link that let it in
    bool local = false; // let in as this machine's user, without a credential

    bool isAdmin() const { return role == Role::Admin; }
    bool mayView(const QString &cameraId) const
    {
        return role == Role::Admin || (role == Role::Viewer && camera == cameraId);
    }
};

// Who may use the share server, decided in one place (README, "Access"). A request needs no credential only when it
// really is this machine's user in a page of ours: a loopback peer naming a loopback host, carrying no forwarding
// header, with no foreign Origin, and not sent by a page of another site. Anyone else needs the admin token or a
// view link, given as `?token=`, `Authorization: Bearer` or the cookie the page sets. A WebSocket upgrade or a
// state change from a foreign Origin is refused whatever the credential. Pure logic, so it is easy to test.
class AccessPolicy final
{
public:
    static constexpr QByteArrayView CookieName = "cctv_token";
    // 128 bits in URL-safe base64: shorter admin tokens are refused.
    static constexpr int MinTokenLength = 22;

    struct Settings
    {
        QString token; // the admin token; empty: only trusted loopback requests get in
        bool requireToken = false; // loopback needs a credential too (tunnels that add no forwarding header)
        QStringList allowedOrigins; // `scheme://host[:port]` of pages besides our own that may use the server
    };

    AccessPolicy();
    explicit AccessPolicy(Settings settings, std::shared_ptr<ViewLinks> links = {});

    bool hasToken() const;
    // The view links this policy accepts (none: only the admin token); the API makes and revokes them here.
    const std::shared_ptr<ViewLinks> &links() const { return m_links; }
    Access decide(const AccessRequest &request) const;

    // The credential the request carries (`?token=`, Bearer, or the cookie), as it was sent; empty when none.
    static QByteArray presentedCredential(const AccessRequest &request);
    // The query's `token=` is a credential of this server (a trusted loopback request is let in without one, so
    // this says whether it may be handed the cookie).
    bool queryHoldsCredential(const QUrlQuery &query) const;
    // The Set-Cookie value that lets a browser keep the credential of `query` after opening `/?token=…`, for the
    // pages under `path` only.
    QByteArray cookieFor(const QUrlQuery &query, const QByteArray &path) const;

    // Whether `origin` (`scheme://host[:port]`) is the server's own, as reached through `host` (the Host header).
    static bool isSameOrigin(const QByteArray &origin, const QByteArray &host);
    // Whether a Host header names this machine's loopback (`localhost`, `127.0.0.1`, `[::1]`, any port).
    static bool isLoopbackHost(const QByteArray &host);
    // Why a token may not be the admin token; empty when it may.
    static QString tokenProblem(const QString &token);
    // Byte-wise comparison whose time does not depend on where the inputs differ.
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

private:
    bool isTrustedLocalUser(const AccessRequest &request, bool foreignOrigin) const;
    Access credentialAccess(const QByteArray &credential) const;

    QByteArray m_token;
    bool m_requireToken = false;
    QList<QByteArray> m_allowedOrigins;
    std::shared_ptr<ViewLinks> m_links;
};
