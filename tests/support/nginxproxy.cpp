#include "nginxproxy.h"

#include "testcameras.h"
#include "tiedprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>

NginxProxy::~NginxProxy()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
}

QString NginxProxy::executable()
{
    for (const QString &candidate : {QStringLiteral("/usr/sbin/nginx"), QStringLiteral("/usr/bin/nginx")}) {
        if (QFile::exists(candidate))
            return candidate;
    }
    return {};
}

QByteArray NginxProxy::locationBlock(const QByteArray &basePath, const QUrl &upstream)
{
    const QByteArray target = "http://" + upstream.host().toLatin1() + ':' + QByteArray::number(upstream.port()) + '/';
    return "location " + basePath
        + " {\n"
          "    proxy_pass "
        + target
        + ";\n"
          "    proxy_http_version 1.1;\n"
          "    proxy_buffering off;                 # MJPEG streams: every picture at once\n"
          "    proxy_read_timeout 1h;\n"
          "    proxy_set_header Host $http_host;    # the page's own origin, for the WebSocket's Origin check\n"
          "    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
          "    proxy_set_header X-Forwarded-Proto $scheme;\n"
          "    proxy_set_header X-Forwarded-Prefix "
        + basePath.chopped(1)
        + ";  # the cookie's path\n"
          "    proxy_set_header Upgrade $http_upgrade;\n"
          "    proxy_set_header Connection $connection_upgrade;\n"
          "}\n";
}

bool NginxProxy::start(const QByteArray &basePath, const QUrl &upstream, QString *error)
{
    m_basePath = basePath;
    m_port = TestCameras::unusedPort();
    const QByteArray dir = m_dir.path().toUtf8();
    QFile config(m_dir.filePath(QStringLiteral("nginx.conf")));
    if (!config.open(QIODevice::WriteOnly)) {
        *error = config.errorString();
        return false;
    }
    config.write("daemon off;\nmaster_process off;\nworker_processes 1;\npid " + dir
                 + "/nginx.pid;\n"
                   "error_log "
                 + dir
                 + "/error.log warn;\n"
                   "events { worker_connections 512; }\n"
                   "http {\n"
                   "  access_log off;\n"
                   "  client_body_temp_path "
                 + dir + "/body;\n  proxy_temp_path " + dir
                 + "/proxy;\n"
                   "  fastcgi_temp_path "
                 + dir + "/fastcgi;\n  uwsgi_temp_path " + dir
                 + "/uwsgi;\n"
                   "  scgi_temp_path "
                 + dir
                 + "/scgi;\n"
                   "  map $http_upgrade $connection_upgrade { default upgrade; '' close; }\n"
                   "  server {\n    listen 127.0.0.1:"
                 + QByteArray::number(m_port) + ";\n" + locationBlock(basePath, upstream) + "  }\n}\n");
    config.close();
    m_process.setProgram(executable());
    m_process.setArguments({QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"), config.fileName(),
                            QStringLiteral("-e"), m_dir.filePath(QStringLiteral("error.log"))});
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    startTiedToThisProcess(m_process);
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("cannot start nginx");
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000 && m_process.state() == QProcess::Running) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200))
            return true;
        m_process.waitForFinished(100);
    }
    QFile log(m_dir.filePath(QStringLiteral("error.log")));
    log.open(QIODevice::ReadOnly);
    *error = QStringLiteral("nginx did not listen: ") + QString::fromUtf8(m_process.readAll() + log.readAll());
    return false;
}

QUrl NginxProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QString::fromUtf8(m_basePath)));
}

quint16 NginxProxy::port() const
{
    return m_port;
}
