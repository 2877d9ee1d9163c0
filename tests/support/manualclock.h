#pragma once

#include "util/timesource.h"

// A clock that moves only when the test says: lifecycle decisions (backoff, stalls, time-outs) are taken at once
// and deterministically, with no sleeping. Starts at the real steady time, so it reads as one.
class ManualClock final : public TimeSource
{
    Q_OBJECT

public:
    ManualClock()
        : m_now(std::chrono::steady_clock::now())
    { }

    TimePoint now() const override { return m_now; }
    bool isManual() const override { return true; }

    void advance(std::chrono::steady_clock::duration by)
    {
        m_now += by;
        Q_EMIT advanced();
    }

private:
    TimePoint m_now;
};
