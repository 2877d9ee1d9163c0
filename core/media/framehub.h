#pragma once

#include "frame.h"

#include <QList>
#include <QMutex>

#include <functional>

class FrameMailbox;

// The newest frame of one camera and the mailboxes of those reading it: the camera's worker publishes, any thread
// reads or attaches. A slow reader holds up nobody: each mailbox keeps only the newest frame.
class FrameHub final
{
public:
    FrameHub() = default;
    Q_DISABLE_COPY_MOVE(FrameHub)

    // Worker thread: the newest frame, to every attached mailbox.
    void publish(const Frame &frame);
    Frame latest() const;
    // When the newest frame was captured; the epoch before the first.
    Frame::Clock::time_point lastFrameTime() const;

    // After detach() returns, the mailbox receives nothing more: it may then be destroyed.
    // Receivers of a mailbox's frameAvailable() must be queued (they must not call back into the hub).
    void attach(FrameMailbox *mailbox);
    void detach(FrameMailbox *mailbox);
    qsizetype readerCount() const;
    // Called with the new count whenever a reader comes or goes, on the thread that attached or detached it. Once
    // this returns (an empty function: none), the previous one is never called again.
    void setReadersChanged(std::function<void(qsizetype)> changed);
    // Forgets the newest frame: a stream opened again must not be taken for live by its old pictures.
    void clear();

private:
    mutable QMutex m_latestMutex;
    Frame m_latest;
    mutable QMutex m_readersMutex;
    QList<FrameMailbox *> m_readers;
    std::function<void(qsizetype)> m_readersChanged; // under m_readersMutex
};
