#include "pushsource.h"

#include "media/framemailbox.h"
#include "pushhub.h"

#include <QCoreApplication>

PushSource::PushSource(std::shared_ptr<PushHub> hub, const QString &id, QObject *parent)
    : FrameSource(parent)
    , m_hub(std::move(hub))
    , m_id(id)
{
    connect(m_hub.get(), &PushHub::senderLeft, this, &PushSource::onSenderLeft);
}

PushSource::~PushSource()
{
    close();
}

void PushSource::open()
{
    if (m_mailbox)
        return;
    m_announced = false;
    m_mailbox = new FrameMailbox(this);
    connect(m_mailbox, &FrameMailbox::frameAvailable, this, &PushSource::onFrameAvailable, Qt::QueuedConnection);
    // With no sender yet this simply waits: the camera's connect timeout says so if none comes.
    m_hub->attach(m_id, m_mailbox);
}

void PushSource::close()
{
    if (!m_mailbox)
        return;
    m_hub->detach(m_id, m_mailbox);
    delete std::exchange(m_mailbox, nullptr);
}

void PushSource::onFrameAvailable()
{
    if (!m_mailbox)
        return;
    const Frame frame = m_mailbox->take();
    if (frame.isNull())
        return;
    if (!m_announced) {
        m_announced = true;
        Q_EMIT opened(StreamInfo {QStringLiteral("mjpeg"), frame.size(), 0});
    }
    Q_EMIT frameCaptured(frame);
}

void PushSource::onSenderLeft(const QString &id)
{
    if (id != m_id || !m_mailbox || m_hub->hasSender(id))
        return; // another source's sender, closed already, or a sender came back meanwhile
    close();
    Q_EMIT failed(SourceError::StreamEnded, QCoreApplication::translate("PushSource", "the sender went away"));
}
