#pragma once

#include "camera/configstore.h"
#include "shareserver.h"

#include <optional>

// The share server's settings from the command line and the configuration file, in that order of precedence,
// then defaults.
namespace ShareSettings {

// What the command line says; what it leaves empty or unset is the configuration's to decide.
struct Overrides
{
    QString bind; // an address to listen on
    std::optional<quint16> port;
    QString token; // an admin token for this run (never saved)
    bool requireToken = false; // true wins over the configuration's false, never the other way
    bool newToken = false; // replace the saved admin token
};

// The settings, with the saved view links. The configuration's admin token is made on a first start (or with
// `newToken`): `config` then holds the new one and `configChanged` says it needs saving. A token given on the
// command line is used for this run and not saved.
ShareServer::Settings resolve(const Overrides &overrides, AppConfig &config, bool *configChanged);

} // namespace ShareSettings
