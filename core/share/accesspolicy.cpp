#include "accesspolicy.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

// Headers a proxy adds: a request that carries one came through a proxy, whoever sent it to the proxy.
constexpr QByteArrayView ForwardingHeaders[] = {"forwarded", "x-forwarded-for", "x-real-ip", "x-forwarded-host"};

// `host[:port]` of a Host header, split; the port is -1 when absent, and host is empty when the header is malformed.
std::pair<QString, int> splitHost(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    // Through QUrl, so that `[::1]:8088`, `LOCALHOST.` and a port out of range are read the way a browser writes them.
    const QUrl url(QStringLiteral("http://") + QString::fromLatin1(value) + u'/', QUrl::StrictMode);
    if (!url.isValid() || value.isEmpty() || value.contains('/') || value.contains('@') || !url.path().startsWith(u'/')
        || url.path().size() != 1)
        return {{}, -1};
    QString host = url.host().toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    return {host, url.port()};
}

} // namespace

QByteArray AccessRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

AccessPolicy::AccessPolicy() = default;

AccessPolicy::AccessPolicy(Settings settings, std::shared_ptr<ViewLinks> links)
    : m_token(settings.token.toUtf8())
    , m_requireToken(settings.requireToken)
    , m_links(std::move(links))
{
    for (const QString &origin : std::as_const(settings.allowedOrigins))
        m_allowedOrigins.append(origin.trimmed().toLower().toUtf8());
}

bool AccessPolicy::hasToken() const
{
    return !m_token.isEmpty();
}

bool AccessPolicy::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // The length is not secret (tokens are of one fixed length); the content is.
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QString AccessPolicy::tokenProblem(const QString &token)
{
    if (token.size() < MinTokenLength)
        return QCoreApplication::translate("AccessPolicy",
                                           "the share token must be at least %1 characters long (128 bits), "
                                           "this one has %2")
            .arg(MinTokenLength)
            .arg(token.size());
    const bool printable = std::all_of(token.cbegin(), token.cend(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7f && c != u';' && c != u',' && c != u'"' && c != u'\\';
    });
    if (!printable)
        return QCoreApplication::translate("AccessPolicy",
                                           "the share token may hold only letters, digits and punctuation other than "
                                           "; , \" and \\");
    return {};
}

bool AccessPolicy::isLoopbackHost(const QByteArray &host)
{
    const auto [name, port] = splitHost(host);
    Q_UNUSED(port)
    return name == u"localhost" || name == u"127.0.0.1" || name == u"::1";
}

bool AccessPolicy::isSameOrigin(const QByteArray &origin, const QByteArray &host)
{
    const QUrl url(QString::fromLatin1(origin.trimmed()), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || !url.path().isEmpty() || url.hasQuery())
        return false;
    const auto [hostName, hostPort] = splitHost(host);
    if (hostName.isEmpty())
        return false;
    QString originHost = url.host().toLower();
    if (originHost.endsWith(u'.'))
        originHost.chop(1);
    // A proxy that ends TLS reaches us on plain HTTP: the page's scheme may be either, its host and port may not
    // differ. A Host without a port means the default port of the page's scheme.
    const int defaultPort = scheme == u"https" ? 443 : 80;
    return originHost == hostName && url.port(defaultPort) == (hostPort < 0 ? defaultPort : hostPort);
}

QByteArray AccessPolicy::presentedCredential(const AccessRequest &request)
{
    const QString fromQuery = request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (!fromQuery.isEmpty())
        return fromQuery.toUtf8();
    for (const auto &[name, value] : request.headers) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
            const QByteArray trimmed = value.trimmed();
            if (trimmed.size() > 7 && trimmed.first(7).compare("bearer ", Qt::CaseInsensitive) == 0)
                return trimmed.mid(7).trimmed();
        } else if (name.compare("cookie", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &cookie : value.split(';')) {
                const qsizetype eq = cookie.indexOf('=');
                if (eq > 0 && cookie.first(eq).trimmed() == CookieName)
                    return cookie.mid(eq + 1).trimmed();
            }
        }
    }
    return {};
}

Access AccessPolicy::credentialAccess(const QByteArray &credential) const
{
    Access access;
    if (credential.isEmpty())
        return access;
    if (!m_token.isEmpty() && constantTimeEquals(credential, m_token)) {
        access.role = Access::Role::Admin;
        return access;
    }
    if (m_links) {
        if (const std::optional<ViewLink> link = m_links->use(credential)) {
            access.role = Access::Role::Viewer;
            access.camera = link->camera;
            access.linkId = link->id;
        }
    }
    return access;
}

bool AccessPolicy::isTrustedLocalUser(const AccessRequest &request, bool foreignOrigin) const
{
    if (m_requireToken || foreignOrigin || !request.peer.isLoopback() || !isLoopbackHost(request.header("host")))
        return false;
    for (QByteArrayView forwarding : ForwardingHeaders) {
        if (!request.header(forwarding).isNull())
            return false;
    }
    // A page of another site that makes the browser load our address (an <img>, a no-cors fetch) sends no Origin
    // on a GET; the browser still says where the request came from.
    const QByteArray site = request.header("sec-fetch-site").trimmed().toLower();
    return site.isEmpty() || site == "same-origin" || site == "none";
}

Access AccessPolicy::decide(const AccessRequest &request) const
{
    const QByteArray origin = request.header("origin");
    const bool foreignOrigin = !origin.isNull() && !isSameOrigin(origin, request.header("host"))
        && !m_allowedOrigins.contains(origin.trimmed().toLower());
    if (foreignOrigin && request.changesState) {
        Access refused;
        refused.refusal = 403;
        refused.reason = "requests from other web pages are refused";
        return refused;
    }
    if (isTrustedLocalUser(request, foreignOrigin)) {
        Access local;
        local.role = Access::Role::Admin;
        local.local = true;
        return local;
    }
    Access access = credentialAccess(presentedCredential(request));
    if (access.role == Access::Role::None)
        access.reason = "a valid token is required";
    return access;
}

bool AccessPolicy::queryHoldsCredential(const QUrlQuery &query) const
{
    const QByteArray token = query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toUtf8();
    return credentialAccess(token).role != Access::Role::None;
}

QByteArray AccessPolicy::cookieFor(const QUrlQuery &query, const QByteArray &path) const
{
    const QByteArray token = query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toUtf8();
    return CookieName.toByteArray() + '=' + token + "; Path=" + path + "; HttpOnly; SameSite=Strict";
}
