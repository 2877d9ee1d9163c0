#pragma once

#include "accesspolicy.h"
#include "sharetcpserver.h"
#include "util/workerthread.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class CameraFeed;
class PushHub;
class ShareHttpServer;

// Re-publishes cameras to browsers over HTTP. The server runs on a thread of its own; this object is its handle
// for the thread that made it, and every call here is safe from that thread.
class ShareServer final : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 8088;
        QString token; // the admin token; required when `address` is not loopback
        bool requireToken = false; // loopback needs a credential too
        QStringList allowedOrigins; // web pages besides our own that may use the server
        // The view links the server accepts; the window makes and revokes them here.
        std::shared_ptr<ViewLinks> links;
        ShareTcpServer::Limits limits;
        // Takes the pictures of seed 000's senders on `/ws/video/NAME/`; without it that path only serves viewers.
        std::shared_ptr<PushHub> pushHub;
    };

    explicit ShareServer(QObject *parent = nullptr);
    ~ShareServer() override;
    Q_DISABLE_COPY_MOVE(ShareServer)

    // Binds and starts serving; false with `error` set when the address is unusable or unsafe.
    bool start(const Settings &settings, QString *error);
    bool isListening() const;
    Settings settings() const;
    // `http://ADDR:PORT/`
    QUrl url() const;

    void addCamera(const std::shared_ptr<CameraFeed> &feed);
    void removeCamera(const QString &id);
    // Lists the cameras in this order (the window's).
    void setOrder(const QStringList &ids);
    // A new admin token: every page and stream opened with the old one is ended.
    void setToken(const QString &token);

Q_SIGNALS:
    void switchRequested(const QString &id, bool on);

private:
    WorkerThread m_thread;
    ShareHttpServer *m_http = nullptr; // lives on m_thread
    QUrl m_url;
    Settings m_settings;
};
