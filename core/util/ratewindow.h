#pragma once

#include <chrono>

// How often something happens, measured over a window: events a second, the rate of an amount they bring (bytes:
// a bitrate) and the mean of a cost each one has (decoding time). The first event only opens a window, and each
// later one arrived during it; after a silence longer than `stale` a window starts afresh, so the gap is not read
// as a low rate. Figures change when a window closes, so they do not swing with each event. Not thread-safe: its
// owner locks.
class RateWindow final
{
public:
    using Clock = std::chrono::steady_clock;

    RateWindow(Clock::duration window, Clock::duration stale);

    // An event at `now`, which brought `amount` since the one before and cost `cost` itself.
    void add(Clock::time_point now, double amount = 0, double cost = 0);

    // Over the last closed window; all zero before the first closes, and once `now` is a silence past the last
    // event.
    double perSecond(Clock::time_point now) const;
    double amountPerSecond(Clock::time_point now) const;
    double meanCost() const;

private:
    bool isStale(Clock::time_point now) const;

    const Clock::duration m_window;
    const Clock::duration m_stale;
    Clock::time_point m_start;
    Clock::time_point m_last;
    long long m_events = 0; // in the open window, the opening one included
    double m_amount = 0;
    double m_cost = 0;
    long long m_costed = 0; // events whose cost is in m_cost
    double m_perSecond = 0;
    double m_amountPerSecond = 0;
    double m_meanCost = 0;
};
