// libFuzzer target for what ONVIF devices send us: the first byte picks a WS-Discovery datagram (even) or a SOAP
// answer (odd), which every reader then reads. Finds crashes, hangs and unbounded memory in XmlTree and Onvif.

#include "onvif/onvifmessages.h"

#include <QUrl>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArrayView xml(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QUrl reached(QStringLiteral("http://192.168.1.64:8080/onvif/device_service"));
    if (data[0] % 2 == 0) {
        const auto devices = Onvif::probeMatches(xml, QStringLiteral("urn:uuid:fuzz"));
        if (devices) {
            for (const Onvif::DiscoveredDevice &device : *devices) {
                if (device.endpoint.isEmpty())
                    __builtin_trap(); // a device is always named by something
            }
        }
        return 0;
    }
    const Onvif::Answer answer = Onvif::readAnswer(xml);
    if (!answer.body)
        return 0;
    const XmlElement &body = *answer.body;
    (void)Onvif::systemDateTime(body);
    (void)Onvif::deviceInformation(body);
    (void)Onvif::mediaService(body, reached);
    const QList<Onvif::Profile> profiles = Onvif::profiles(body);
    (void)Onvif::largest(profiles);
    (void)Onvif::smallest(profiles);
    const QUrl stream = Onvif::streamUri(body, reached);
    if (stream.isValid() && !stream.scheme().startsWith(u"rtsp"))
        __builtin_trap(); // only ever an RTSP address

    return 0;
}
