#include "ratewindow.h"

RateWindow::RateWindow(Clock::duration window, Clock::duration stale)
    : m_window(window)
    , m_stale(stale)
{ }

void RateWindow::add(Clock::time_point now, double amount, double cost)
{
    if (m_events == 0 || now - m_last > m_stale) {
        m_events = 0;
        m_start = now;
        m_amount = 0;
        m_cost = 0;
        m_costed = 0;
    } else {
        m_amount += amount;
    }
    ++m_events;
    ++m_costed;
    m_cost += cost;
    m_last = now;
    const std::chrono::duration<double> elapsed = now - m_start;
    if (now - m_start >= m_window) {
        m_perSecond = double(m_events - 1) / elapsed.count();
        m_amountPerSecond = m_amount / elapsed.count();
        m_meanCost = m_cost / double(m_costed);
        // This event closes the window and opens the next (its cost was counted in this one).
        m_events = 1;
        m_start = now;
        m_amount = 0;
        m_cost = 0;
        m_costed = 0;
    }
}

bool RateWindow::isStale(Clock::time_point now) const
{
    return m_events == 0 || now - m_last > m_stale;
}

double RateWindow::perSecond(Clock::time_point now) const
{
    return isStale(now) ? 0 : m_perSecond;
}

double RateWindow::amountPerSecond(Clock::time_point now) const
{
    return isStale(now) ? 0 : m_amountPerSecond;
}

double RateWindow::meanCost() const
{
    return m_meanCost;
}
