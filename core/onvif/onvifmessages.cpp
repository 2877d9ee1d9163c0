#include "onvifmessages.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QTimeZone>

#include <algorithm>

namespace Onvif {

namespace {

const auto SoapNamespace = QLatin1String("http://www.w3.org/2003/05/soap-envelope");
const auto DeviceNamespace = QLatin1String("http://www.onvif.org/ver10/device/wsdl");
const auto MediaNamespace = QLatin1String("http://www.onvif.org/ver10/media/wsdl");
const auto SchemaNamespace = QLatin1String("http://www.onvif.org/ver10/schema");

// The part of a prefixed name after its colon ("ter:NotAuthorized" → "NotAuthorized").
QString localPart(const QString &qualified)
{
    return qualified.mid(qualified.lastIndexOf(u':') + 1);
}

// The URLs of a space-separated list (XAddrs), http and https only: a device's answer never sends us anywhere else.
QList<QUrl> httpUrls(const QString &list)
{
    QList<QUrl> urls;
    for (const QString &item : list.split(u' ', Qt::SkipEmptyParts)) {
        const QUrl url(item, QUrl::StrictMode);
        if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty())
            urls.append(url);
    }
    return urls;
}

// The value of scope `onvif://www.onvif.org/<kind>/<value>` in a space-separated scope list, decoded.
QString scopeValue(const QString &scopes, QStringView kind)
{
    const QString prefix = QStringLiteral("onvif://www.onvif.org/") + kind.toString() + u'/';
    for (const QString &scope : scopes.split(u' ', Qt::SkipEmptyParts)) {
        if (scope.startsWith(prefix, Qt::CaseInsensitive))
            return QUrl::fromPercentEncoding(scope.mid(prefix.size()).toUtf8()).trimmed();
    }
    return {};
}

bool isPrivate(const QHostAddress &address)
{
    static const QList<QPair<QHostAddress, int>> Ranges = {
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("169.254.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("fc00::/7")),
        QHostAddress::parseSubnet(QStringLiteral("fe80::/10")),
    };
    return std::any_of(Ranges.begin(), Ranges.end(),
                       [&](const auto &range) { return address.isInSubnet(range.first, range.second); });
}

} // namespace

QByteArray probe(const QString &messageId, bool typed)
{
    const QString types = typed ? QStringLiteral("<d:Types xmlns:dn=\"http://www.onvif.org/ver10/network/wsdl\" "
                                                 "xmlns:tds=\"%1\">dn:NetworkVideoTransmitter tds:Device</d:Types>")
                                      .arg(DeviceNamespace)
                                : QString();
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
               "<s:Envelope xmlns:s=\"%1\" xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" "
               "xmlns:d=\"http://schemas.xmlsoap.org/ws/2005/04/discovery\"><s:Header>"
               "<a:Action s:mustUnderstand=\"1\">http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe</a:Action>"
               "<a:MessageID>%2</a:MessageID>"
               "<a:ReplyTo><a:Address>http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</a:Address>"
               "</a:ReplyTo><a:To s:mustUnderstand=\"1\">urn:schemas-xmlsoap-org:ws:2005:04:discovery</a:To>"
               "</s:Header><s:Body><d:Probe>%3</d:Probe></s:Body></s:Envelope>")
        .arg(SoapNamespace, messageId.toHtmlEscaped(), types)
        .toUtf8();
}

std::optional<QList<DiscoveredDevice>> probeMatches(QByteArrayView datagram, const QString &messageId)
{
    const std::optional<XmlElement> root = XmlTree::parse(datagram, nullptr, {64 * 1024, 16, 2000});
    if (!root || root->name != u"Envelope")
        return std::nullopt;
    const XmlElement *header = root->child(u"Header");
    const XmlElement *matches = root->child(u"Body") ? root->child(u"Body")->child(u"ProbeMatches") : nullptr;
    if (!header || !matches || header->textAt({u"RelatesTo"}) != messageId)
        return std::nullopt;
    QList<DiscoveredDevice> devices;
    for (const XmlElement *match : matches->findAll(u"ProbeMatch")) {
        DiscoveredDevice device;
        device.endpoint = match->textAt({u"EndpointReference", u"Address"});
        device.serviceUrls = httpUrls(match->textAt({u"XAddrs"}));
        const QString scopes = match->textAt({u"Scopes"});
        device.name = scopeValue(scopes, u"name");
        device.model = scopeValue(scopes, u"hardware");
        if (device.endpoint.isEmpty() && !device.serviceUrls.isEmpty())
            device.endpoint = device.serviceUrls.first().toString();
        if (!device.endpoint.isEmpty())
            devices.append(device);
    }
    return devices;
}

