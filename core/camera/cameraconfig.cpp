#include "cameraconfig.h"

#include "sources/kinds/camerakind.h"

#include <QCoreApplication>

QString CameraConfig::kind() const
{
    const CameraKind *kind = CameraKinds::forUrl(url);
    return kind ? kind->id() : QString();
}

QUrl CameraConfig::subStreamUrl() const
{
    QUrl sub = subUrl;
    if (sub.isEmpty() || !sub.userName().isEmpty() || url.userName().isEmpty())
        return sub;
    if (sub.scheme() != url.scheme() || sub.host().compare(url.host(), Qt::CaseInsensitive) != 0
        || sub.port() != url.port())
        return sub;
    sub.setUserName(url.userName());
    sub.setPassword(url.password());
    return sub;
}

QJsonObject CameraConfig::toJson() const
{
    QJsonObject object {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("shared"), shared},
    };
    if (hasSubStream())
        object.insert(QStringLiteral("subUrl"), subUrl.toString(QUrl::FullyEncoded));
    if (liveStream != StreamChoice::Mode::Automatic)
        object.insert(
            QStringLiteral("liveStream"),
            cameraStreamName(liveStream == StreamChoice::Mode::AlwaysMain ? CameraStream::Main : CameraStream::Sub));
    return object;
}

std::optional<CameraConfig> CameraConfig::fromJson(const QJsonObject &object, QString *error)
{
    CameraConfig config;
    config.name = object.value(QStringLiteral("name")).toString().trimmed();
    config.url = QUrl(object.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    config.id = object.value(QStringLiteral("id")).toString();
    config.enabled = object.value(QStringLiteral("enabled")).toBool(true);
    config.shared = object.value(QStringLiteral("shared")).toBool(false);
    if (!config.url.isValid() || config.url.scheme().isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("CameraConfig", "camera \"%1\" has no valid URL").arg(config.name);
        return std::nullopt;
    }
    // A sub address that cannot be read keeps the whole entry aside (kept in the file as it was), not dropped.
    if (const QString sub = object.value(QStringLiteral("subUrl")).toString(); !sub.isEmpty()) {
        config.subUrl = QUrl(sub, QUrl::StrictMode);
        if (!config.subUrl.isValid() || config.subUrl.scheme().isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("CameraConfig", "camera \"%1\" has no valid sub stream URL")
                             .arg(config.name);
            return std::nullopt;
        }
    }
    // Anything else (a later version's word) is the automatic choice.
    if (const auto live = cameraStreamNamed(object.value(QStringLiteral("liveStream")).toString()))
        config.liveStream
            = *live == CameraStream::Main ? StreamChoice::Mode::AlwaysMain : StreamChoice::Mode::AlwaysSub;
    config.name = named(config.name, config.url).name;
    if (config.id.isEmpty() || slugFor(config.id) != config.id)
        config.id = slugFor(config.name);
    return config;
}

CameraConfig CameraConfig::named(const QString &name, const QUrl &url)
{
    CameraConfig config;
    config.url = url;
    config.name = name.trimmed();
    if (config.name.isEmpty())
        config.name = url.host().isEmpty() ? url.path() : url.host();
    return config;
}

QString CameraConfig::slugFor(const QString &name)
{
    QString slug;
    bool dash = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            if (dash && !slug.isEmpty())
                slug += u'-';
            slug += c.toLower();
            dash = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            dash = true;
        }
    }
    slug.truncate(40);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("camera") : slug;
}
