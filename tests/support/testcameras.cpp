#include "testcameras.h"

#include <QTcpServer>

namespace TestCameras {

CameraConfig config(const QString &id, const QUrl &url, bool shared)
{
    CameraConfig config;
    config.id = id;
    config.name = id;
    config.url = url;
    config.shared = shared;
    return config;
}

quint16 unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace TestCameras
