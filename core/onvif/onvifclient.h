#pragma once

#include "onvif/onvifmessages.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QAuthenticator;
class QNetworkAccessManager;
class QNetworkReply;

// What one ONVIF camera told us: who it is and the RTSP address of each of its profiles.
struct OnvifDeviceReport
{
    enum class Problem {
        None,
        Unreachable, // no answer, refused, timed out
        NotOnvif, // it answered, but not as an ONVIF device
        Unauthorized, // the user name or password was refused
        ClockRefused, // refused while its clock is far from ours: the likely reason
        NoRtspProfile, // no profile with an RTSP address
        Hostile, // an answer too large, or one we refuse to read (a document type)
    };

    Onvif::DeviceInformation device;
    struct Stream
    {
        Onvif::Profile profile;
        QUrl uri; // rtsp://, without credentials
    };
    QList<Stream> streams; // in the device's order
    qint64 clockOffsetSeconds = 0; // the camera's clock minus ours
    Problem problem = Problem::None;
    QString error; // the problem in words, for the user; never a password

    // The main stream (the largest profile) and the sub stream (the smallest); nothing when there are none.
    std::optional<Stream> mainStream() const;
    std::optional<Stream> subStream() const;
};

// Asks one ONVIF device, at its device service address, for its stream addresses: its clock (so that the signed
// token carries the camera's time, however far off it is), its information, its media service, its profiles and
// each profile's RTSP address. Asynchronous on the thread it lives on; each answer is capped (1 MiB) and timed out
// (`timeoutMs`); redirects are not followed, and the password (a WS-Security digest, or HTTP Digest when the camera
// asks for it) goes to the device's own host and port only.
class OnvifClient : public QObject
{
    Q_OBJECT
public:
    explicit OnvifClient(QObject *parent = nullptr);
    ~OnvifClient() override;

    void setTimeout(int milliseconds);
    // Starts asking; finished() follows once. A query in progress is given up.
    void query(const QUrl &deviceService, const QString &user, const QString &password);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void finished(const OnvifDeviceReport &report);

private:
    enum class Step { Idle, Clock, Information, Capabilities, Profiles, StreamUri };

    void send(const QUrl &service, const QString &body, bool signedRequest);
    void onAuthenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator);
    void onReadyRead();
    void onFinished();
    void handle(const Onvif::Answer &answer);
    void askNextStreamUri();
    void finish(OnvifDeviceReport::Problem problem = OnvifDeviceReport::Problem::None, const QString &error = {});

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_answer;
    bool m_tooLarge = false;
    bool m_credentialsGiven = false;
    int m_timeoutMs = 10000;
    Step m_step = Step::Idle;
    QUrl m_device;
    QUrl m_media;
    QString m_user;
    QString m_password;
    QElapsedTimer m_sinceClock; // the camera's time = m_cameraClock + this
    QDateTime m_cameraClock;
    QList<Onvif::Profile> m_profiles;
    OnvifDeviceReport m_report;
};
