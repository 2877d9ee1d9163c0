#include "onvifclient.h"

#include "sources/sourceurl.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <algorithm>

namespace {

constexpr qsizetype MaxAnswerBytes = 1 << 20;
constexpr int MaxProfiles = 8; // cameras have two to four; a list of hundreds is not worth a request each
constexpr qint64 ClockToleranceSeconds = 300; // what WS-Security implementations accept by default

// "2 h 5 min", "1 d 3 h", "7 min", to the nearest minute (the offset is measured to a second or so)
QString duration(qint64 seconds)
{
    const qint64 allMinutes = (seconds + 30) / 60;
    const qint64 days = allMinutes / 1440;
    const qint64 hours = allMinutes / 60 % 24;
    const qint64 minutes = allMinutes % 60;
    if (days > 0)
        return OnvifClient::tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return OnvifClient::tr("%1 h %2 min").arg(hours).arg(minutes);
    return OnvifClient::tr("%1 min").arg(minutes);
}

QString hostAndPort(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

} // namespace

std::optional<OnvifDeviceReport::Stream> OnvifDeviceReport::mainStream() const
{
    const auto at = std::max_element(streams.begin(), streams.end(), [](const Stream &a, const Stream &b) {
        return Onvif::smallerThan(a.profile, b.profile);
    });
    return at == streams.end() ? std::nullopt : std::optional(*at);
}

std::optional<OnvifDeviceReport::Stream> OnvifDeviceReport::subStream() const
{
    const auto at = std::min_element(streams.begin(), streams.end(), [](const Stream &a, const Stream &b) {
        return Onvif::smallerThan(a.profile, b.profile);
    });
    return at == streams.end() ? std::nullopt : std::optional(*at);
}

OnvifClient::OnvifClient(QObject *parent)
    : QObject(parent)
{ }

OnvifClient::~OnvifClient()
{
    cancel();
}

void OnvifClient::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
}

bool OnvifClient::isRunning() const
{
    return m_step != Step::Idle;
}

void OnvifClient::query(const QUrl &deviceService, const QString &user, const QString &password)
{
    cancel();
    if (!m_network) {
        // Made on first use, on the thread the client lives on.
        m_network = new QNetworkAccessManager(this);
        m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        connect(m_network, &QNetworkAccessManager::authenticationRequired, this,
                &OnvifClient::onAuthenticationRequired);
    }
    m_device = deviceService.adjusted(QUrl::RemoveUserInfo);
    m_media = m_device;
    m_user = user;
    m_password = password;
    m_profiles.clear();
    m_report = {};
    m_step = Step::Clock;
    send(m_device, Onvif::getSystemDateAndTime(), false);
}

void OnvifClient::cancel()
{
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_step = Step::Idle;
}

void OnvifClient::send(const QUrl &service, const QString &body, bool signedRequest)
{
    QByteArray envelope;
    if (signedRequest && !m_user.isEmpty()) {
        QByteArray nonce(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), nonce.size() / 4);
        // The camera's time as it reads its own clock now: a camera hours off still accepts the token.
        const QDateTime cameraNow = m_cameraClock.addMSecs(m_sinceClock.elapsed());
        envelope = Onvif::envelope(body, m_user, m_password, nonce, cameraNow);
    } else {
        envelope = Onvif::envelope(body);
    }
    QNetworkRequest request(service);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/soap+xml; charset=utf-8"));
    request.setTransferTimeout(m_timeoutMs);
    m_answer.clear();
    m_tooLarge = false;
    m_credentialsGiven = false;
    m_reply = m_network->post(request, envelope);
    m_reply->setReadBufferSize(64 * 1024);
    connect(m_reply, &QNetworkReply::readyRead, this, &OnvifClient::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &OnvifClient::onFinished);
}

void OnvifClient::onAuthenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator)
{
    // HTTP Digest, for cameras that ask for it instead of (or besides) the WS-Security token: given once, and only
    // to the device's own origin. Asked again, the password was wrong: the reply ends with an error.
    if (reply != m_reply || m_credentialsGiven || m_user.isEmpty()
        || !SourceUrl::isSameOrigin(reply->url(), m_device.adjusted(QUrl::RemovePath))) {
        return;
    }
    m_credentialsGiven = true;
    authenticator->setUser(m_user);
    authenticator->setPassword(m_password);
}

