#pragma once

#include "onvif/xmltree.h"

#include <QDateTime>
#include <QList>
#include <QSize>
#include <QString>
#include <QUrl>

#include <optional>

// What we say to ONVIF devices and what we read in their answers: WS-Discovery over UDP and the few SOAP 1.2 calls
// that turn a camera into stream addresses (device: date and time, information, services; media: profiles, stream
// URI). Pure functions on bytes, no network: the parsing is fuzzed (tests/fuzz/fuzz_onvifanswers) and every vendor
// quirk we know is handled here, in one place.
namespace Onvif {

// --- WS-Discovery ---------------------------------------------------------------------------------------------------

// A Probe on one line, as compact as devices accept. `typed`: asks for network video transmitters and devices; some
// cameras answer only an undecorated probe (typed = false), so discovery sends both.
QByteArray probe(const QString &messageId, bool typed);

struct DiscoveredDevice
{
    QString endpoint; // the device's stable identity (urn:uuid:…): several answers from one device are one device
    QList<QUrl> serviceUrls; // its device service addresses (XAddrs), http or https only
    QString name; // from its scopes (onvif://www.onvif.org/name/…), decoded
    QString model; // from its scopes (…/hardware/…)
};

// The devices a ProbeMatches `datagram` lists when it answers our probe `messageId`; nothing when it is anything
// else (another client's answer, a Hello, garbage).
std::optional<QList<DiscoveredDevice>> probeMatches(QByteArrayView datagram, const QString &messageId);

// --- SOAP requests --------------------------------------------------------------------------------------------------

// The WS-Security password digest: Base64(SHA-1(nonce + created + password)).
QByteArray passwordDigest(QByteArrayView nonce, const QString &created, const QString &password);

// A SOAP 1.2 envelope around `body`; with a user name, a UsernameToken header signed with `nonce` at `created`
// (the camera's time: ours plus the offset it told us).
QByteArray envelope(const QString &body, const QString &user = {}, const QString &password = {},
                    QByteArrayView nonce = {}, const QDateTime &created = {});

QString getSystemDateAndTime();
QString getDeviceInformation();
QString getCapabilities();
QString getProfiles();
QString getStreamUri(const QString &profileToken);

// --- Answers --------------------------------------------------------------------------------------------------------

struct Fault
{
    QString subcode; // the last subcode's local name: NotAuthorized, ActionNotSupported, …
    QString reason;
    bool notAuthorized() const;
};

struct Answer
{
    std::optional<XmlElement> body; // the SOAP Body's first element when the call succeeded
    std::optional<Fault> fault; // when the device said no
    QString error; // when the answer is neither (not XML, not SOAP, hostile)
};

Answer readAnswer(QByteArrayView xml);

// GetSystemDateAndTimeResponse: the device's clock in UTC.
std::optional<QDateTime> systemDateTime(const XmlElement &body);

struct DeviceInformation
{
    QString manufacturer;
    QString model;
    QString firmware;
    QString serial;
};
DeviceInformation deviceInformation(const XmlElement &body);

// The media service's address from a GetCapabilitiesResponse or a GetServicesResponse; invalid when not listed.
QUrl mediaService(const XmlElement &body, const QUrl &reached);

struct Profile
{
    QString token;
    QString name;
    QString encoding; // as the device says (H264, H265, JPEG, or nothing useful: libav probes the stream anyway)
    QSize size;
};
QList<Profile> profiles(const XmlElement &body);
// Whether `a` has fewer pixels than `b`: the order of main (largest) and sub (smallest) streams.
bool smallerThan(const Profile &a, const Profile &b);
// The largest and the smallest profile by area: the main and the sub stream. Nothing for an empty list.
std::optional<Profile> largest(const QList<Profile> &profiles);
std::optional<Profile> smallest(const QList<Profile> &profiles);

// The stream address of a GetStreamUriResponse, rtsp only. Cameras write 0.0.0.0, a loopback address or a private
// address of another network (behind NAT, or set up elsewhere) into it: such a host is replaced by the one we
// reached the camera at (`reached`). Invalid when the answer holds no usable RTSP address.
QUrl streamUri(const XmlElement &body, const QUrl &reached);

// A device's address as seen from here: `url` with its host replaced by `reached`'s when the device gave one no
// client can use (unspecified, loopback, or a private address outside the /24 we reached the device in).
QUrl reachableFrom(QUrl url, const QUrl &reached);

} // namespace Onvif
