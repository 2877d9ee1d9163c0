#pragma once

#include <QObject>

#include <chrono>

// The time a camera's lifecycle reads: when it connected, how long a stream has been silent, when to retry. The
// program uses the real steady clock; tests drive a clock of their own (tests/support/manualclock.h) and
// check backoff, stall and timeout decisions in milliseconds instead of waiting for them.
class TimeSource : public QObject
{
    Q_OBJECT

public:
    using TimePoint = std::chrono::steady_clock::time_point;

    using QObject::QObject;
    Q_DISABLE_COPY_MOVE(TimeSource)

    virtual TimePoint now() const { return std::chrono::steady_clock::now(); }
    // Whether the time only moves when told (advanced() then says so): nothing needs to poll it.
    virtual bool isManual() const { return false; }
    // The steady clock, shared.
    static const TimeSource &system();

Q_SIGNALS:
    // A manual clock moved on: whatever waits for a moment should look at now() again.
    void advanced();
};
