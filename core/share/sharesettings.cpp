#include "sharesettings.h"

#include "viewlinks.h"

namespace ShareSettings {

ShareServer::Settings resolve(const Overrides &overrides, AppConfig &config, bool *configChanged)
{
    ShareServer::Settings settings;
    const QString bind
        = overrides.bind.isEmpty() ? config.share.value(QStringLiteral("bind")).toString() : overrides.bind;
    if (!bind.isEmpty())
        settings.address = QHostAddress(bind);
    const int savedPort = config.share.value(QStringLiteral("port")).toInt(settings.port);
    // 0, as on the command line: any free port.
    settings.port = overrides.port.value_or(savedPort >= 0 && savedPort <= 65535 ? quint16(savedPort) : settings.port);
    settings.requireToken = overrides.requireToken || config.share.value(QStringLiteral("requireToken")).toBool();
    for (const QJsonValue origin : config.share.value(QStringLiteral("allowedOrigins")).toArray())
        settings.allowedOrigins.append(origin.toString());
    settings.links = std::make_shared<ViewLinks>();
    settings.links->loadJson(config.share.value(QStringLiteral("links")).toArray());

    bool changed = false;
    settings.token = overrides.token;
    if (settings.token.isEmpty()) {
        if (config.shareToken().isEmpty() || overrides.newToken) {
            config.setShareToken(ConfigStore::generateToken());
            changed = true;
        }
        settings.token = config.shareToken();
    }
    if (configChanged)
        *configChanged = changed;
    return settings;
}

} // namespace ShareSettings
