#pragma once

#include "certificatetrust.h"
#include "framesource.h"
#include "mjpegparser.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QPointer>
#include <QUrl>

#include <memory>

class QAuthenticator;
class QNetworkAccessManager;
class QNetworkReply;

// `http(s)://…`: an MJPEG stream (`multipart/x-mixed-replace`) read as it arrives, or with `?poll=MS` a single
// JPEG fetched every MS milliseconds. JPEG bytes are passed on untouched. Basic and Digest authentication from
// the URL's user and password, which never go into the request URL or any message.
class HttpMjpegSource final : public FrameSource
{
    Q_OBJECT

public:
    // No response head, or no complete picture, within this long after a request: timed out.
    static constexpr int FirstPictureTimeoutMs = 10000;
    // A server answering a plain URL with one JPEG is polled this often.
    static constexpr int DefaultPollMs = 1000;

    explicit HttpMjpegSource(const QUrl &url, QObject *parent = nullptr);
    ~HttpMjpegSource() override;

    // Nothing here blocks (the worker's event loop keeps turning), so the default interrupt() is enough.
    void open() override;
    void close() override;

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    enum class Body { Unknown, Multipart, SingleJpeg };

    void sendRequest();
    void stopRequest();
    bool checkResponseHead();
    void onReadyRead();
    void onFinished();
    void onAuthenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator);
    void takeParts(QByteArrayView bytes);
    bool deliver(QByteArray jpeg); // false when the bytes are no JPEG picture
    void fail(SourceError error, const QString &detail);

    QUrl m_requestUrl; // without user, password and `poll`
    QString m_user;
    QString m_password;
    int m_pollMs = 0; // 0: a stream

    QNetworkAccessManager *m_network = nullptr; // made on the worker thread, on first open
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<MjpegParser> m_parser;
    QByteArray m_single; // the body of a single-JPEG answer
    Body m_body = Body::Unknown;
    bool m_open = false;
    bool m_credentialsGiven = false;
    QUrl m_foreignChallenge; // where a redirect led that asked for the camera's credentials (refused)
    bool m_answered = false; // the response head came
    QString m_sslProblem; // why the camera's certificate was refused
    CertificateTrust m_trust;
    quint64 m_sequence = 0;
    quint64 m_skipped = 0; // parts that were not JPEG pictures, in a row
    QSize m_size;
    QBasicTimer m_firstPictureTimer;
    QBasicTimer m_pollTimer;
    QElapsedTimer m_requestClock;
};
