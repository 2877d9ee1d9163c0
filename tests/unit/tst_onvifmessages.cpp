// What we read in ONVIF devices' answers, and what we send them. The answers below are written in the styles real
// devices use (prefixes s:/SOAP-ENV:/env:, nested fault subcodes, whitespace and &amp; in URIs, 0.0.0.0 hosts); the
// whole exchange with a device is tested against the simulator in tests/integration.

#include "onvif/onvifmessages.h"
#include "sources/onvifsource.h"

#include <QTest>
#include <QTimeZone>

using namespace Onvif;

namespace {

// An answer in `prefix`'s namespace style around `body`.
QByteArray soap(const QString &body, const QString &prefix = QStringLiteral("SOAP-ENV"))
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<%1:Envelope "
                          "xmlns:%1=\"http://www.w3.org/2003/05/soap-envelope\" "
                          "xmlns:tt=\"http://www.onvif.org/ver10/schema\" "
                          "xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\" "
                          "xmlns:trt=\"http://www.onvif.org/ver10/media/wsdl\" "
                          "xmlns:ter=\"http://www.onvif.org/ver10/error\">\n  <%1:Header/>\n  <%1:Body>%2</%1:Body>\n"
                          "</%1:Envelope>\n")
        .arg(prefix, body)
        .toUtf8();
}

XmlElement bodyOf(const QByteArray &xml)
{
    Answer answer = readAnswer(xml);
    if (!answer.body)
        qWarning("no body: %s", qPrintable(answer.error));
    return answer.body.value_or(XmlElement {});
}

const QUrl Reached(QStringLiteral("http://203.0.113.7:8080/onvif/device_service"));

} // namespace

