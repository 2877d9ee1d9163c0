#include "sourcefactory.h"

#include "httpmjpegsource.h"
#include "jpegfoldersource.h"
#include "libavsource.h"
#include "pushhub.h"
#include "pushsource.h"
#include "sourceurl.h"
#include "testpatternsource.h"
#include "webcamsource.h"
#include "websocketsource.h"

#include <QCoreApplication>

namespace {

// Push cameras are named by their id, a slug: lowercase letters, digits and dashes.
bool isPushId(const QString &id)
{
    return !id.isEmpty() && id.size() <= 40 && std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

} // namespace

SourceFactory::SourceFactory(std::shared_ptr<PushHub> pushHub)
    : m_pushHub(std::move(pushHub))
{ }

bool SourceFactory::isSupported(const QUrl &url, QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!url.isValid() || url.scheme().isEmpty())
        return fail(QCoreApplication::translate("SourceFactory", "not a valid camera address"));
    const QString kind = SourceUrl::kind(url);
    if (kind == u"test") {
        if (url.path() != u"pattern")
            return fail(QCoreApplication::translate("SourceFactory", "unknown test source (use test:pattern)"));
        return true;
    }
    if (kind == u"rtsp" || kind == u"http" || kind == u"ws") {
        if (url.host().isEmpty())
            return fail(QCoreApplication::translate("SourceFactory", "no host in the camera address"));
        return true;
    }
    if (kind == u"webcam") {
        if (WebcamSource::devicePath(url).isEmpty())
            return fail(QCoreApplication::translate("SourceFactory",
                                                    "not a webcam address (use webcam:0 or v4l2:///dev/video0)"));
        return true;
    }
    if (kind == u"file")
        return true;
    if (kind == u"push") {
        if (!isPushId(url.path()))
            return fail(QCoreApplication::translate("SourceFactory", "a push camera needs an id (push:NAME)"));
        if (!m_pushHub)
            return fail(QCoreApplication::translate("SourceFactory", "nothing can push pictures in this program"));
        return true;
    }
    return fail(QCoreApplication::translate("SourceFactory", "unknown address scheme \"%1\"").arg(url.scheme()));
}

std::unique_ptr<FrameSource> SourceFactory::create(const QUrl &url, QString *error) const
{
    if (!isSupported(url, error))
        return nullptr;
    const QString kind = SourceUrl::kind(url);
    if (kind == u"rtsp")
        return std::make_unique<LibavSource>(url);
    if (kind == u"http")
        return std::make_unique<HttpMjpegSource>(url);
    if (kind == u"ws")
        return std::make_unique<WebSocketSource>(url);
    if (kind == u"webcam")
        return std::make_unique<WebcamSource>(url);
    if (kind == u"file") {
        // A folder of JPEG pictures (seed 004), else a video file.
        if (JpegFolderSource::isFolderUrl(url))
            return std::make_unique<JpegFolderSource>(url);
        return std::make_unique<LibavSource>(url);
    }
    if (kind == u"push")
        return std::make_unique<PushSource>(m_pushHub, url.path());
    return std::make_unique<TestPatternSource>(url);
}
