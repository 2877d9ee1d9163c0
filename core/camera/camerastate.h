#pragma once

#include <QSize>
#include <QString>

#include <optional>

enum class CameraState { Stopped, Connecting, Live, Reconnecting, Error };

// A camera's two streams: the main one (full size) and the sub one (small, for grids), when it has one.
enum class CameraStream { Main, Sub };
// A stream's name in the configuration and the HTTP API: "main", "sub"; parsed back (nothing for any other word).
QString cameraStreamName(CameraStream stream);
std::optional<CameraStream> cameraStreamNamed(QStringView name);

// The state's name in the HTTP API: "stopped", "connecting", "live", "reconnecting", "error".
QString cameraStateName(CameraState state);
// The state as the user reads it in a tile.
QString cameraStateText(CameraState state);

// What a camera is doing, as one consistent snapshot readable from any thread.
struct CameraStatus
{
    CameraState state = CameraState::Stopped;
    QString error; // in words, empty when fine; never contains credentials
    double fps = 0; // frames per second received, over the last second or so
    QSize size; // the stream's picture size
    QString codec;
    qint64 frameAgeMs = -1; // since the newest frame was captured; -1 before the first
    quint64 frames = 0;
    quint64 reconnects = 0;
    int viewers = 0; // share clients reading this camera now
    qint64 bitrate = 0; // bits per second of the camera's encoded input, over the last two seconds or so
    quint64 drops = 0; // pictures that arrived but could not be shown (damaged, undecodable)
    double decodeMs = 0; // the worker's average decoding time per picture, over the same window
    double fpsOut = 0; // pictures sent per second to all of its viewers together, over the last second or so
    // The newest error the camera reported, kept after it recovers (what an operator asks first: "what was it?"),
    // and how long ago it was first reported; -1 when there has been none.
    QString lastError;
    qint64 lastErrorAgeMs = -1;
};
