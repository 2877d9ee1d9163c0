#pragma once

#include "framesource.h"

#include <memory>

class FrameMailbox;
class PushHub;

// `push:ID`: the pictures a sender pushes to the share server at `/ws/video/ID/` (seed 000), read from the
// PushHub. A sender that goes away ends the stream like a camera that hangs up; the camera then reconnects.
class PushSource final : public FrameSource
{
    Q_OBJECT

public:
    PushSource(std::shared_ptr<PushHub> hub, const QString &id, QObject *parent = nullptr);
    ~PushSource() override;

    void open() override;
    void close() override;

private:
    void onFrameAvailable();
    void onSenderLeft(const QString &id);

    std::shared_ptr<PushHub> m_hub;
    QString m_id;
    FrameMailbox *m_mailbox = nullptr; // a child, while open
    bool m_announced = false;
};
