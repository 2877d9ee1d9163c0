#pragma once

#include <QList>
#include <QString>

#include <utility>

// The libraries this build runs on and their versions, as the About box and a bug report want them.
namespace LibraryVersions {

// {name, version}: Qt, FFmpeg, OpenCV, libjpeg-turbo, each as loaded (or, for a header-only figure, as built).
QList<std::pair<QString, QString>> list();

} // namespace LibraryVersions
