#include "icons.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace {

const QString Folder = QStringLiteral(":/icons/actions/");
// The colour the drawings are made in, replaced by the palette's.
const QByteArray DrawnIn = QByteArrayLiteral("#e6e6e6");
constexpr int Sizes[] = {16, 20, 24, 32, 48};

QPixmap render(const QByteArray &svg, const QColor &colour, int side)
{
    QByteArray coloured = svg;
    coloured.replace(DrawnIn, colour.name().toLatin1());
    QSvgRenderer renderer(coloured);
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter);
    return pixmap;
}

} // namespace

namespace Icons {

QIcon get(const QString &name)
{
    return get(name, QApplication::palette());
}

QIcon get(const QString &name, const QPalette &palette)
{
    const QColor normal = palette.color(QPalette::Active, QPalette::WindowText);
    const QColor disabled = palette.color(QPalette::Disabled, QPalette::WindowText);
    static QHash<QString, QIcon> made;
    const QString key = name + normal.name() + disabled.name();
    if (const auto it = made.constFind(key); it != made.constEnd())
        return *it;
    QFile file(Folder + name + QStringLiteral(".svg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll(); // compiled into the program: no disk is touched
    QIcon icon;
    for (const int side : Sizes) {
        icon.addPixmap(render(svg, normal, side), QIcon::Normal);
        icon.addPixmap(render(svg, disabled, side), QIcon::Disabled);
    }
    made.insert(key, icon);
    return icon;
}

QStringList names()
{
    QStringList found;
    for (const QString &file : QDir(Folder).entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name))
        found << file.chopped(4);
    return found;
}

} // namespace Icons
