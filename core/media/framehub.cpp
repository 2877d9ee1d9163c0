#include "framehub.h"

#include "framemailbox.h"

#include <QMutexLocker>

void FrameHub::publish(const Frame &frame)
{
    {
        QMutexLocker lock(&m_latestMutex);
        m_latest = frame;
    }
    QMutexLocker lock(&m_readersMutex);
    for (FrameMailbox *reader : std::as_const(m_readers))
        reader->put(frame);
}

Frame FrameHub::latest() const
{
    QMutexLocker lock(&m_latestMutex);
    return m_latest;
}

Frame::Clock::time_point FrameHub::lastFrameTime() const
{
    QMutexLocker lock(&m_latestMutex);
    return m_latest.isNull() ? Frame::Clock::time_point {} : m_latest.captureTime();
}

void FrameHub::attach(FrameMailbox *mailbox)
{
    QMutexLocker lock(&m_readersMutex);
    if (m_readers.contains(mailbox))
        return;
    m_readers.append(mailbox);
    if (m_readersChanged)
        m_readersChanged(m_readers.size());
}

void FrameHub::detach(FrameMailbox *mailbox)
{
    QMutexLocker lock(&m_readersMutex);
    if (m_readers.removeAll(mailbox) > 0 && m_readersChanged)
        m_readersChanged(m_readers.size());
}

qsizetype FrameHub::readerCount() const
{
    QMutexLocker lock(&m_readersMutex);
    return m_readers.size();
}

void FrameHub::setReadersChanged(std::function<void(qsizetype)> changed)
{
    QMutexLocker lock(&m_readersMutex);
    m_readersChanged = std::move(changed);
}

void FrameHub::clear()
{
    QMutexLocker lock(&m_latestMutex);
    m_latest = {};
}
