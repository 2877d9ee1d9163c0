#include "camerastate.h"

#include <QCoreApplication>

QString cameraStateName(CameraState state)
{
    switch (state) {
    case CameraState::Stopped:
        return QStringLiteral("stopped");
    case CameraState::Connecting:
        return QStringLiteral("connecting");
    case CameraState::Live:
        return QStringLiteral("live");
    case CameraState::Reconnecting:
        return QStringLiteral("reconnecting");
    case CameraState::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString cameraStreamName(CameraStream stream)
{
    return stream == CameraStream::Main ? QStringLiteral("main") : QStringLiteral("sub");
}

std::optional<CameraStream> cameraStreamNamed(QStringView name)
{
    if (name == u"main")
        return CameraStream::Main;
    if (name == u"sub")
        return CameraStream::Sub;
    return std::nullopt;
}

QString cameraStateText(CameraState state)
{
    switch (state) {
    case CameraState::Stopped:
        return QCoreApplication::translate("CameraState", "off");
    case CameraState::Connecting:
        return QCoreApplication::translate("CameraState", "connecting…");
    case CameraState::Live:
        return QCoreApplication::translate("CameraState", "live");
    case CameraState::Reconnecting:
        return QCoreApplication::translate("CameraState", "reconnecting…");
    case CameraState::Error:
        return QCoreApplication::translate("CameraState", "error");
    }
    return {};
}
