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

    // A 4:2:0 picture to an even size is scaled in YUV, then converted by swscale's SIMD colour converter: for a
    // 1080p picture to the 1268x712 tile of a one-camera window 1.03 ms instead of 1.61 ms for one pass from YUV to
    // RGB (cctv_bench micro, tests/bench/README.md). Other layouts and odd sizes take the one pass. A null image if
    // swscale refuses the geometry.
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
