#pragma once

#include <QImage>

#include <memory>

struct AVFrame;

// Turns a decoder's picture into RGB32 (BGRA in memory) of a given size, for a tile or for a viewer. Keeps its
// swscale contexts and scratch planes for the thread that calls it: use forThisThread().
class PictureScaler
{
public:
    static PictureScaler &forThisThread();

    // A 4:2:0 picture is scaled in YUV, then converted by swscale's SIMD colour converter: for a 1080p picture
    // to a 1268x714 tile 1.1 ms instead of 1.7 ms for the one-pass scale and convert (tests/bench/README.md).
    // Other layouts take the one pass. A null image if swscale refuses the geometry.
    QImage toRgb32(const AVFrame &picture, QSize target);

    PictureScaler();
    ~PictureScaler();
    Q_DISABLE_COPY_MOVE(PictureScaler)

private:
    class Contexts;
    std::unique_ptr<Contexts> m_contexts;
    struct Planes;
    std::unique_ptr<Planes> m_scratch; // the picture scaled in YUV, before its conversion
};
