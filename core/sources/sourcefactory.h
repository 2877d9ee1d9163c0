#pragma once

#include "framesource.h"
#include "kinds/camerakind.h"

#include <QUrl>

#include <memory>

// Makes the source for a camera URL, through the URL's CameraKind, with what sources need from the rest of the
// program. The program makes one (app/main.cpp) and hands it to whatever makes cameras; tests make one that
// hands out sources they drive (tests/support/fakesource.h).
class SourceFactory
{
public:
    // `pushHub`: where `push:ID` sources read from. Without one, push cameras report that nothing can push to them.
    explicit SourceFactory(std::shared_ptr<PushHub> pushHub = {});
    virtual ~SourceFactory() = default;
    Q_DISABLE_COPY_MOVE(SourceFactory)

    // The source, or null with `error` set to a sentence for the user.
    virtual std::unique_ptr<FrameSource> create(const QUrl &url, QString *error) const;
    // Whether `url` names a camera this build can read; `error` says why not.
    bool isSupported(const QUrl &url, QString *error) const;

private:
    SourceContext m_context;
};
