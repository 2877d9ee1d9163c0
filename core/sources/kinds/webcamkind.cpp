#include "webcamkind.h"

#include "sources/webcamdevices.h"
#include "sources/webcamsource.h"

#include <QUrlQuery>

namespace {

QString sizeText(QSize size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

} // namespace

QList<KindField> WebcamKind::fields() const
{
    using Type = KindField::Type;
    return {
        {.key = QStringLiteral("device"),
         .type = Type::Choice,
         .label = tr("&Device:"),
         .accessibleName = tr("Device"),
         .unsetText = tr("No camera found on this computer")},
        {.key = QStringLiteral("size"),
         .type = Type::Choice,
         .label = tr("&Resolution:"),
         .accessibleName = tr("Resolution"),
         .unsetText = tr("Camera default")},
        {.key = QStringLiteral("fps"),
         .type = Type::Number,
         .label = tr("&Frames per second:"),
         .accessibleName = tr("Frames per second"),
         .unsetText = tr("Camera default"),
         .maximum = 240,
         .decimals = 2},
    };
}

QList<KindChoice> WebcamKind::choices(const QString &key, const FieldValues &values) const
{
    const QString current = values.value(key);
    const QList<WebcamDevice> devices = WebcamDevices::list();
    QList<KindChoice> choices;
    if (key == u"device") {
        for (const WebcamDevice &device : devices)
            choices.append(
                {device.url.toString(), QStringLiteral("%1 (%2)").arg(device.description, device.devicePath)});
        if (!current.isEmpty() && std::none_of(choices.cbegin(), choices.cend(), [&](const KindChoice &choice) {
                return choice.value == current;
            }))
            choices.append({current, tr("%1 (not connected)").arg(current)});
    } else if (key == u"size") {
        choices.append({QString(), tr("Camera default")});
        const QString device = values.value(QStringLiteral("device"));
        for (const WebcamDevice &candidate : devices) {
            if (candidate.url.toString() != device)
                continue;
            for (const WebcamDevice::Mode &mode : candidate.modes)
                choices.append({sizeText(mode.size), sizeText(mode.size)});
        }
        if (!current.isEmpty() && std::none_of(choices.cbegin(), choices.cend(), [&](const KindChoice &choice) {
                return choice.value == current;
            }))
            choices.append({current, current});
    }
    return choices;
}

FieldValues WebcamKind::fieldsOf(const QUrl &url) const
{
    QString device = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    if (device.isEmpty()) {
        // A new camera: the computer's default one.
        const QList<WebcamDevice> devices = WebcamDevices::list();
        for (const WebcamDevice &candidate : devices) {
            if (device.isEmpty() || candidate.isDefault)
                device = candidate.url.toString();
        }
    }
    const QString fps = KindUrl::option(url, QStringLiteral("fps"));
    return {
        {QStringLiteral("device"), device},
        {QStringLiteral("size"), KindUrl::option(url, QStringLiteral("size"))},
        {QStringLiteral("fps"), fps.isEmpty() ? QStringLiteral("0") : fps},
    };
}

QUrl WebcamKind::urlFrom(const FieldValues &values, const QUrl &base) const
{
    QUrl url(values.value(QStringLiteral("device")));
    if (handles(base))
        url.setQuery(base.query(QUrl::FullyEncoded), QUrl::StrictMode);
    KindUrl::setOption(url, QStringLiteral("size"), values.value(QStringLiteral("size")));
    const QString fps = values.value(QStringLiteral("fps"));
    KindUrl::setOption(url, QStringLiteral("fps"), fps == u"0" ? QString() : fps);
    return url;
}

QString WebcamKind::kindProblem(const QUrl &url) const
{
    if (WebcamSource::devicePath(url).isEmpty())
        return tr("not a webcam address (use webcam:0 or v4l2:///dev/video0)");
    return {};
}

std::unique_ptr<FrameSource> WebcamKind::makeSource(const QUrl &url, const SourceContext &, QString *) const
{
    return std::make_unique<WebcamSource>(url);
}
