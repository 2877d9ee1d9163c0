#include "streamchoice.h"

#include <algorithm>
#include <utility>

StreamChoice::StreamChoice(const TimeSource &time)
    : StreamChoice(time, Tuning())
{ }

StreamChoice::StreamChoice(const TimeSource &time, Tuning tuning)
    : m_time(&time)
    , m_tuning(tuning)
{ }

void StreamChoice::setMode(Mode mode)
{
    m_mode = mode;
    m_wantedSince.reset();
    if (mode != Mode::Automatic) {
        m_current = mode == Mode::AlwaysMain ? Stream::Main : Stream::Sub;
        m_decided = true;
    } else {
        m_decided = false; // back to automatic: the next sizes decide at once
    }
}

void StreamChoice::decideNow()
{
    m_atOnce = true;
}

double StreamChoice::enlargement(QSize tile, QSize subPicture)
{
    if (tile.isEmpty() || subPicture.isEmpty())
        return 0;
    // The picture keeps its shape inside the tile: the side that fills the tile decides.
    return std::min(double(tile.width()) / subPicture.width(), double(tile.height()) / subPicture.height());
}

StreamChoice::Stream StreamChoice::wanted(QSize tile, QSize subPicture) const
{
    const double scale = enlargement(tile, subPicture);
    if (scale <= 0)
        return m_current; // nothing to judge by: stay
    if (m_current == Stream::Sub)
        return scale > m_tuning.up ? Stream::Main : Stream::Sub;
    return scale < m_tuning.down ? Stream::Sub : Stream::Main;
}

StreamChoice::Stream StreamChoice::update(QSize tile, QSize subPicture)
{
    const bool atOnce = std::exchange(m_atOnce, false);
    if (m_mode != Mode::Automatic)
        return m_current;
    if (!m_decided) {
        if (subPicture.isEmpty() || tile.isEmpty())
            return m_current; // the sub stream until there is something to judge by
        m_decided = true;
        m_current = enlargement(tile, subPicture) > m_tuning.up ? Stream::Main : Stream::Sub;
        return m_current;
    }
    if (wanted(tile, subPicture) == m_current) {
        m_wantedSince.reset();
        return m_current;
    }
    const TimeSource::TimePoint now = m_time->now();
    if (!m_wantedSince)
        m_wantedSince = now;
    if (atOnce || now - *m_wantedSince >= m_tuning.dwell) {
        m_current = m_current == Stream::Main ? Stream::Sub : Stream::Main;
        m_wantedSince.reset();
    }
    return m_current;
}

std::optional<TimeSource::TimePoint> StreamChoice::changeDue() const
{
    if (!m_wantedSince)
        return std::nullopt;
    return *m_wantedSince + m_tuning.dwell;
}
