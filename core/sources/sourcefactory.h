#pragma once

#include "framesource.h"

#include <QUrl>

#include <memory>

class PushHub;

// Makes the source for a camera URL: the one place that maps URL schemes to source classes. The program makes one
// (app/main.cpp) with what sources need from the rest of it, and hands it to whatever makes cameras.
class SourceFactory final
{
public:
    // `pushHub`: where `push:ID` sources read from. Without one, push cameras report that nothing can push to them.
    explicit SourceFactory(std::shared_ptr<PushHub> pushHub = {});

    // The source, or null with `error` set to a sentence for the user.
    std::unique_ptr<FrameSource> create(const QUrl &url, QString *error) const;
    // Whether `url` names a kind of source this build can read; `error` says why not.
    bool isSupported(const QUrl &url, QString *error) const;

private:
    std::shared_ptr<PushHub> m_pushHub;
};