QByteArray passwordDigest(QByteArrayView nonce, const QString &created, const QString &password)
{
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(nonce);
    sha1.addData(created.toUtf8());
    sha1.addData(password.toUtf8());
    return sha1.result().toBase64();
}

QByteArray envelope(const QString &body, const QString &user, const QString &password, QByteArrayView nonce,
                    const QDateTime &created)
{
    QString header;
    if (!user.isEmpty()) {
        const QString when = created.toUTC().toString(Qt::ISODate);
        header = QStringLiteral(
                     "<s:Header><Security s:mustUnderstand=\"1\" xmlns=\"http://docs.oasis-open.org/wss/2004/01/"
                     "oasis-200401-wss-wssecurity-secext-1.0.xsd\"><UsernameToken><Username>%1</Username>"
                     "<Password Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-"
                     "profile-1.0#PasswordDigest\">%2</Password><Nonce EncodingType=\"http://docs.oasis-open.org/wss/"
                     "2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary\">%3</Nonce>"
                     "<Created xmlns=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-"
                     "1.0.xsd\">%4</Created></UsernameToken></Security></s:Header>")
                     .arg(user.toHtmlEscaped(), QString::fromLatin1(passwordDigest(nonce, when, password)),
                          QString::fromLatin1(nonce.toByteArray().toBase64()), when);
    }
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><s:Envelope xmlns:s=\"%1\">%2<s:Body>%3</s:Body>"
                          "</s:Envelope>")
        .arg(SoapNamespace, header, body)
        .toUtf8();
}

QString getSystemDateAndTime()
{
    return QStringLiteral("<GetSystemDateAndTime xmlns=\"%1\"/>").arg(DeviceNamespace);
}

QString getDeviceInformation()
{
    return QStringLiteral("<GetDeviceInformation xmlns=\"%1\"/>").arg(DeviceNamespace);
}

QString getCapabilities()
{
    return QStringLiteral("<GetCapabilities xmlns=\"%1\"><Category>All</Category></GetCapabilities>")
        .arg(DeviceNamespace);
}

QString getProfiles()
{
    return QStringLiteral("<GetProfiles xmlns=\"%1\"/>").arg(MediaNamespace);
}

QString getStreamUri(const QString &profileToken)
{
    return QStringLiteral("<GetStreamUri xmlns=\"%1\"><StreamSetup><Stream xmlns=\"%2\">RTP-Unicast</Stream>"
                          "<Transport xmlns=\"%2\"><Protocol>RTSP</Protocol></Transport></StreamSetup>"
                          "<ProfileToken>%3</ProfileToken></GetStreamUri>")
        .arg(MediaNamespace, SchemaNamespace, profileToken.toHtmlEscaped());
}

bool Fault::notAuthorized() const
{
    return subcode == u"NotAuthorized" || subcode == u"FailedAuthentication" || subcode == u"InvalidSecurity";
}

Answer readAnswer(QByteArrayView xml)
{
    Answer answer;
    std::optional<XmlElement> root = XmlTree::parse(xml, &answer.error);
    if (!root)
        return answer;
    const XmlElement *body = root->name == u"Envelope" ? root->child(u"Body") : nullptr;
    if (!body) {
        answer.error = QCoreApplication::translate("Onvif", "the answer is not SOAP");
        return answer;
    }
    if (const XmlElement *fault = body->child(u"Fault")) {
        Fault said;
        // Code/Value, then Subcode/Value nested as deep as the device likes: the innermost is the most precise.
        for (const XmlElement *code = fault->child(u"Code"); code; code = code->child(u"Subcode")) {
            if (const XmlElement *value = code->child(u"Value"))
                said.subcode = localPart(value->text);
        }
        said.reason = fault->textAt({u"Reason", u"Text"});
        answer.fault = said;
        return answer;
    }
    if (body->children.empty()) {
        answer.error = QCoreApplication::translate("Onvif", "the answer is empty");
        return answer;
    }
    answer.body = body->children.front();
    return answer;
}

