#include "camerakind.h"

#include "filekind.h"
#include "httpkind.h"
#include "onvifkind.h"
#include "pushkind.h"
#include "rtspkind.h"
#include "testpatternkind.h"
#include "webcamkind.h"
#include "websocketkind.h"

#include <QCoreApplication>
#include <QUrlQuery>

#include <algorithm>

QList<KindChoice> CameraKind::choices(const QString &, const FieldValues &) const
{
    return {};
}

bool CameraKind::handles(const QUrl &url) const
{
    return schemes().contains(url.scheme().toLower());
}

QString CameraKind::problem(const QUrl &url) const
{
    if (!url.isValid() || url.scheme().isEmpty())
        return QCoreApplication::translate("CameraKind", "not a valid camera address");
    if (!handles(url))
        return QCoreApplication::translate("CameraKind", "not an address for this kind of camera (%1)").arg(title());
    return kindProblem(url);
}

namespace CameraKinds {

QList<const CameraKind *> all()
{
    // One line a kind; the order is the dialog's.
    static const RtspKind Rtsp;
    static const OnvifKind Onvif;
    static const HttpKind Http;
    static const WebSocketKind WebSocket;
    static const WebcamKind Webcam;
    static const FileKind File;
    static const PushKind Push;
    static const TestPatternKind TestPattern;
    return {&Rtsp, &Onvif, &Http, &WebSocket, &Webcam, &File, &Push, &TestPattern};
}

const CameraKind *forUrl(const QUrl &url)
{
    for (const CameraKind *kind : all()) {
        if (kind->handles(url))
            return kind;
    }
    return nullptr;
}

const CameraKind *byId(const QString &id)
{
    for (const CameraKind *kind : all()) {
        if (kind->id() == id)
            return kind;
    }
    return nullptr;
}

} // namespace CameraKinds

namespace KindUrl {

void setOption(QUrl &url, const QString &key, const QString &value, const QString &implicitValue)
{
    // On the encoded text, so every other option stays exactly as it was written.
    QStringList items = url.query(QUrl::FullyEncoded).split(u'&', Qt::SkipEmptyParts);
    const auto isKey
        = [&key](const QString &item) { return QUrl::fromPercentEncoding(item.section(u'=', 0, 0).toUtf8()) == key; };
    const bool present = std::any_of(items.cbegin(), items.cend(), isKey);
    if (!present && (value.isEmpty() || value == implicitValue))
        return;
    const QString item = key + u'=' + QString::fromUtf8(QUrl::toPercentEncoding(value));
    bool placed = value.isEmpty();
    for (auto it = items.begin(); it != items.end();) {
        if (!isKey(*it)) {
            ++it;
        } else if (!placed) {
            *it = item;
            placed = true;
            ++it;
        } else {
            it = items.erase(it);
        }
    }
    if (!placed)
        items.append(item);
    url.setQuery(items.isEmpty() ? QString() : items.join(u'&'), QUrl::StrictMode);
}

QString option(const QUrl &url, const QString &key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

QList<KindField> credentialFields()
{
    return {
        {.key = QStringLiteral("user"),
         .label = QCoreApplication::translate("CameraKind", "&User:"),
         .accessibleName = QCoreApplication::translate("CameraKind", "User name"),
         .placeholder = QCoreApplication::translate("CameraKind", "optional")},
        {.key = QStringLiteral("password"),
         .type = KindField::Type::Secret,
         .label = QCoreApplication::translate("CameraKind", "Pass&word:"),
         .accessibleName = QCoreApplication::translate("CameraKind", "Password")},
    };
}

void setCredentials(QUrl &url, const FieldValues &values)
{
    const QString user = values.value(QStringLiteral("user"));
    const QString password = values.value(QStringLiteral("password"));
    if (url.userName() == user && url.password() == password)
        return; // as written: `%3A` stays `%3A`
    url.setUserInfo(QString()); // none, not an empty one (`rtsp://:@host`)
    if (!user.isEmpty())
        url.setUserName(user);
    if (!password.isEmpty())
        url.setPassword(password);
}

FieldValues credentialsMovedOut(FieldValues values, const QString &addressKey)
{
    QUrl address(values.value(addressKey).trimmed(), QUrl::StrictMode);
    if (!address.isValid() || address.userInfo().isEmpty())
        return values;
    values.insert(QStringLiteral("user"), address.userName());
    values.insert(QStringLiteral("password"), address.password());
    address.setUserInfo({});
    values.insert(addressKey, address.toString());
    return values;
}

std::optional<CameraKind::Tidied> pastedAddress(const CameraKind &kind, const FieldValues &values,
                                                const QString &addressKey)
{
    const QString address = values.value(addressKey).trimmed();
    const QUrl pasted(address, QUrl::StrictMode);
    if (!address.contains(QStringLiteral("://")) || !kind.handles(pasted))
        return std::nullopt;
    FieldValues read = kind.fieldsOf(pasted);
    read.insert(QStringLiteral("user"), values.value(QStringLiteral("user")));
    read.insert(QStringLiteral("password"), values.value(QStringLiteral("password")));
    return CameraKind::Tidied {read, pasted};
}

} // namespace KindUrl
