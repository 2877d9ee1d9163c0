#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

// What the user configured for one camera: a value type, saved in the configuration file.
struct CameraConfig
{
    QString id; // short URL-safe slug, unique and stable: the camera's name in share URLs
    QString name; // what the user calls it
    QUrl url; // may hold credentials: show it only through SourceUrl::redacted()
    bool enabled = true;
    bool shared = false;

    QString kind() const;
    QJsonObject toJson() const;
    // Null with `error` set when the object is not a camera.
    static std::optional<CameraConfig> fromJson(const QJsonObject &object, QString *error);

    // A camera for `url` called `name`, or after its host (else its path) when `name` is empty: what
    // `--camera [NAME=]URL` and a configuration entry without a name make.
    static CameraConfig named(const QString &name, const QUrl &url);
    // "Front door!" -> "front-door"; never empty.
    static QString slugFor(const QString &name);

    friend bool operator==(const CameraConfig &, const CameraConfig &) = default;
};
