#include "shareserver.h"

#include "accesspolicy.h"
#include "camera/camerafeed.h"
#include "sharehttpserver.h"

#include <QCoreApplication>

namespace {

AccessPolicy accessPolicy(const ShareServer::Settings &settings)
{
    return AccessPolicy({settings.token, settings.requireToken, settings.allowedOrigins}, settings.links);
}

} // namespace

ShareServer::ShareServer(QObject *parent)
    : QObject(parent)
{ }

ShareServer::~ShareServer()
{
    if (m_http) {
        ShareHttpServer *http = m_http;
        QMetaObject::invokeMethod(
            http, [http] { delete http; }, Qt::BlockingQueuedConnection);
    }
}

bool ShareServer::start(const Settings &settings, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_http)
        return fail(QCoreApplication::translate("ShareServer", "the share server is already running"));
    if (!settings.address.isLoopback() && settings.token.isEmpty())
        return fail(QCoreApplication::translate("ShareServer", "refusing to share on %1 without an access token")
                        .arg(settings.address.toString()));
    if (!settings.token.isEmpty()) {
        if (const QString problem = AccessPolicy::tokenProblem(settings.token); !problem.isEmpty())
            return fail(problem);
    }

    m_thread = startWorkerThread(QStringLiteral("share-server"));
    ShareHttpServer *http = nullptr;
    QString listenError;
    quint16 port = 0;
    // Made on the share thread, with its listening socket: everything the HTTP server owns must live there.
    runOnThread(m_thread.get(), [&] {
        http = new ShareHttpServer(accessPolicy(settings), settings.pushHub);
        auto *tcp = new ShareTcpServer(settings.limits);
        // Qt's default queue of 50 unaccepted connections makes a burst of clients wait on SYN retransmissions
        // (1, 3, 7 s…); with room for a few connection caps' worth each gets its answer (or its 503) at once.
        tcp->setListenBacklogSize(4 * settings.limits.maxConnections);
        if (!tcp->listen(settings.address, settings.port)) {
            listenError = tcp->errorString();
            delete tcp;
            return;
        }
        port = tcp->serverPort();
        http->bind(tcp);
    });
    connect(http, &ShareHttpServer::switchRequested, this, &ShareServer::switchRequested);
    if (port == 0) {
        QMetaObject::invokeMethod(
            http, [http] { delete http; }, Qt::BlockingQueuedConnection);
        m_thread.reset();
        return fail(QCoreApplication::translate("ShareServer", "cannot listen on %1:%2: %3")
                        .arg(settings.address.toString())
                        .arg(settings.port)
                        .arg(listenError));
    }
    m_http = http;
    m_settings = settings;
    m_url.setScheme(QStringLiteral("http"));
    m_url.setHost(settings.address.toString());
    m_url.setPort(port);
    m_url.setPath(QStringLiteral("/"));
    return true;
}

bool ShareServer::isListening() const
{
    return m_http != nullptr;
}

ShareServer::Settings ShareServer::settings() const
{
    return m_settings;
}

QUrl ShareServer::url() const
{
    return m_url;
}

void ShareServer::addCamera(const std::shared_ptr<CameraFeed> &feed)
{
    if (m_http)
        QMetaObject::invokeMethod(m_http, [http = m_http, feed] { http->addCamera(feed); });
}

void ShareServer::removeCamera(const QString &id)
{
    if (m_http)
        QMetaObject::invokeMethod(m_http, [http = m_http, id] { http->removeCamera(id); });
}

void ShareServer::setOrder(const QStringList &ids)
{
    if (m_http)
        QMetaObject::invokeMethod(m_http, [http = m_http, ids] { http->setOrder(ids); });
}

void ShareServer::setToken(const QString &token)
{
    m_settings.token = token;
    if (m_http)
        QMetaObject::invokeMethod(m_http,
                                  [http = m_http, access = accessPolicy(m_settings)] { http->setAccess(access); });
}
