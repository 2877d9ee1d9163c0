#pragma once

#include <QString>
#include <QStringList>

class QTemporaryDir;

// A short H.264 video file (`clip.mp4` in `dir`) of FFmpeg's moving test picture, 320x240 at 10 fps, made by the
// ffmpeg program: for cameras that read a video file. `extra` goes to ffmpeg before the output name. Empty when
// ffmpeg could not make it.
QString makeTestClip(const QTemporaryDir &dir, const QString &seconds, const QStringList &extra = {});
