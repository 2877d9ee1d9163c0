#pragma once

#include "media/frame.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>

class FrameMailbox;

// Where pictures pushed to the share server (seed 000's senders on `/ws/video/NAME/`) meet the `push:ID` cameras
// that show them. Thread-safe: senders push on the share thread, each camera's source reads on its worker.
// Made by the composition root and shared by the share server and the sources.
class PushHub final : public QObject
{
    Q_OBJECT

public:
    // Distinct cameras senders may create in one run: a client with access cannot fill the screen with tiles.
    static constexpr int MaxCameras = 32;

    explicit PushHub(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PushHub)

    // Share thread. A sender starts pushing to camera `id` (named `name` by the sender); false when that would be
    // one camera too many. Each successful call is matched by removeSender().
    bool addSender(const QString &id, const QString &name);
    void removeSender(const QString &id);
    bool hasSender(const QString &id) const;
    // A picture from a sender of `id`: to the camera reading it, if any (newest wins), else dropped.
    void push(const QString &id, QByteArray jpeg, QSize size);

    // Worker thread. `mailbox` receives the pictures of `id` until detach() returns.
    void attach(const QString &id, FrameMailbox *mailbox);
    void detach(const QString &id, FrameMailbox *mailbox);

Q_SIGNALS:
    // A sender connected and pushed its first picture (emitted on the share thread).
    void senderArrived(const QString &id, const QString &name);
    // The last sender of `id` went away (emitted on the share thread).
    void senderLeft(const QString &id);

private:
    struct Channel
    {
        int senders = 0;
        FrameMailbox *reader = nullptr;
        quint64 sequence = 0;
    };

    mutable QMutex m_mutex;
    QHash<QString, Channel> m_channels; // every id pushed to in this run
};
