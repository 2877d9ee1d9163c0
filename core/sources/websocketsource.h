#pragma once

#include "framesource.h"
#include "jpegmessagestream.h"

#include <QBasicTimer>
#include <QUrl>

class QWebSocket;

// `ws://` and `wss://` cameras: each message is one JPEG picture (binary, or text: a data URL, bare base64, or
// the JSON text frame a Django Channels relay sends), passed on to viewers as the camera sent it.
class WebSocketSource final : public FrameSource
{
    Q_OBJECT

public:
    static constexpr int ConnectTimeoutMs = 10'000; // below Camera's own, so the user reads why

    explicit WebSocketSource(const QUrl &url, QObject *parent = nullptr);
    ~WebSocketSource() override;

    void open() override;
    void close() override;

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void onConnected();
    void onDisconnected();
    void onError();
    void onTextMessage(const QString &message);
    void onBinaryMessage(const QByteArray &message);
    void handle(JpegMessageStream::Message message);
    void fail(SourceError error, const QString &detail);

    QUrl m_url;
    QWebSocket *m_socket = nullptr; // a child: made by open(), on the worker thread
    QBasicTimer m_connectTimer;
    bool m_connected = false; // handshake done
    bool m_announced = false; // opened() sent for this connection
    quint64 m_sequence = 0;
    quint64 m_pictures = 0; // on this connection
    JpegMessageStream m_messages;
    QString m_sslProblem; // why the camera's certificate was refused, with the fingerprint to trust it by
};
