#include "webcamdevices.h"

#include <QCameraDevice>
#include <QMediaDevices>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

QUrl WebcamDevice::urlFor(QSize size, double fps) const
{
    QUrl result = url;
    QUrlQuery query;
    if (size.isValid())
        query.addQueryItem(QStringLiteral("size"), QStringLiteral("%1x%2").arg(size.width()).arg(size.height()));
    if (fps > 0)
        query.addQueryItem(QStringLiteral("fps"), QString::number(fps, 'g', 4));
    result.setQuery(query);
    return result;
}

QUrl WebcamDevices::urlForDevicePath(const QString &path)
{
    static const QRegularExpression numbered(QStringLiteral("^/dev/video(\\d{1,3})$"));
    const QRegularExpressionMatch match = numbered.match(path);
    if (match.hasMatch())
        return QUrl(QStringLiteral("webcam:") + QString::number(match.captured(1).toInt()));
    if (!path.startsWith(u"/dev/"))
        return {};
    // The empty authority keeps the familiar `v4l2:///dev/…` spelling.
    return QUrl(QStringLiteral("v4l2://") + QString::fromUtf8(QUrl::toPercentEncoding(path, "/")));
}

QList<WebcamDevice> WebcamDevices::list()
{
    QList<WebcamDevice> devices;
    const QList<QCameraDevice> inputs = QMediaDevices::videoInputs();
    for (const QCameraDevice &input : inputs) {
        // Qt's Linux backends name a camera by its device node.
        const QString path = QString::fromUtf8(input.id());
        const QUrl url = urlForDevicePath(path);
        if (url.isEmpty())
            continue; // not a V4L2 node: nothing this program could open
        WebcamDevice device;
        device.description = input.description().isEmpty() ? path : input.description();
        device.devicePath = path;
        device.url = url;
        device.isDefault = input.isDefault();
        const QList<QCameraFormat> formats = input.videoFormats();
        for (const QCameraFormat &format : formats) {
            if (!format.resolution().isValid())
                continue;
            auto same = std::find_if(device.modes.begin(), device.modes.end(),
                                     [&format](const WebcamDevice::Mode &m) { return m.size == format.resolution(); });
            if (same == device.modes.end()) {
                device.modes.append({format.resolution(), format.minFrameRate(), format.maxFrameRate()});
            } else {
                same->minFps = std::min<double>(same->minFps, format.minFrameRate());
                same->maxFps = std::max<double>(same->maxFps, format.maxFrameRate());
            }
        }
        std::sort(device.modes.begin(), device.modes.end(),
                  [](const WebcamDevice::Mode &a, const WebcamDevice::Mode &b) {
                      return a.size.width() * a.size.height() > b.size.width() * b.size.height();
                  });
        devices.append(device);
    }
    return devices;
}
