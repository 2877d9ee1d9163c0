#pragma once

#include "framesource.h"

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
    // This many messages in a row without a picture make the stream an error rather than a run of bad frames.
    static constexpr int MaxMalformedInARow = 10;

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
    void handleDecoded(QByteArray jpeg, const QString &error);
    void fail(SourceError error, const QString &detail);

    QUrl m_url;
    QWebSocket *m_socket = nullptr; // a child: made by open(), on the worker thread
    QBasicTimer m_connectTimer;
    bool m_connected = false; // handshake done
    bool m_announced = false; // opened() sent for this connection
    quint64 m_sequence = 0;
    quint64 m_pictures = 0; // on this connection
    int m_malformedInARow = 0;
    QString m_sslProblem; // why the camera's certificate was refused, with the fingerprint to trust it by
};
