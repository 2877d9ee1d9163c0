#include "httpcameraserver.h"

#include "tiedprocess.h"

#include "testcameras.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

HttpCameraServer::HttpCameraServer(const QList<QByteArray> &frames, const QString &user, const QString &password)
    : m_user(user)
    , m_password(password)
{
    for (qsizetype i = 0; i < frames.size(); ++i) {
        QFile file(m_dir.filePath(QStringLiteral("%1.jpg").arg(i, 4, 10, QLatin1Char('0'))));
        if (file.open(QIODevice::WriteOnly))
            file.write(frames[i]);
    }
}

HttpCameraServer::~HttpCameraServer()
{
    stop();
}

void HttpCameraServer::setTls(const QString &certificateFile, const QString &keyFile)
{
    m_certificateFile = certificateFile;
    m_keyFile = keyFile;
}

bool HttpCameraServer::start(quint16 port)
{
    if (port != 0)
        m_port = port;
    else if (m_port == 0)
        m_port = TestCameras::unusedPort();
    const QString script
        = qEnvironmentVariable("CCTV_SOURCE_DIR") + QStringLiteral("/tests/support/http_camera_server.py");
    m_process.setProgram(QStringLiteral("python3"));
    QStringList arguments {script, QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--frames"),
                           m_dir.path()};
    if (!m_user.isEmpty())
        arguments += {QStringLiteral("--user"), m_user, QStringLiteral("--password"), m_password};
    if (!m_certificateFile.isEmpty())
        arguments += {QStringLiteral("--tls-cert"), m_certificateFile, QStringLiteral("--tls-key"), m_keyFile};
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    startTiedToThisProcess(m_process);
    QElapsedTimer clock;
    clock.start();
    QByteArray out;
    while (clock.elapsed() < 10000 && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
        if (out.contains("ready"))
            return true;
    }
    return false;
}

void HttpCameraServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

quint16 HttpCameraServer::port() const
{
    return m_port;
}

QUrl HttpCameraServer::url(const QString &pathAndQuery, const QString &userInfo) const
{
    const QString scheme = m_certificateFile.isEmpty() ? QStringLiteral("http") : QStringLiteral("https");
    QUrl url(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(m_port).arg(pathAndQuery));
    if (!userInfo.isEmpty())
        url.setUserInfo(userInfo);
    return url;
}

QJsonObject HttpCameraServer::stats() const
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(url(QStringLiteral("/stats"))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (reply->isRunning())
        finished.wait(5000);
    const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return object;
}
