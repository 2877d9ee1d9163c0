#pragma once

#include "camera/cameraconfig.h"

#include <QUrl>

// What most camera tests need: a camera's configuration, and an address where nothing answers.
namespace TestCameras {

// A camera of `url` whose id and name are `id`.
CameraConfig config(const QString &id, const QUrl &url, bool shared = false);
// A loopback port nothing listens on at the time of asking (bound for a moment, then released).
quint16 unusedPort();

} // namespace TestCameras
