#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

// A camera's figures as the window writes them, the same on a tile, in its tooltip and in the details panel.
class CameraFigures
{
    Q_DECLARE_TR_FUNCTIONS(CameraFigures)

public:
    // A tooltip that shows `text` as it is: words from a camera (a close reason, a pushed sender's name) never
    // become markup, which Qt would otherwise guess at and render.
    static QString tooltip(const QString &text);
    // The name a camera is shown by: a demo camera says it is one.
    static QString name(const QString &name, bool demo);
    // "12 s ago", "3 min ago"; empty for a negative age (nothing yet).
    static QString age(qint64 ms);
    // The codec as people write it: "H.264", "MJPEG".
    static QString codec(const QString &codec);
    // "H.264 1920×1080", either part alone when the other is unknown.
    static QString stream(const QString &codec, QSize size);
    static QString bitrate(qint64 bitsPerSecond);
    static QString rate(double framesPerSecond);
    static QString milliseconds(double ms);
};
