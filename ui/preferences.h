#pragma once

#include "theme.h"
#include "widgets/overlayitems.h"

#include <QString>

struct AppConfig;

// What the Settings dialog changes, as kept in the configuration file: the share server's address, port and
// whether this computer needs a credential too ("share"), and the look, the tiles' overlay and the language
// ("appearance").
struct Preferences
{
    QString bind; // empty: this computer only
    int port = 8088; // 0: any free port
    bool requireToken = false;
    Theme::Choice theme = Theme::Choice::Dark;
    OverlayItems overlay;
    QString language; // empty: the system's; else "en", "ja", "ko", "zh_TW"

    static Preferences read(const AppConfig &config);
    // Into `config`, leaving everything else in it as it was.
    void write(AppConfig &config) const;
    // What changes only at the next start: the server's address, port and rule, and the language.
    bool needsRestartAfter(const Preferences &before) const;
    bool operator==(const Preferences &other) const = default;
};
