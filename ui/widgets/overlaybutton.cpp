#include "overlaybutton.h"

#include <QPainter>

namespace {
constexpr int PadX = 12;
constexpr int PadY = 6;
constexpr qreal Radius = 4;
} // namespace

OverlayButton::OverlayButton(const QString &objectName, const QString &text, bool checkable, QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(objectName);
    setText(text);
    setCheckable(checkable);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus);
    setAttribute(Qt::WA_Hover); // repainted as the pointer enters and leaves
}

QSize OverlayButton::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(text()) + 2 * PadX, metrics.height() + 2 * PadY};
}

QSize OverlayButton::minimumSizeHint() const
{
    return sizeHint();
}

void OverlayButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor box = isChecked() ? QColor(41, 128, 185, 220) : QColor(0, 0, 0, 140);
    if (isDown())
        box = box.darker(140);
    else if (underMouse() && isEnabled())
        box = isChecked() ? box.lighter(120) : QColor(60, 60, 60, 180);
    painter.setPen(hasFocus() ? QPen(palette().highlight(), 2) : Qt::NoPen);
    painter.setBrush(box);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), Radius, Radius);

    m_label.set(text(), font());
    painter.setPen(isEnabled() ? QColor(Qt::white) : QColor(255, 255, 255, 110));
    m_label.draw(painter, rect(), Qt::AlignHCenter);
}
