#include "icons.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QIconEngine>
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

// Draws an icon in the colours of the application's palette at the time it is painted, so that a change of theme
// reaches every icon already on a button or in a menu.
class PaletteIconEngine final : public QIconEngine
{
public:
    explicit PaletteIconEngine(QString name)
        : m_name(std::move(name))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        painter->drawPixmap(rect, pixmap(rect.size() * painter->device()->devicePixelRatioF(), mode, state));
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return Icons::get(m_name, QApplication::palette()).pixmap(size, mode, state);
    }
    QIconEngine *clone() const override { return new PaletteIconEngine(m_name); }
    QString key() const override { return QStringLiteral("cctv-palette"); }

private:
    QString m_name;
};

} // namespace

namespace Icons {

QIcon get(const QString &name)
{
    if (get(name, QApplication::palette()).isNull())
        return {};
    return QIcon(new PaletteIconEngine(name));
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
