#include "streamswitch.h"

#include "camerafeed.h"
#include "media/framemailbox.h"

StreamSwitch::StreamSwitch(std::shared_ptr<CameraFeed> feed, CameraStream first, QObject *parent)
    : QObject(parent)
    , m_feed(std::move(feed))
    , m_shown(open(first))
{ }

StreamSwitch::~StreamSwitch()
{
    close(m_pending);
    close(m_shown);
}

std::optional<CameraStream> StreamSwitch::pending() const
{
    return m_pending.mailbox ? std::optional(m_pending.stream) : std::nullopt;
}

StreamSwitch::Reader StreamSwitch::open(CameraStream stream)
{
    Reader reader {stream, new FrameMailbox(this), m_feed->display(stream).acquire()};
    m_feed->display(stream).set(reader.slot, m_displaySize, m_displayForm);
    // Queued: the hub's worker must not call back into it, and the viewer reads on its own thread.
    connect(
        reader.mailbox, &FrameMailbox::frameAvailable, this,
        [this, mailbox = reader.mailbox] {
            if (mailbox == m_shown.mailbox)
                Q_EMIT frameAvailable();
            else if (mailbox == m_pending.mailbox)
                onPendingFrame();
        },
        Qt::QueuedConnection);
    m_feed->frames(stream).attach(reader.mailbox);
    return reader;
}

void StreamSwitch::close(Reader &reader)
{
    if (!reader.mailbox)
        return;
    // Detached first: after detach() returns, the worker puts nothing more into it.
    m_feed->frames(reader.stream).detach(reader.mailbox);
    m_feed->display(reader.stream).release(reader.slot);
    delete reader.mailbox;
    reader = {};
}

void StreamSwitch::show(CameraStream stream)
{
    if (m_pending.mailbox && m_pending.stream != stream)
        close(m_pending); // back to the one shown: the move is cancelled
    if (stream == m_shown.stream || m_pending.mailbox)
        return;
    m_pending = open(stream);
}

void StreamSwitch::onPendingFrame()
{
    Frame first = m_pending.mailbox->take();
    if (first.isNull())
        return;
    close(m_shown);
    m_shown = std::exchange(m_pending, {});
    m_first = std::move(first);
    Q_EMIT switched(m_shown.stream);
    Q_EMIT frameAvailable();
}

Frame StreamSwitch::take()
{
    if (!m_first.isNull())
        return std::exchange(m_first, {});
    return m_shown.mailbox->take();
}

void StreamSwitch::setDisplay(QSize size, DisplayRequest::Form form)
{
    m_displaySize = size;
    m_displayForm = form;
    for (const Reader *reader : {&m_shown, &m_pending}) {
        if (reader->mailbox)
            m_feed->display(reader->stream).set(reader->slot, size, form);
    }
}
