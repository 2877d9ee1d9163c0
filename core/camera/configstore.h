#pragma once

#include "cameraconfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// Everything the configuration file holds (`cameras.json`: cameras, layout, share settings, view links, look).
struct AppConfig
{
    QList<CameraConfig> cameras;
    QJsonArray unreadableCameras; // entries this version cannot use: written back untouched, never dropped
    QJsonObject layout;
    QJsonObject share; // "token", "bind", "port", "requireToken", "allowedOrigins", "links"
    QJsonObject appearance; // "theme", "language"
    QJsonObject unknown; // top-level keys of newer versions, kept as they were

    QString shareToken() const;
    void setShareToken(const QString &token);
};

// Reads and writes the configuration file: versioned JSON, written atomically with mode 0600. A file that cannot
// be read is set aside as FILE.bad and nothing else is overwritten.
class ConfigStore final
{
public:
    static constexpr int Version = 1;

    explicit ConfigStore(QString path);

    // `cameras.json` in the application's configuration folder.
    static QString defaultPath();
    QString path() const;

    struct Loaded
    {
        AppConfig config;
        bool existed = false;
        QString problem; // a sentence for the user when the file was unreadable (it is now FILE.bad)
    };
    Loaded load() const;
    bool save(const AppConfig &config, QString *error) const;

    // A fresh random token for the share server, URL-safe.
    static QString generateToken();

private:
    QString m_path;
};
