#include "viewlinks.h"

#include "accesspolicy.h"
#include "camera/configstore.h"

#include <QJsonObject>
#include <QMutexLocker>

namespace {

QString isoOrNull(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

ViewLinks::ViewLinks(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{ }

QDateTime ViewLinks::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

std::optional<ViewLink> ViewLinks::create(const QString &camera, std::optional<qint64> lifetimeSeconds)
{
    ViewLink link;
    {
        QMutexLocker lock(&m_mutex);
        const QDateTime time = now();
        // Expired links stay listed (the admin sees what ended), but never at the cost of a new one.
        if (m_links.size() >= MaxLinks)
            m_links.removeIf([&time](const ViewLink &old) { return old.isExpired(time); });
        if (m_links.size() >= MaxLinks)
            return std::nullopt;
        link.id = ConfigStore::generateToken().left(10);
        link.camera = camera;
        link.token = ConfigStore::generateToken();
        link.created = time;
        if (lifetimeSeconds)
            link.expires = time.addSecs(*lifetimeSeconds);
        m_links.append(link);
    }
    Q_EMIT changed();
    return link;
}

bool ViewLinks::revoke(const QString &id)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_links.removeIf([&id](const ViewLink &link) { return link.id == id; }) == 0)
            return false;
    }
    Q_EMIT changed();
    return true;
}

void ViewLinks::revokeCamera(const QString &camera)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_links.removeIf([&camera](const ViewLink &link) { return link.camera == camera; }) == 0)
            return;
    }
    Q_EMIT changed();
}

QList<ViewLink> ViewLinks::list(const QString &camera) const
{
    QMutexLocker lock(&m_mutex);
    QList<ViewLink> links;
    for (const ViewLink &link : m_links) {
        if (camera.isEmpty() || link.camera == camera)
            links.append(link);
    }
    return links;
}

std::optional<ViewLink> ViewLinks::use(QByteArrayView token)
{
    if (token.isEmpty())
        return std::nullopt;
    QMutexLocker lock(&m_mutex);
    const QDateTime time = now();
    for (ViewLink &link : m_links) {
        // Every link is compared in full, so the time taken says nothing about which one (if any) matched.
        if (AccessPolicy::constantTimeEquals(link.token.toLatin1(), token) && !link.isExpired(time)) {
            link.lastUsed = time;
            return link;
        }
    }
    return std::nullopt;
}

QJsonArray ViewLinks::toJson() const
{
    QMutexLocker lock(&m_mutex);
    QJsonArray array;
    for (const ViewLink &link : m_links) {
        array.append(QJsonObject {
            {QStringLiteral("id"), link.id},
            {QStringLiteral("camera"), link.camera},
            {QStringLiteral("token"), link.token},
            {QStringLiteral("created"), isoOrNull(link.created)},
            {QStringLiteral("expires"), link.expires.isValid() ? QJsonValue(isoOrNull(link.expires)) : QJsonValue()},
            {QStringLiteral("lastUsed"), link.lastUsed.isValid() ? QJsonValue(isoOrNull(link.lastUsed)) : QJsonValue()},
        });
    }
    return array;
}

void ViewLinks::loadJson(const QJsonArray &links)
{
    QMutexLocker lock(&m_mutex);
    m_links.clear();
    for (const QJsonValue &value : links) {
        const QJsonObject object = value.toObject();
        ViewLink link;
        link.id = object.value(QStringLiteral("id")).toString();
        link.camera = object.value(QStringLiteral("camera")).toString();
        link.token = object.value(QStringLiteral("token")).toString();
        link.created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
        link.expires = QDateTime::fromString(object.value(QStringLiteral("expires")).toString(), Qt::ISODateWithMs);
        link.lastUsed = QDateTime::fromString(object.value(QStringLiteral("lastUsed")).toString(), Qt::ISODateWithMs);
        // A link whose token is too short to be ours (a hand-edited file) would be guessable: left out.
        if (link.id.isEmpty() || link.camera.isEmpty() || link.token.size() < AccessPolicy::MinTokenLength
            || m_links.size() >= MaxLinks)
            continue;
        m_links.append(link);
    }
}
