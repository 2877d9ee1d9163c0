#pragma once

#include "frame.h"

#include <QMutex>
#include <QObject>

// The newest frame for one reader: a new frame replaces one not yet taken, and the reader is told
// once until it takes, so a slow reader gets the latest picture rather than a backlog. A frame already put is
// not put again: a reader that starts with the camera's latest frame while that frame is being delivered to
// every reader gets it once.
class FrameMailbox final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    Q_DISABLE_COPY_MOVE(FrameMailbox)

    // Any thread. Emits frameAvailable() only when the box was empty; ignores the frame put last.
    void put(const Frame &frame);
    // Empties the box; a null frame when nothing new arrived since the last take.
    Frame take();
    // Frames replaced before they were taken.
    quint64 dropped() const;

Q_SIGNALS:
    void frameAvailable();

private:
    mutable QMutex m_mutex;
    Frame m_frame;
    quint64 m_lastSequence = 0; // the frame put last, by sequence and capture time (never by address)
    Frame::Clock::time_point m_lastCaptured {};
    quint64 m_dropped = 0;
};
