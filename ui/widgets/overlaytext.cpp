#include "overlaytext.h"

#include <QPainter>

#include <cmath>

void OverlayText::set(const QString &text, const QFont &font)
{
    if (text == m_text.text() && font == m_font)
        return;
    m_font = font;
    m_text.setTextFormat(Qt::PlainText);
    m_text.setText(text);
    m_text.prepare(QTransform(), font);
}

QString OverlayText::text() const
{
    return m_text.text();
}

int OverlayText::width() const
{
    return int(std::ceil(m_text.size().width()));
}

void OverlayText::draw(QPainter &painter, const QRect &box, Qt::Alignment horizontal) const
{
    const QSizeF size = m_text.size();
    const qreal x = horizontal & Qt::AlignHCenter ? box.x() + (box.width() - size.width()) / 2 : box.x();
    const qreal y = box.y() + (box.height() - size.height()) / 2;
    painter.setFont(m_font); // the layout is kept only while the painter's font is the one it was made for
    painter.drawStaticText(QPointF(std::round(x), std::round(y)), m_text);
}
