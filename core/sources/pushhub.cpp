#include "pushhub.h"

#include "media/framemailbox.h"

#include <QMutexLocker>

PushHub::PushHub(QObject *parent)
    : QObject(parent)
{ }

bool PushHub::addSender(const QString &id, const QString &name)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_channels.contains(id) && m_channels.size() >= MaxCameras)
            return false;
        ++m_channels[id].senders;
    }
    Q_EMIT senderArrived(id, name);
    return true;
}

void PushHub::removeSender(const QString &id)
{
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_channels.find(id);
        if (it == m_channels.end() || it->senders == 0 || --it->senders > 0)
            return;
    }
    Q_EMIT senderLeft(id);
}

bool PushHub::hasSender(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    return m_channels.value(id).senders > 0;
}

void PushHub::push(const QString &id, QByteArray jpeg, QSize size)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_channels.find(id);
    if (it == m_channels.end() || !it->reader)
        return;
    // Under the lock, so detach() cannot return while a put() is under way.
    it->reader->put(Frame::fromJpeg(std::move(jpeg), size, it->sequence++));
}

void PushHub::attach(const QString &id, FrameMailbox *mailbox)
{
    QMutexLocker lock(&m_mutex);
    m_channels[id].reader = mailbox;
}

void PushHub::detach(const QString &id, FrameMailbox *mailbox)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_channels.find(id);
    if (it != m_channels.end() && it->reader == mailbox)
        it->reader = nullptr;
}
