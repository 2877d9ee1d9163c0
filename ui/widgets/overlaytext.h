#pragma once

#include <QFont>
#include <QStaticText>

class QPainter;
class QRect;

// One line of text over a camera's picture, laid out again only when its text or font changes: a tile repaints with
// every picture (25 times a second) and shaping a line costs more than drawing it (perf, one 1080p camera: text
// layout was a seventh of the GUI thread's time).
class OverlayText
{
public:
    void set(const QString &text, const QFont &font);
    QString text() const;
    int width() const;
    // Drawn with the painter's pen, vertically centred in `box`, at its left or centred (Qt::AlignHCenter).
    void draw(QPainter &painter, const QRect &box, Qt::Alignment horizontal) const;

private:
    QStaticText m_text;
    QFont m_font;
};