class tst_OnvifMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probeIsOneLineAndAsksForCamerasWhenTyped()
    {
        const QByteArray typed = probe(QStringLiteral("urn:uuid:1234"), true);
        QVERIFY(!typed.contains('\n'));
        QVERIFY(typed.contains("<a:MessageID>urn:uuid:1234</a:MessageID>"));
        QVERIFY(typed.contains("dn:NetworkVideoTransmitter tds:Device"));
        QVERIFY(XmlTree::parse(typed).has_value());
        const QByteArray plain = probe(QStringLiteral("urn:uuid:1234"), false);
        QVERIFY(!plain.contains("Types"));
        QVERIFY(XmlTree::parse(plain).has_value());
    }

    void probeMatchesListTheDevicesThatAnsweredUs()
    {
        const QByteArray answer
            = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\" "
              "xmlns:wsa=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" "
              "xmlns:d=\"http://schemas.xmlsoap.org/ws/2005/04/discovery\">\n"
              " <env:Header><wsa:MessageID>urn:uuid:answer</wsa:MessageID><wsa:RelatesTo>urn:uuid:ours</"
              "wsa:RelatesTo></env:Header>\n"
              " <env:Body><d:ProbeMatches>\n"
              "  <d:ProbeMatch>\n"
              "   <wsa:EndpointReference><wsa:Address>urn:uuid:cam-1</wsa:Address></wsa:EndpointReference>\n"
              "   <d:Types>dn:NetworkVideoTransmitter tds:Device</d:Types>\n"
              "   <d:Scopes>onvif://www.onvif.org/type/video_encoder onvif://www.onvif.org/name/Bike%20shed "
              "onvif://www.onvif.org/hardware/DS-2CD2043 onvif://www.onvif.org/location/</d:Scopes>\n"
              "   <d:XAddrs>http://192.168.1.64/onvif/device_service http://[fe80::1]/onvif/device_service ftp://x/ "
              "javascript:alert(1)</d:XAddrs>\n"
              "   <d:MetadataVersion>1</d:MetadataVersion>\n"
              "  </d:ProbeMatch>\n"
              " </d:ProbeMatches></env:Body></env:Envelope>";
        const auto devices = probeMatches(answer, QStringLiteral("urn:uuid:ours"));
        QVERIFY(devices.has_value());
        QCOMPARE(devices->size(), 1);
        const DiscoveredDevice &device = devices->first();
        QCOMPARE(device.endpoint, QStringLiteral("urn:uuid:cam-1"));
        QCOMPARE(device.name, QStringLiteral("Bike shed"));
        QCOMPARE(device.model, QStringLiteral("DS-2CD2043"));
        // Only web addresses: a device's answer never sends us to another scheme.
        QCOMPARE(device.serviceUrls.size(), 2);
        QCOMPARE(device.serviceUrls.first(), QUrl(QStringLiteral("http://192.168.1.64/onvif/device_service")));

        // Another client's answer, a Hello, and garbage are not ours.
        QVERIFY(!probeMatches(answer, QStringLiteral("urn:uuid:someone-else")).has_value());
        QVERIFY(!probeMatches("<Hello/>", QStringLiteral("urn:uuid:ours")).has_value());
        QVERIFY(!probeMatches("\x01\x02garbage", QStringLiteral("urn:uuid:ours")).has_value());
    }

    void passwordDigestIsTheWsSecurityOne()
    {
        // Computed independently: printf 'nonce-bytes2026-12-04T10:00:00Zsecret' | openssl sha1 -binary | base64
        QCOMPARE(passwordDigest("nonce-bytes", QStringLiteral("2026-12-04T10:00:00Z"), QStringLiteral("secret")),
                 QByteArray("Cf13HskQUqKcju3u/m4cUa4OG4M="));
    }

    void requestsCarryTheTokenAtTheCamerasTime()
    {
        const QDateTime cameraTime(QDate(2026, 12, 4), QTime(12, 0, 5), QTimeZone::utc());
        const QByteArray request
            = envelope(getProfiles(), QStringLiteral("ad<min"), QStringLiteral("pw"), "0123456789abcdef", cameraTime);
        const std::optional<XmlElement> root = XmlTree::parse(request);
        QVERIFY(root.has_value());
        const XmlElement *token = root->find(u"UsernameToken");
        QVERIFY(token);
        QCOMPARE(token->textAt({u"Username"}), QStringLiteral("ad<min"));
        QCOMPARE(token->textAt({u"Created"}), QStringLiteral("2026-12-04T12:00:05Z"));
        QCOMPARE(QByteArray::fromBase64(token->textAt({u"Nonce"}).toLatin1()), QByteArray("0123456789abcdef"));
        QCOMPARE(token->textAt({u"Password"}).toLatin1(),
                 passwordDigest("0123456789abcdef", QStringLiteral("2026-12-04T12:00:05Z"), QStringLiteral("pw")));
        QVERIFY(!request.contains("pw<"));
        QVERIFY(root->find(u"GetProfiles"));
        // No user: no header.
        QVERIFY(!envelope(getSystemDateAndTime()).contains("Security"));
        QVERIFY(envelope(getStreamUri(QStringLiteral("a&b"))).contains("<ProfileToken>a&amp;b</ProfileToken>"));
    }

    void faultsSayWhatWentWrong()
    {
        const Answer refused = readAnswer(soap(QStringLiteral(
            "<SOAP-ENV:Fault><SOAP-ENV:Code><SOAP-ENV:Value>SOAP-ENV:Sender</SOAP-ENV:Value><SOAP-ENV:Subcode>"
            "<SOAP-ENV:Value>ter:NotAuthorized</SOAP-ENV:Value></SOAP-ENV:Subcode></SOAP-ENV:Code><SOAP-ENV:Reason>"
            "<SOAP-ENV:Text xml:lang=\"en\">Sender not "
            "Authorized</SOAP-ENV:Text></SOAP-ENV:Reason></SOAP-ENV:Fault>")));
        QVERIFY(!refused.body);
        QVERIFY(refused.fault);
        QVERIFY(refused.fault->notAuthorized());
        QCOMPARE(refused.fault->reason, QStringLiteral("Sender not Authorized"));

        const Answer unsupported = readAnswer(soap(
            QStringLiteral("<s:Fault><s:Code><s:Value>s:Receiver</s:Value><s:Subcode><s:Value>ter:ActionNotSupported"
                           "</s:Value><s:Subcode><s:Value>ter:NoSuchService</s:Value></s:Subcode></s:Subcode></s:Code>"
                           "</s:Fault>"),
            QStringLiteral("s")));
        QCOMPARE(unsupported.fault->subcode, QStringLiteral("NoSuchService"));
        QVERIFY(!unsupported.fault->notAuthorized());

        QVERIFY(!readAnswer("<html><body>401</body></html>").error.isEmpty());
        QVERIFY(!readAnswer("not xml at all").error.isEmpty());
    }

    void theCamerasClockIsReadInUtc()
    {
        const XmlElement body = bodyOf(soap(QStringLiteral(
            "<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime><tt:DateTimeType>NTP</tt:DateTimeType>"
            "<tt:DaylightSavings>false</tt:DaylightSavings><tt:TimeZone><tt:TZ>CST-8</tt:TZ></tt:TimeZone>"
            "<tt:UTCDateTime><tt:Time><tt:Hour>9</tt:Hour><tt:Minute>5</tt:Minute><tt:Second>7</tt:Second></tt:Time>"
            "<tt:Date><tt:Year>2026</tt:Year><tt:Month>12</tt:Month><tt:Day>4</tt:Day></tt:Date></tt:UTCDateTime>"
            "<tt:LocalDateTime><tt:Time><tt:Hour>17</tt:Hour><tt:Minute>5</tt:Minute><tt:Second>7</tt:Second>"
            "</tt:Time><tt:Date><tt:Year>2026</tt:Year><tt:Month>12</tt:Month><tt:Day>4</tt:Day></tt:Date>"
            "</tt:LocalDateTime></tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse>")));
        QCOMPARE(systemDateTime(body), QDateTime(QDate(2026, 12, 4), QTime(9, 5, 7), QTimeZone::utc()));
        // A clock that makes no sense is no clock.
        const XmlElement broken = bodyOf(soap(QStringLiteral(
            "<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime><tt:UTCDateTime><tt:Time><tt:Hour>99</tt:Hour>"
            "</tt:Time><tt:Date><tt:Year>2026</tt:Year></tt:Date></tt:UTCDateTime></tds:SystemDateAndTime>"
            "</tds:GetSystemDateAndTimeResponse>")));
        QVERIFY(!systemDateTime(broken).has_value());
    }

    void deviceInformationAndTheMediaService()
    {
        const XmlElement info = bodyOf(soap(QStringLiteral(
            "<tds:GetDeviceInformationResponse><tds:Manufacturer>ACME</tds:Manufacturer><tds:Model>Shed Cam 2"
            "</tds:Model><tds:FirmwareVersion>V5.7.3</tds:FirmwareVersion><tds:SerialNumber>SN1</tds:SerialNumber>"
            "<tds:HardwareId>88</tds:HardwareId></tds:GetDeviceInformationResponse>")));
        const DeviceInformation device = deviceInformation(info);
        QCOMPARE(device.manufacturer, QStringLiteral("ACME"));
        QCOMPARE(device.model, QStringLiteral("Shed Cam 2"));
        QCOMPARE(device.firmware, QStringLiteral("V5.7.3"));

        const XmlElement capabilities = bodyOf(soap(QStringLiteral(
            "<tds:GetCapabilitiesResponse><tds:Capabilities><tt:Device><tt:XAddr>http://0.0.0.0/onvif/device_service"
            "</tt:XAddr></tt:Device><tt:Media><tt:XAddr>http://192.168.0.20/onvif/Media</tt:XAddr></tt:Media>"
            "</tds:Capabilities></tds:GetCapabilitiesResponse>")));
        // Reached at 203.0.113.7:8080 (through NAT): the private address is replaced by the one that works.
        QCOMPARE(mediaService(capabilities, Reached), QUrl(QStringLiteral("http://203.0.113.7/onvif/Media")));

        const XmlElement services = bodyOf(soap(QStringLiteral(
            "<tds:GetServicesResponse><tds:Service><tds:Namespace>http://www.onvif.org/ver10/device/wsdl"
            "</tds:Namespace><tds:XAddr>http://cam.local/onvif/device_service</tds:XAddr></tds:Service><tds:Service>"
            "<tds:Namespace>http://www.onvif.org/ver10/media/wsdl</tds:Namespace><tds:XAddr>"
            "http://cam.local/onvif/media_service</tds:XAddr></tds:Service></tds:GetServicesResponse>")));
        QCOMPARE(mediaService(services, QUrl(QStringLiteral("http://cam.local/onvif/device_service"))),
                 QUrl(QStringLiteral("http://cam.local/onvif/media_service")));
        QVERIFY(!mediaService(info, Reached).isValid());
    }

    void profilesGiveTheMainAndTheSubStream()
    {
        const XmlElement body = bodyOf(soap(QStringLiteral(
            "<trt:GetProfilesResponse>"
            "<trt:Profiles token=\"Profile_1\" fixed=\"true\"><tt:Name>mainStream</tt:Name>"
            "<tt:VideoEncoderConfiguration token=\"V1\"><tt:Name>V1</tt:Name><tt:Encoding>H264</tt:Encoding>"
            "<tt:Resolution><tt:Width>2560</tt:Width><tt:Height>1440</tt:Height></tt:Resolution>"
            "</tt:VideoEncoderConfiguration></trt:Profiles>"
            "<trt:Profiles token=\"Profile_3\"><tt:Name>third</tt:Name><tt:VideoEncoderConfiguration>"
            "<tt:Encoding>JPEG</tt:Encoding><tt:Resolution><tt:Width>1280</tt:Width><tt:Height>720</tt:Height>"
            "</tt:Resolution></tt:VideoEncoderConfiguration></trt:Profiles>"
            "<trt:Profiles token=\"Profile_2\"><tt:Name>subStream</tt:Name><tt:VideoEncoderConfiguration>"
            "<tt:Encoding>H264</tt:Encoding><tt:Resolution><tt:Width>640</tt:Width><tt:Height>360</tt:Height>"
            "</tt:Resolution></tt:VideoEncoderConfiguration></trt:Profiles>"
            "<trt:Profiles><tt:Name>no token: unusable</tt:Name></trt:Profiles>"
            "</trt:GetProfilesResponse>")));
        const QList<Profile> found = profiles(body);
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.first().name, QStringLiteral("mainStream"));
        QCOMPARE(found.first().encoding, QStringLiteral("H264"));
        QCOMPARE(largest(found)->token, QStringLiteral("Profile_1"));
        QCOMPARE(largest(found)->size, QSize(2560, 1440));
        QCOMPARE(smallest(found)->token, QStringLiteral("Profile_2"));
        QVERIFY(!largest({}).has_value());
    }

    void streamUrisAreCleanedOfVendorQuirks_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("rtsp://192.168.1.64:554/Streaming/Channels/101")
                               << QStringLiteral("rtsp://192.168.1.64:554/Streaming/Channels/101");
        QTest::newRow("whitespace, &amp;") << QStringLiteral("\n   rtsp://192.168.1.64/cam/realmonitor?channel=1&amp;"
                                                             "subtype=0\n  ")
                                           << QStringLiteral("rtsp://192.168.1.64/cam/realmonitor?channel=1&subtype=0");
        QTest::newRow("0.0.0.0") << QStringLiteral("rtsp://0.0.0.0:554/h264Preview_01_main")
                                 << QStringLiteral("rtsp://192.168.1.64:554/h264Preview_01_main");
        QTest::newRow("another network") << QStringLiteral("rtsp://10.1.2.3/live")
                                         << QStringLiteral("rtsp://192.168.1.64/live");
        QTest::newRow("an NVR's camera on our network")
            << QStringLiteral("rtsp://192.168.1.20/live") << QStringLiteral("rtsp://192.168.1.20/live");
        QTest::newRow("not RTSP") << QStringLiteral("http://192.168.1.64/snapshot.jpg") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void streamUrisAreCleanedOfVendorQuirks()
    {
        QFETCH(QString, uri);
        QFETCH(QString, expected);
        const XmlElement body = bodyOf(
            soap(QStringLiteral("<trt:GetStreamUriResponse><trt:MediaUri><tt:Uri>%1</tt:Uri><tt:InvalidAfterConnect>"
                                "false</tt:InvalidAfterConnect></trt:MediaUri></trt:GetStreamUriResponse>")
                     .arg(uri)));
        QCOMPARE(streamUri(body, QUrl(QStringLiteral("http://192.168.1.64/onvif/device_service"))).toString(),
                 expected);
    }

    void anOnvifCamerasPasswordGoesOnlyToItsOwnHost()
    {
        OnvifDeviceReport report;
        report.streams = {
            {{QStringLiteral("Profile_1"), QStringLiteral("main"), QStringLiteral("H264"), QSize(1920, 1080)},
             QUrl(QStringLiteral("rtsp://192.168.1.64:554/main"))},
            {{QStringLiteral("Profile_2"), QStringLiteral("sub"), QStringLiteral("H264"), QSize(640, 360)},
             QUrl(QStringLiteral("rtsp://192.168.1.20:554/sub"))}, // an NVR's other camera, on the same network
        };
        const QUrl camera(QStringLiteral("onvif://admin:p%40ss@192.168.1.64:8080"));
        QCOMPARE(OnvifSource::deviceService(camera),
                 QUrl(QStringLiteral("http://192.168.1.64:8080/onvif/device_service")));
        QCOMPARE(OnvifSource::deviceService(QUrl(QStringLiteral("onvif://cam.local"))),
                 QUrl(QStringLiteral("http://cam.local/onvif/device_service")));
        QString error;
        const QUrl main = OnvifSource::streamAddress(report, camera, &error);
        QCOMPARE(main.host(), QStringLiteral("192.168.1.64"));
        QCOMPARE(main.userName(), QStringLiteral("admin"));
        QCOMPARE(main.password(), QStringLiteral("p@ss"));
        QUrl askedSub = camera;
        askedSub.setQuery(QStringLiteral("profile=Profile_2"));
        const QUrl sub = OnvifSource::streamAddress(report, askedSub, &error);
        QCOMPARE(sub.host(), QStringLiteral("192.168.1.20"));
        QVERIFY(sub.userInfo().isEmpty());
        askedSub.setQuery(QStringLiteral("profile=Nope"));
        QVERIFY(!OnvifSource::streamAddress(report, askedSub, &error).isValid());
        QVERIFY2(error.contains(u"no profile \"Nope\""), qPrintable(error));
    }

    void hostileAnswersAreRefusedInWords()
    {
        const QByteArray laughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                                  "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                                  "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><x>&c;</x>"
                                  "</s:Body></s:Envelope>";
        QString why;
        QVERIFY(!XmlTree::parse(laughs, &why).has_value());
        QVERIFY2(why.contains(u"document type"), qPrintable(why));
        QVERIFY(!readAnswer(laughs).error.isEmpty());

        QVERIFY(!XmlTree::parse("<a>&undeclared;</a>", &why).has_value());

        const QByteArray deep = QByteArray("<a>").repeated(100) + QByteArray("</a>").repeated(100);
        QVERIFY(!XmlTree::parse(deep, &why).has_value());
        QVERIFY2(why.contains(u"deep"), qPrintable(why));

        const QByteArray many = "<a>" + QByteArray("<b/>").repeated(30000) + "</a>";
        QVERIFY(!XmlTree::parse(many, &why).has_value());
        QVERIFY2(why.contains(u"elements"), qPrintable(why));

        const QByteArray huge = "<a>" + QByteArray(2 << 20, 'x') + "</a>";
        QVERIFY(!XmlTree::parse(huge, &why).has_value());
        QVERIFY2(why.contains(u"large"), qPrintable(why));

        QVERIFY(!XmlTree::parse("<a><b></a>", &why).has_value());
        QVERIFY(!XmlTree::parse("", &why).has_value());
    }
};

QTEST_GUILESS_MAIN(tst_OnvifMessages)
#include "tst_onvifmessages.moc"
