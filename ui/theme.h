#pragma once

#include "camera/camerastate.h"

#include <QColor>

class QPalette;
// The look of the window. Dark by default: video reads best framed in dark grey, and a bright frame around dark
// pictures tires the eyes over hours. A light look and the desktop's own remain for those who want them.
namespace Theme {

enum class Choice { Dark, Light, System };

// Before any window is shown, or later: open windows follow, their icons too (Icons::get).
void apply(Choice choice);
// As kept in the configuration: "dark", "light", "system"; anything else reads as dark.
QString name(Choice choice);
Choice fromName(const QString &name);

// Text that says something went wrong, or worked, readable on `palette`'s window colour (dark or light).
QColor problemColor(const QPalette &palette);
QColor successColor(const QPalette &palette);
// A camera state's dot, the same on tiles and in the camera list: green live, amber connecting, red failed, grey off.
QColor stateColor(CameraState state);

} // namespace Theme
