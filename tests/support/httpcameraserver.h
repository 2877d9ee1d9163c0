#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

// The HTTP camera of tests/support/http_camera_server.py, run as a real server on loopback: MJPEG streams in the
// shapes real cameras send, Basic and Digest authentication, and the failures a dashboard must survive.
class HttpCameraServer final
{
public:
    // `frames` are the JPEG pictures served, in order, round and round.
    HttpCameraServer(const QList<QByteArray> &frames, const QString &user, const QString &password);
    ~HttpCameraServer();
    Q_DISABLE_COPY_MOVE(HttpCameraServer)

    // Serves HTTPS with this certificate and key (PEM files) from the next start() on.
    void setTls(const QString &certificateFile, const QString &keyFile);
    // Starts on `port` (0: a free one, kept for restarts); false when it did not say "ready" within 10 s.
    bool start(quint16 port = 0);
    // Stops at once (SIGTERM): open streams are cut.
    void stop();
    quint16 port() const;
    // `http://127.0.0.1:PORT/path` (https with TLS), with the user and password when `userInfo` is set.
    QUrl url(const QString &pathAndQuery, const QString &userInfo = {}) const;
    // The server's counters (GET /stats): `requests` per path, `unauthorized`, `passwordInRequestLine`, `pollSeen`.
    QJsonObject stats() const;

private:
    QTemporaryDir m_dir;
    QString m_user;
    QString m_password;
    QString m_certificateFile;
    QString m_keyFile;
    QProcess m_process;
    quint16 m_port = 0;
};
