#pragma once

#include "framesource.h"

#include <QUrl>

#include <memory>

// Makes the source for a camera URL: the one place that maps URL schemes to source classes.
class SourceFactory final
{
public:
    // The source, or null with `error` set to a sentence for the user.
    static std::unique_ptr<FrameSource> create(const QUrl &url, QString *error);
    // Whether `url` names a kind of source this build can read; `error` says why not.
    static bool isSupported(const QUrl &url, QString *error);
};
