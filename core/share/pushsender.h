#pragma once

#include "sources/jpegmessagestream.h"

#include <QObject>

#include <memory>

class PushHub;
class QWebSocket;

// A peer pushing pictures to the share server on `/ws/video/ID/` (seed 000's sender): each JPEG it sends, binary
// or base64 in JSON text, becomes a picture of camera ID through the PushHub. It counts as a sender from its first
// picture on; a peer that sends no picture ten times in a row is disconnected, and one picture may not exceed the
// picture limits.
class PushSender final : public QObject
{
    Q_OBJECT

public:
    // A would-be sender's first message: room for a 4K JPEG as base64, not for the full allowance, which it gets
    // once a picture of it was accepted.
    static constexpr qint64 MaxFirstMessageBytes = 4 * 1024 * 1024;

    // `name`: what the sender calls the camera.
    PushSender(std::unique_ptr<QWebSocket> socket, std::shared_ptr<PushHub> hub, const QString &id, const QString &name,
               QObject *parent = nullptr);
    ~PushSender() override;
    Q_DISABLE_COPY_MOVE(PushSender)

    // A message that arrived before this object took the socket over.
    void receiveText(const QString &message);
    void receiveBinary(const QByteArray &message);

private:
    void receive(JpegMessageStream::Message message);
    void setMaxMessageBytes(qint64 bytes);

    std::unique_ptr<QWebSocket> m_socket;
    std::shared_ptr<PushHub> m_hub;
    QString m_id;
    QString m_name;
    JpegMessageStream m_messages;
    bool m_registered = false; // a picture was accepted: counted as a sender by the hub
};
