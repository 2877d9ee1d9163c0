#pragma once

#include "framesource.h"

#include <QUrl>

#include <memory>

class PushHub;

// Makes the source for a camera URL: the one place that maps URL schemes to source classes.
class SourceFactory final
{
public:
    // The source, or null with `error` set to a sentence for the user.
    static std::unique_ptr<FrameSource> create(const QUrl &url, QString *error);
    // Whether `url` names a kind of source this build can read; `error` says why not.
    static bool isSupported(const QUrl &url, QString *error);

    // Where `push:ID` sources read from: set once by the composition root before cameras are made. Without it,
    // push cameras report that nothing can push to them.
    static void setPushHub(std::shared_ptr<PushHub> hub);
};
