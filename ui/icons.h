#pragma once

#include <QIcon>

class QPalette;

// The window's action icons: our own line drawings (resources/icons/actions, 24×24, one stroke width), drawn in
// the palette's text colour so that they suit the dark and the light theme alike, greyed when disabled.
namespace Icons {

// `name` is a file in resources/icons/actions without ".svg"; a null icon when there is none. Drawn in the
// application's palette of the moment it is painted.
QIcon get(const QString &name);
// Drawn in `palette`'s colours, once and for all.
QIcon get(const QString &name, const QPalette &palette);
// Every icon there is, by name.
QStringList names();

} // namespace Icons
