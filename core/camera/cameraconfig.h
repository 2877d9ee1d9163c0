#pragma once

#include "streamchoice.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

// What the user configured for one camera: a value type, saved in the configuration file.
struct CameraConfig
{
    QString id; // short URL-safe slug, unique and stable: the camera's name in share URLs
    QString name; // what the user calls it
    QUrl url; // the main stream; may hold credentials: show it only through SourceUrl::redacted()
    // The camera's smaller stream, when it sends one (any kind, usually RTSP); empty when it has none. May hold
    // credentials of its own, like `url`.
    QUrl subUrl;
    bool enabled = true;
    bool shared = false;
    // Which stream tiles show, for a camera with a sub stream: by their size, or always one of them.
    StreamChoice::Mode liveStream = StreamChoice::Mode::Automatic;

    QString kind() const;
    bool hasSubStream() const { return !subUrl.isEmpty(); }
    // The sub stream's address as a source opens it: a sub address with no user name of its own on the main
    // address's host, scheme and port takes the main address's user name and password (cameras have one account for
    // both streams); credentials never go to another host.
    QUrl subStreamUrl() const;
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
