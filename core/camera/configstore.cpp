#include "configstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
constexpr qint64 MaxConfigBytes = 16 * 1024 * 1024;
}

QString AppConfig::shareToken() const
{
    return share.value(QStringLiteral("token")).toString();
}

void AppConfig::setShareToken(const QString &token)
{
    share.insert(QStringLiteral("token"), token);
}

ConfigStore::ConfigStore(QString path)
    : m_path(std::move(path))
{ }

QString ConfigStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/cameras.json");
}

QString ConfigStore::path() const
{
    return m_path;
}

ConfigStore::Loaded ConfigStore::load() const
{
    Loaded loaded;
    QFile file(m_path);
    if (!file.exists())
        return loaded;
    loaded.existed = true;

    QString problem;
    QJsonObject root;
    if (!file.open(QIODevice::ReadOnly)) {
        // Unreadable but present (permissions): leave it where it is, it may still be the user's only copy.
        loaded.problem
            = QCoreApplication::translate("ConfigStore", "cannot read %1: %2").arg(m_path, file.errorString());
        return loaded;
    }
    if (file.size() > MaxConfigBytes) {
        problem = QCoreApplication::translate("ConfigStore", "the file is too large");
    } else {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError)
            problem = error.errorString();
        else if (!document.isObject())
            problem = QCoreApplication::translate("ConfigStore", "the file does not hold a JSON object");
        else
            root = document.object();
        const int version = root.value(QStringLiteral("version")).toInt(Version);
        if (problem.isEmpty() && version > Version)
            problem = QCoreApplication::translate("ConfigStore", "written by a newer version (%1)").arg(version);
    }
    file.close();

    if (!problem.isEmpty()) {
        const QString aside = m_path + QStringLiteral(".bad");
        QFile::remove(aside);
        QFile::rename(m_path, aside);
        loaded.existed = false;
        loaded.problem = QCoreApplication::translate("ConfigStore", "%1 could not be read (%2); it was kept as %3")
                             .arg(m_path, problem, aside);
        return loaded;
    }

    for (const QJsonValue value : root.value(QStringLiteral("cameras")).toArray()) {
        QString ignored;
        if (auto camera = CameraConfig::fromJson(value.toObject(), &ignored))
            loaded.config.cameras.append(*camera);
        else
            loaded.config.unreadableCameras.append(value);
    }
    loaded.config.layout = root.value(QStringLiteral("layout")).toObject();
    loaded.config.share = root.value(QStringLiteral("share")).toObject();
    loaded.config.appearance = root.value(QStringLiteral("appearance")).toObject();
    for (auto it = root.begin(); it != root.end(); ++it) {
        static const QStringList Known
            = {QStringLiteral("version"), QStringLiteral("cameras"), QStringLiteral("layout"), QStringLiteral("share"),
               QStringLiteral("appearance")};
        if (!Known.contains(it.key()))
            loaded.config.unknown.insert(it.key(), it.value());
    }
    return loaded;
}

bool ConfigStore::save(const AppConfig &config, QString *error) const
{
    QJsonObject root = config.unknown;
    root.insert(QStringLiteral("version"), Version);
    QJsonArray cameras;
    for (const CameraConfig &camera : config.cameras)
        cameras.append(camera.toJson());
    for (const QJsonValue value : config.unreadableCameras)
        cameras.append(value);
    root.insert(QStringLiteral("cameras"), cameras);
    root.insert(QStringLiteral("layout"), config.layout);
    root.insert(QStringLiteral("share"), config.share);
    if (!config.appearance.isEmpty())
        root.insert(QStringLiteral("appearance"), config.appearance);

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    // The file holds camera passwords and the share token: owner only, from the first byte on.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QString ConfigStore::generateToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