void OnvifClient::onReadyRead()
{
    m_answer += m_reply->readAll();
    if (m_answer.size() > MaxAnswerBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void OnvifClient::onFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (!m_tooLarge && reply->isOpen())
        m_answer += reply->readAll();
    if (m_tooLarge || m_answer.size() > MaxAnswerBytes) {
        finish(OnvifDeviceReport::Problem::Hostile,
               tr("%1 sent an answer larger than %2 MiB").arg(hostAndPort(m_device)).arg(MaxAnswerBytes >> 20));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        const bool timedOut
            = reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        finish(OnvifDeviceReport::Problem::Unreachable,
               timedOut ? tr("%1 did not answer within %2 s").arg(hostAndPort(m_device)).arg(m_timeoutMs / 1000)
                        : tr("%1 cannot be reached (%2)").arg(hostAndPort(m_device), reply->errorString()));
        return;
    }
    if (status == 401) {
        finish(OnvifDeviceReport::Problem::Unauthorized,
               m_user.isEmpty() ? tr("the camera needs a user name and password")
                                : tr("the camera refused the user name or password"));
        return;
    }
    handle(Onvif::readAnswer(m_answer));
}

void OnvifClient::handle(const Onvif::Answer &answer)
{
    using Problem = OnvifDeviceReport::Problem;
    if (!answer.body && !answer.fault) {
        finish(Problem::NotOnvif,
               tr("%1 answered, but not as an ONVIF device: %2").arg(hostAndPort(m_device), answer.error));
        return;
    }
    if (answer.fault && answer.fault->notAuthorized() && m_step != Step::Clock) {
        if (qAbs(m_report.clockOffsetSeconds) > ClockToleranceSeconds) {
            const qint64 offset = m_report.clockOffsetSeconds;
            finish(Problem::ClockRefused,
                   (offset > 0 ? tr("the camera refused the user name or password; its clock is %1 ahead of this "
                                    "computer's, which makes some cameras refuse any password: set its time (or NTP) "
                                    "and try again")
                               : tr("the camera refused the user name or password; its clock is %1 behind this "
                                    "computer's, which makes some cameras refuse any password: set its time (or NTP) "
                                    "and try again"))
                       .arg(duration(qAbs(offset))));
        } else {
            finish(Problem::Unauthorized,
                   m_user.isEmpty() ? tr("the camera needs a user name and password")
                                    : tr("the camera refused the user name or password"));
        }
        return;
    }
    switch (m_step) {
    case Step::Clock:
        // Some cameras want a password even for their clock: then ours has to do.
        m_cameraClock = (answer.body ? Onvif::systemDateTime(*answer.body) : std::nullopt)
                            .value_or(QDateTime::currentDateTimeUtc());
        m_sinceClock.start();
        m_report.clockOffsetSeconds = QDateTime::currentDateTimeUtc().secsTo(m_cameraClock);
        m_step = Step::Information;
        send(m_device, Onvif::getDeviceInformation(), true);
        return;
    case Step::Information:
        if (answer.body)
            m_report.device = Onvif::deviceInformation(*answer.body);
        m_step = Step::Capabilities;
        send(m_device, Onvif::getCapabilities(), true);
        return;
    case Step::Capabilities:
        if (answer.body) {
            const QUrl media = Onvif::mediaService(*answer.body, m_device);
            // The signed requests go to the device's own origin, wherever its answer points: only the path is
            // taken from it.
            if (media.isValid())
                m_media.setPath(media.path());
        }
        m_step = Step::Profiles;
        send(m_media, Onvif::getProfiles(), true);
        return;
    case Step::Profiles:
        m_profiles = answer.body ? Onvif::profiles(*answer.body) : QList<Onvif::Profile>();
        if (m_profiles.isEmpty()) {
            finish(Problem::NoRtspProfile, tr("the camera lists no video profile"));
            return;
        }
        m_profiles = m_profiles.mid(0, MaxProfiles);
        m_step = Step::StreamUri;
        askNextStreamUri();
        return;
    case Step::StreamUri: {
        const Onvif::Profile profile = m_profiles.takeFirst();
        const QUrl uri = answer.body ? Onvif::streamUri(*answer.body, m_device) : QUrl();
        if (uri.isValid())
            m_report.streams.append({profile, uri.adjusted(QUrl::RemoveUserInfo)});
        askNextStreamUri();
        return;
    }
    case Step::Idle:
        return;
    }
}

void OnvifClient::askNextStreamUri()
{
    if (m_profiles.isEmpty()) {
        if (m_report.streams.isEmpty())
            finish(OnvifDeviceReport::Problem::NoRtspProfile, tr("the camera gives no RTSP address for any profile"));
        else
            finish();
        return;
    }
    send(m_media, Onvif::getStreamUri(m_profiles.first().token), true);
}

void OnvifClient::finish(OnvifDeviceReport::Problem problem, const QString &error)
{
    m_step = Step::Idle;
    m_report.problem = problem;
    m_report.error = error;
    if (problem != OnvifDeviceReport::Problem::None)
        m_report.streams.clear();
    Q_EMIT finished(m_report);
}
