#include "preferences.h"

#include "camera/configstore.h"

Preferences Preferences::read(const AppConfig &config)
{
    Preferences preferences;
    preferences.bind = config.share.value(QStringLiteral("bind")).toString();
    preferences.port = config.share.value(QStringLiteral("port")).toInt(preferences.port);
    preferences.requireToken = config.share.value(QStringLiteral("requireToken")).toBool();
    preferences.theme = Theme::fromName(config.appearance.value(QStringLiteral("theme")).toString());
    preferences.language = config.appearance.value(QStringLiteral("language")).toString();
    const QJsonObject overlay = config.appearance.value(QStringLiteral("overlay")).toObject();
    preferences.overlay.title = overlay.value(QStringLiteral("title")).toBool(true);
    preferences.overlay.figures = overlay.value(QStringLiteral("figures")).toBool(true);
    preferences.overlay.clock = overlay.value(QStringLiteral("clock")).toBool(true);
    preferences.overlay.titleFades = overlay.value(QStringLiteral("titleFades")).toBool(true);
    return preferences;
}

void Preferences::write(AppConfig &config) const
{
    const auto set = [](QJsonObject &object, const QString &key, const QJsonValue &value, bool isDefault) {
        if (isDefault)
            object.remove(key);
        else
            object.insert(key, value);
    };
    const Preferences defaults;
    set(config.share, QStringLiteral("bind"), bind, bind.isEmpty());
    set(config.share, QStringLiteral("port"), port, port == defaults.port);
    set(config.share, QStringLiteral("requireToken"), requireToken, !requireToken);
    config.appearance.insert(QStringLiteral("theme"), Theme::name(theme));
    set(config.appearance, QStringLiteral("language"), language, language.isEmpty());
    set(config.appearance, QStringLiteral("overlay"),
        QJsonObject {{QStringLiteral("title"), overlay.title},
                     {QStringLiteral("figures"), overlay.figures},
                     {QStringLiteral("clock"), overlay.clock},
                     {QStringLiteral("titleFades"), overlay.titleFades}},
        overlay == OverlayItems());
}

bool Preferences::needsRestartAfter(const Preferences &before) const
{
    return bind != before.bind || port != before.port || requireToken != before.requireToken
        || language != before.language;
}
