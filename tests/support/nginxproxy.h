#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

// Debian's nginx run as a reverse proxy in front of a share server, under a base path, with the settings the
// README gives (streaming without buffering, WebSocket upgrades, forwarding headers). Stopped when destroyed.
class NginxProxy final
{
public:
    NginxProxy() = default;
    ~NginxProxy();
    Q_DISABLE_COPY_MOVE(NginxProxy)

    // The nginx binary, or empty when none is installed.
    static QString executable();
    // The `location` block of the README for `basePath` (e.g. "/cctv/") proxying to `upstream`.
    static QByteArray locationBlock(const QByteArray &basePath, const QUrl &upstream);

    // Listens on a free loopback port and proxies `basePath` to `upstream`; false with `error` set on failure.
    bool start(const QByteArray &basePath, const QUrl &upstream, QString *error);
    // `http://127.0.0.1:PORT/base/`
    QUrl url() const;
    quint16 port() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_basePath;
    quint16 m_port = 0;
};
