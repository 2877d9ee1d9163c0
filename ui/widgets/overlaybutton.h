#pragma once

#include "widgets/overlaytext.h"

#include <QToolButton>

// A button over a camera's picture: its label on a dark, translucent rounded box, blue while checked. It repaints
// with every picture under it, so it paints itself with a label laid out once, rather than through a style sheet
// (perf, one 1080p camera: the style sheet painting the tile's buttons took a sixth of the GUI thread's time).
class OverlayButton final : public QToolButton
{
    Q_OBJECT

public:
    OverlayButton(const QString &objectName, const QString &text, bool checkable, QWidget *parent);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    OverlayText m_label;
};
