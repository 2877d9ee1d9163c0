#include "framemailbox.h"

#include <QMutexLocker>

void FrameMailbox::put(const Frame &frame)
{
    bool wasEmpty = false;
    {
        QMutexLocker lock(&m_mutex);
        if (frame.sequence() == m_lastSequence && frame.captureTime() == m_lastCaptured)
            return;
        m_lastSequence = frame.sequence();
        m_lastCaptured = frame.captureTime();
        wasEmpty = m_frame.isNull();
        if (!wasEmpty)
            ++m_dropped;
        m_frame = frame;
    }
    if (wasEmpty)
        Q_EMIT frameAvailable();
}

Frame FrameMailbox::take()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_frame, Frame());
}

quint64 FrameMailbox::dropped() const
{
    QMutexLocker lock(&m_mutex);
    return m_dropped;
}
