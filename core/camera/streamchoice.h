#pragma once

#include "camerastate.h"
#include "util/timesource.h"

#include <QSize>

#include <chrono>
#include <optional>

// Which of a camera's two streams one viewer (a tile) shows: the sub stream while the tile is not much larger than
// the sub stream's pictures, the main stream when it is, or whichever the user fixed. A change waits a short
// dwell and needs a clear margin (hysteresis), so that dragging a window's edge or a layout passing through a size
// never makes a tile flap between streams; the first choice and the user's are taken at once. Pure: the tile
// feeds it sizes, the clock decides the dwell (tests move a manual one).
class StreamChoice final
{
public:
    enum class Mode { Automatic, AlwaysMain, AlwaysSub };
    using Stream = CameraStream;

    struct Tuning
    {
        // To the main stream when the sub stream's pictures, drawn at the tile's size, would be enlarged more than
        // this; back to the sub stream below `down`. Between the two, the stream shown stays.
        double up = 1.3;
        double down = 1.1;
        std::chrono::milliseconds dwell {700};
    };

    explicit StreamChoice(const TimeSource &time = TimeSource::system());
    StreamChoice(const TimeSource &time, Tuning tuning);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // A deliberate change of the tile's size (maximized, restored, a new layout), not a drag: the sizes of the next
    // update() decide at once, still with the hysteresis margins, without the dwell.
    void decideNow();

    // The tile's picture area (device pixels) and the size of the sub stream's pictures (empty while not known:
    // the sub stream is kept until it is). Returns the stream to show now.
    Stream update(QSize tile, QSize subPicture);
    Stream current() const { return m_current; }
    // Whether the sizes have made their first choice yet (automatic mode; a fixed mode is decided).
    bool decided() const { return m_decided; }
    // When a change the sizes ask for is due, if one waits out its dwell: call update() again then.
    std::optional<TimeSource::TimePoint> changeDue() const;

    // How much the sub stream's pictures are enlarged to fill `tile` (1: shown at their own size).
    static double enlargement(QSize tile, QSize subPicture);

private:
    Stream wanted(QSize tile, QSize subPicture) const;

    const TimeSource *m_time; // a pointer: a tile given another clock assigns a new choice
    Tuning m_tuning;
    Mode m_mode = Mode::Automatic;
    Stream m_current = Stream::Sub;
    bool m_decided = false; // the first update() decides at once
    bool m_atOnce = false; // the next update() skips the dwell (decideNow())
    std::optional<TimeSource::TimePoint> m_wantedSince; // since when the sizes ask for the other stream
};
