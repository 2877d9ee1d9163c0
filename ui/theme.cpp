#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace {

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor dimmed(0x80, 0x82, 0x86);
    const QColor accent(0x3d, 0x8e, 0xd8);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, dimmed);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, window.lighter(150));
    palette.setColor(QPalette::Midlight, window.lighter(125));
    palette.setColor(QPalette::Mid, window.darker(125));
    palette.setColor(QPalette::Dark, window.darker(150));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, accent.lighter(130));
    palette.setColor(QPalette::LinkVisited, accent.lighter(110));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, dimmed);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(140));
    return palette;
}

} // namespace

namespace Theme {

void apply(Choice choice)
{
    // The desktop's own look, as it was before the first change: what "follow the system" goes back to.
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    if (choice == Choice::System) {
        if (QApplication::style()->name() != systemStyle)
            QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        return;
    }
    if (QApplication::style()->name().compare(u"fusion", Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(choice == Choice::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

QString name(Choice choice)
{
    switch (choice) {
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

Choice fromName(const QString &name)
{
    if (name == u"light")
        return Choice::Light;
    if (name == u"system")
        return Choice::System;
    return Choice::Dark;
}

QColor problemColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x39, 0x2b);
}

QColor successColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0x56, 0xd3, 0x64) : QColor(0x17, 0x69, 0x3a);
}

QColor stateColor(CameraState state)
{
    switch (state) {
    case CameraState::Live:
        return {0x2e, 0xcc, 0x71};
    case CameraState::Connecting:
    case CameraState::Reconnecting:
        return {0xf3, 0x9c, 0x12};
    case CameraState::Error:
        return {0xe7, 0x4c, 0x3c};
    case CameraState::Stopped:
        break;
    }
    return {0x95, 0xa5, 0xa6};
}

} // namespace Theme
