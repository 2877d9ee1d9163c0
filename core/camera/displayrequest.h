#pragma once

#include "media/frame.h"

#include <QSize>
#include <QVarLengthArray>

#include <array>
#include <atomic>

// How the tiles showing a camera draw it, set by each tile and read by the camera's worker for each frame: the size
// to make the display image at, or that the tile draws a decoder's 4:2:0 planes itself (on the GPU). One slot per
// tile (the window's, a wall's on another screen), each one atomic word: lock-free.
class DisplayRequest final
{
public:
    enum class Form { Image, Planes };
    static constexpr int Slots = 4; // tiles showing one camera at once

    // GUI thread: a slot for a tile to set, or -1 when every slot is taken; given back with release().
    int acquire();
    void release(int slot);
    // An empty size (tile hidden) means no display decoding for that slot.
    void set(int slot, QSize size, Form form = Form::Image);
    // Slot 0, for a reader that is the only one (a test, a probe).
    void set(QSize size, Form form = Form::Image) { set(0, size, form); }
    // The largest size any slot asks for; empty when nobody shows the camera.
    QSize size() const;
    // Worker thread: the bounds to make `frame`'s display images at, each once; none when nobody shows it or the
    // tiles draw its planes themselves.
    QVarLengthArray<QSize, Slots> imageBoundsFor(const Frame &frame) const;

private:
    std::array<std::atomic<quint64>, Slots> m_packed {};
    std::array<bool, Slots> m_taken {}; // GUI thread only
};
