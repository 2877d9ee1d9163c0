#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTcpSocket>
#include <QUrl>

// A strict MJPEG-over-HTTP client for tests: sends a real GET, checks the response head, then checks every part
// (Content-Type, Content-Length, X-Timestamp, the boundary straight after the JPEG) and records what arrived.
class MjpegReader final : public QObject
{
    Q_OBJECT

public:
    struct Part
    {
        QByteArray jpeg;
        QByteArray timestamp;
        qint64 arrivedMs = 0; // since start()
    };

    explicit MjpegReader(const QUrl &url, QObject *parent = nullptr);

    void start();
    void stop();
    // Parts kept: the newest `keep` of them (older JPEG bytes are released; counts stay exact).
    void setKeep(int keep);

    int statusCode() const;
    QByteArray header(const QByteArray &name) const;
    qsizetype partCount() const;
    const QList<Part> &recentParts() const;
    QString protocolError() const; // empty while the stream is well formed
    qsizetype unparsedBytes() const;
    qint64 elapsedMs() const;
    // The server has not closed the stream (nor has stop() been called).
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    // Parts per second over the arrivals after the first `skip` parts.
    double partsPerSecond(int skip = 1) const;

Q_SIGNALS:
    void partReceived();

private:
    void onReadyRead();
    bool parseHead();
    bool parsePart();
    void fail(const QString &why);

    QUrl m_url;
    QTcpSocket m_socket;
    QElapsedTimer m_clock;
    QByteArray m_buffer;
    bool m_headDone = false;
    bool m_openingSeen = false;
    int m_status = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_boundary;
    QList<Part> m_parts;
    QList<qint64> m_arrivals;
    qsizetype m_count = 0;
    int m_keep = 8;
    QString m_error;
};
