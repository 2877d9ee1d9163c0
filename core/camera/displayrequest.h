#pragma once

#include "media/frame.h"

#include <QSize>

#include <atomic>

// How the tile showing a camera draws it, set by the tile and read by the camera's worker for each frame: the
// size to make the display image at, or that the tile draws a decoder's 4:2:0 planes itself (on the GPU).
// Lock-free: one atomic word.
class DisplayRequest final
{
public:
    enum class Form { Image, Planes };

    // An empty size (tile hidden) means no display decoding at all.
    void set(QSize size, Form form = Form::Image);
    QSize size() const;
    // Worker thread: the bound to make `frame`'s display image at; empty when nobody shows it or the tile draws
    // its planes itself.
    QSize imageBoundFor(const Frame &frame) const;

private:
    std::atomic<quint64> m_packed {0};
};