std::optional<QDateTime> systemDateTime(const XmlElement &body)
{
    const XmlElement *utc = body.find(u"UTCDateTime");
    if (!utc)
        return std::nullopt;
    const auto number = [utc](QStringView part, QStringView field) { return utc->textAt({part, field}).toInt(); };
    const QDate date(number(u"Date", u"Year"), number(u"Date", u"Month"), number(u"Date", u"Day"));
    const QTime time(number(u"Time", u"Hour"), number(u"Time", u"Minute"), number(u"Time", u"Second"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

DeviceInformation deviceInformation(const XmlElement &body)
{
    return {body.textAt({u"Manufacturer"}), body.textAt({u"Model"}), body.textAt({u"FirmwareVersion"}),
            body.textAt({u"SerialNumber"})};
}

QUrl mediaService(const XmlElement &body, const QUrl &reached)
{
    QString address;
    if (const XmlElement *media = body.find(u"Media"))
        address = media->textAt({u"XAddr"});
    for (const XmlElement *service : body.findAll(u"Service")) {
        if (address.isEmpty() && service->textAt({u"Namespace"}) == MediaNamespace)
            address = service->textAt({u"XAddr"});
    }
    const QList<QUrl> urls = httpUrls(address);
    return urls.isEmpty() ? QUrl() : reachableFrom(urls.first(), reached);
}

QList<Profile> profiles(const XmlElement &body)
{
    QList<Profile> found;
    for (const XmlElement *element : body.findAll(u"Profiles")) {
        Profile profile;
        profile.token = element->attribute(u"token");
        profile.name = element->textAt({u"Name"});
        if (const XmlElement *encoder = element->child(u"VideoEncoderConfiguration")) {
            profile.encoding = encoder->textAt({u"Encoding"});
            profile.size = QSize(encoder->textAt({u"Resolution", u"Width"}).toInt(),
                                 encoder->textAt({u"Resolution", u"Height"}).toInt());
        }
        if (!profile.token.isEmpty())
            found.append(profile);
    }
    return found;
}

bool smallerThan(const Profile &a, const Profile &b)
{
    return qint64(a.size.width()) * a.size.height() < qint64(b.size.width()) * b.size.height();
}

std::optional<Profile> largest(const QList<Profile> &profiles)
{
    const auto at = std::max_element(profiles.begin(), profiles.end(), smallerThan);
    return at == profiles.end() ? std::nullopt : std::optional(*at);
}

std::optional<Profile> smallest(const QList<Profile> &profiles)
{
    const auto at = std::min_element(profiles.begin(), profiles.end(), smallerThan);
    return at == profiles.end() ? std::nullopt : std::optional(*at);
}

QUrl streamUri(const XmlElement &body, const QUrl &reached)
{
    const XmlElement *media = body.find(u"MediaUri");
    const QUrl url((media ? media->textAt({u"Uri"}) : body.textAt({u"Uri"})).trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"rtsp" && url.scheme() != u"rtsps"))
        return {};
    return reachableFrom(url, reached);
}

QUrl reachableFrom(QUrl url, const QUrl &reached)
{
    if (reached.host().isEmpty() || url.host() == reached.host())
        return url;
    const QHostAddress given(url.host());
    const QHostAddress at(reached.host());
    // A private address on the network we reached the device through (an NVR naming its cameras) is kept; one of
    // another network (the camera set up elsewhere, or behind NAT) is not reachable from here.
    const bool sameNetwork = !at.isNull() && given.protocol() == QAbstractSocket::IPv4Protocol
        && at.protocol() == QAbstractSocket::IPv4Protocol && given.isInSubnet(at, 24);
    const bool unusable = url.host().isEmpty() || given == QHostAddress(QHostAddress::AnyIPv4)
        || given == QHostAddress(QHostAddress::AnyIPv6) || given.isLoopback() || (isPrivate(given) && !sameNetwork);
    if (unusable)
        url.setHost(reached.host());
    return url;
}

} // namespace Onvif
